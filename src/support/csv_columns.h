// The columns of an import file whose header may be written in English or in Chinese (the
// roster's and the venues' CSV): the header row mapped to column positions, and a data row
// read by column name. Every error names the row (the header being row 1) and the column,
// in Chinese and English, so a district operator can mend the file in a spreadsheet.
// Pure functions over parsed rows (core/csv.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/status.h"

namespace sanwang::support {

// The columns a file may have: English names (the export's, in its order), the Chinese
// header each may be given under instead, and those a file must hold.
struct CsvColumnSet {
  std::vector<std::string> names;
  std::map<std::string, std::string> chinese_names;  // Chinese header → English name
  std::vector<std::string> required;
};

// Column position by English name.
using CsvColumnIndex = std::map<std::string, std::size_t>;

// "第 N 行 row N, field: message", with `field` as the error's field.
Status CsvRowError(std::size_t row, const std::string& field, const std::string& message);

// Fails on a header that is not one of `columns`, or on a missing required column.
Result<CsvColumnIndex> MapCsvHeader(const CsvRow& header, const CsvColumnSet& columns);

// One data row, read by English column name. An absent column or an empty field leaves
// the output as it was, so a record's defaults stand.
class CsvRowReader {
 public:
  CsvRowReader(const CsvRow& row, const CsvColumnIndex& columns, std::size_t number)
      : row_(row), columns_(columns), number_(number) {}

  std::size_t number() const { return number_; }
  bool Has(const std::string& name) const { return columns_.contains(name); }
  std::string Text(const std::string& name) const;
  Status Integer(const std::string& name, std::int64_t& out) const;
  Status Real(const std::string& name, std::optional<double>& out) const;
  // true/1/是 or false/0/否.
  Status Bool(const std::string& name, bool& out) const;

 private:
  const CsvRow& row_;
  const CsvColumnIndex& columns_;
  std::size_t number_;
};

// Whether a parsed row is a blank line, which imports skip.
bool IsBlankCsvRow(const CsvRow& row);
// Fails when `row` (row `number` of the file) is not as wide as the header.
Status CheckCsvRowWidth(const CsvRow& row, const CsvRow& header, std::size_t number);

// Parses `text`, maps its header and hands each data row to `read`, a
// Result<Record>(const CsvRowReader&); blank lines are skipped, and the first error stops
// the reading, so a malformed file is refused whole.
template <typename Record, typename Read>
Result<std::vector<Record>> ReadCsvRecords(std::string_view text, const CsvColumnSet& columns, Read read) {
  SW_ASSIGN_OR_RETURN(std::vector<CsvRow> rows, ParseCsv(text));
  if (rows.empty()) return InvalidArgument("文件为空 the file is empty", "file");
  SW_ASSIGN_OR_RETURN(CsvColumnIndex index, MapCsvHeader(rows.front(), columns));
  std::vector<Record> records;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (IsBlankCsvRow(rows[i])) continue;
    SW_RETURN_IF_ERROR(CheckCsvRowWidth(rows[i], rows.front(), i + 1));
    SW_ASSIGN_OR_RETURN(Record record, read(CsvRowReader(rows[i], index, i + 1)));
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace sanwang::support
