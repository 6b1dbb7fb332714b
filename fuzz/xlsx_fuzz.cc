// The task ledger's workbook import reads an uploaded XLSX file (a zip of XML parts) with
// libzip and expat (report/xlsx_sheet_reader.h); every cell it gives may then be read
// as an Excel date serial.
#include <cstdint>

#include "fuzz_input.h"
#include "report/xlsx_sheet_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang::report;
  auto sheet = ReadFirstSheet(sanwang::fuzz::AsText(data, size));
  if (!sheet.ok()) return 0;
  for (const SheetRow& row : sheet->rows) {
    for (const SheetCell& cell : row.cells) (void)ExcelSerialDate(cell.text, sheet->date1904);
  }
  return 0;
}
