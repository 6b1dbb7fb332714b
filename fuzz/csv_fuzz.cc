// The CSV reader every import uses (core/csv.h), with the encoding check inside it
// (core/text_encoding.h): GBK or UTF-8 bytes in, rows or an error naming the line out. What
// is read writes back (CsvLine) and reads again as one row of as many fields.
#include <cstdint>
#include <cstdlib>

#include "core/csv.h"
#include "core/text_encoding.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang;
  const std::string_view input = fuzz::AsText(data, size);
  (void)DecodeImportText(input);
  auto rows = ParseCsv(input);
  if (rows.ok()) {
    for (const CsvRow& row : *rows) {
      auto again = ParseCsv(CsvLine(row));
      if (!again.ok() || (again->size() == 1 && (*again)[0].size() != row.size())) std::abort();
    }
  }
  auto table = CsvTable::Parse(input, {"code", "name"});
  if (table.ok()) {
    for (std::size_t r = 0; r < table->size(); ++r) (void)table->Get(r, "name");
  }
  return 0;
}
