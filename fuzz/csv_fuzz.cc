// The CSV reader every import uses (core/csv.h), with the encoding check inside it
// (core/text_encoding.h): GBK or UTF-8 bytes in, rows or an error naming the line out.
// What is read writes back (CsvLine) as one line of as many fields, and any UTF-8 value an
// export writes, formula-neutralised or not, imports unchanged. The same bytes as an old
// system's work-order export (case_import/source_table.h), every cell read as the time an
// export writes (case_import/old_system_time.h).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "case_import/old_system_time.h"
#include "case_import/source_table.h"
#include "core/csv.h"
#include "core/text.h"
#include "core/text_encoding.h"
#include "fuzz_input.h"

namespace {

using namespace sanwang;

void CheckRowsWriteBack(const std::vector<CsvRow>& rows) {
  for (const CsvRow& row : rows) {
    auto again = ParseCsv(CsvLine(row));
    if (!again.ok() || again->size() > 1) std::abort();
    if (again->size() == 1 && (*again)[0].size() != row.size()) std::abort();
  }
}

void CheckExportReimports(std::string_view value) {
  if (value.empty() || !IsValidUtf8(value)) return;
  auto table = CsvTable::Parse(CsvLine({"a"}) + CsvLine({std::string(value)}), {"a"});
  if (!table.ok() || table->size() != 1 || table->Get(0, "a") != value) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::AsText(data, size);
  (void)DecodeImportText(input);
  auto rows = ParseCsv(input);
  if (rows.ok()) CheckRowsWriteBack(*rows);
  auto table = CsvTable::Parse(input, {"code", "name"});
  if (table.ok()) {
    for (std::size_t r = 0; r < table->size(); ++r) (void)table->Get(r, "name");
  }
  CheckExportReimports(input);
  if (auto exported = case_import::ReadSourceTable(input); exported.ok()) {
    for (const auto& row : exported->rows) {
      for (const auto& cell : row.cells) (void)case_import::ParseOldSystemTime(cell, false, "created_at");
    }
  }
  return 0;
}
