// RFC 4180 CSV reading and writing, used by every import and export.
//
// The reader is strict: an unterminated quote or a stray quote inside an unquoted field is
// an error naming the line, so a malformed import file is rejected whole. A UTF-8 byte
// order mark at the start is skipped (spreadsheet programs write one). A file in GBK /
// GB18030 is converted to UTF-8 first; one in neither encoding is refused (text_encoding.h).
// Pure functions.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang {

using CsvRow = std::vector<std::string>;

// All rows, the header included. Line ends may be LF or CRLF.
Result<std::vector<CsvRow>> ParseCsv(std::string_view text);

// A parsed file with a header row, giving access to fields by column name. A data field
// that CsvEscape neutralised (a single quote before =, +, -, @, tab or CR) is read back
// without the quote, so an export re-imports unchanged.
class CsvTable {
 public:
  // Fails when the header lacks one of `required` columns or a row has the wrong width.
  static Result<CsvTable> Parse(std::string_view text, const std::vector<std::string>& required);

  std::size_t size() const { return rows_.size(); }
  bool HasColumn(const std::string& name) const { return columns_.count(name) > 0; }
  // Field of data row `row` (0-based, header excluded); empty when the column is absent.
  const std::string& Get(std::size_t row, const std::string& column) const;
  // Line number in the file of data row `row`, for error messages.
  std::size_t LineOf(std::size_t row) const { return row + 2; }

 private:
  std::map<std::string, std::size_t> columns_;
  std::vector<CsvRow> rows_;
};

// Quotes a field when it holds a comma, quote or line break. A field a spreadsheet would
// run as a formula — one starting with =, +, -, @, tab or carriage return — gets a leading
// single quote first, so that an exported value (a resident's title "=HYPERLINK(…)") is
// shown as text, not run. A plain number ("-3", "+1.5", "-2e3") is left as it is, so
// numeric columns stay numbers. A field whose start is such a character after single quotes
// ("'=x") gets one more quote too, so that it reads back with its own quotes.
std::string CsvEscape(std::string_view field);
// Whether CsvEscape would add the single quote to `field`.
bool CsvNeedsNeutralising(std::string_view field);
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace sanwang
