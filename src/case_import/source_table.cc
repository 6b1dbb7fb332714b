#include "case_import/source_table.h"

#include "core/csv.h"
#include "core/text.h"
#include "core/text_encoding.h"
#include "report/xlsx_sheet_reader.h"

namespace sanwang::case_import {
namespace {

constexpr std::string_view kZipSignature = "PK\x03\x04";

Result<SourceTable> FromCsv(std::string_view bytes) {
  SW_ASSIGN_OR_RETURN(DecodedText text, DecodeImportText(bytes));
  SW_ASSIGN_OR_RETURN(std::vector<CsvRow> rows, ParseCsv(text.utf8));
  SourceTable table;
  table.format = text.source == TextEncoding::kGb18030 ? "CSV (GB18030)" : "CSV (UTF-8)";
  if (rows.empty()) return InvalidArgument("文件为空 the file has no header row", "file");
  table.header = std::move(rows.front());
  table.rows.reserve(rows.size() - 1);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    SourceRow row;
    row.row = i + 1;
    row.cells.reserve(rows[i].size());
    for (std::string& field : rows[i]) row.cells.push_back({std::move(field), false});
    table.rows.push_back(std::move(row));
  }
  return table;
}

Result<SourceTable> FromXlsx(std::string_view bytes) {
  SW_ASSIGN_OR_RETURN(report::Sheet sheet, report::ReadFirstSheet(bytes));
  SourceTable table;
  table.format = "XLSX";
  table.date1904 = sheet.date1904;
  if (sheet.rows.empty()) return InvalidArgument("工作表为空 the sheet has no header row", "file");
  for (report::SheetCell& cell : sheet.rows.front().cells) table.header.push_back(std::move(cell.text));
  for (std::size_t i = 1; i < sheet.rows.size(); ++i) {
    SourceRow row;
    row.row = static_cast<std::size_t>(sheet.rows[i].number);
    for (report::SheetCell& cell : sheet.rows[i].cells)
      row.cells.push_back({std::move(cell.text), cell.number});
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

int SourceTable::ColumnIndex(const std::string& header_text) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (TrimAscii(header[i]) == header_text) return static_cast<int>(i);
  }
  return -1;
}

Result<SourceTable> ReadSourceTable(std::string_view bytes) {
  if (bytes.substr(0, kZipSignature.size()) == kZipSignature) return FromXlsx(bytes);
  return FromCsv(bytes);
}

}  // namespace sanwang::case_import
