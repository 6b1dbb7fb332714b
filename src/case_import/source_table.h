// An old system's export as a table: a CSV file (UTF-8, or GBK / GB18030 as Excel in China
// saves it) or the first sheet of an XLSX workbook, told apart by the zip signature. The
// first row is the header. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang::case_import {

struct SourceCell {
  std::string text;
  bool number = false;  // an XLSX numeric cell: a time column holds an Excel date serial
};

struct SourceRow {
  std::size_t row = 0;  // the row's number in the file, the header being row 1
  std::vector<SourceCell> cells;
};

struct SourceTable {
  std::string format;  // "CSV (UTF-8)", "CSV (GB18030)" or "XLSX"
  bool date1904 = false;
  std::vector<std::string> header;
  std::vector<SourceRow> rows;

  // The column's index in the header, or -1.
  int ColumnIndex(const std::string& header_text) const;
};

// InvalidArgument (bilingual) for a file in neither encoding, malformed CSV, a workbook
// that cannot be read, or a file without a header row.
Result<SourceTable> ReadSourceTable(std::string_view bytes);

}  // namespace sanwang::case_import
