#include "support/csv_columns.h"

#include <algorithm>
#include <exception>

namespace sanwang::support {
namespace {

std::string EnglishName(const std::string& header, const CsvColumnSet& columns) {
  auto chinese = columns.chinese_names.find(header);
  return chinese == columns.chinese_names.end() ? header : chinese->second;
}

bool Known(const std::string& name, const CsvColumnSet& columns) {
  return std::find(columns.names.begin(), columns.names.end(), name) != columns.names.end();
}

}  // namespace

Status CsvRowError(std::size_t row, const std::string& field, const std::string& message) {
  return InvalidArgument(
      "第 " + std::to_string(row) + " 行 row " + std::to_string(row) + ", " + field + ": " + message, field);
}

Result<CsvColumnIndex> MapCsvHeader(const CsvRow& header, const CsvColumnSet& columns) {
  CsvColumnIndex index;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = EnglishName(header[i], columns);
    if (!Known(name, columns)) return CsvRowError(1, header[i], "未知的列 unknown column");
    index[name] = i;
  }
  for (const std::string& required : columns.required) {
    if (!index.contains(required)) return CsvRowError(1, required, "缺少此列 the column is missing");
  }
  return index;
}

std::string CsvRowReader::Text(const std::string& name) const {
  auto it = columns_.find(name);
  return it == columns_.end() || it->second >= row_.size() ? "" : row_[it->second];
}

Status CsvRowReader::Integer(const std::string& name, std::int64_t& out) const {
  const std::string text = Text(name);
  if (text.empty()) return Status::Ok();
  std::size_t used = 0;
  try {
    out = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || used == 0) return CsvRowError(number_, name, "应为整数 must be a whole number");
  return Status::Ok();
}

Status CsvRowReader::Real(const std::string& name, std::optional<double>& out) const {
  const std::string text = Text(name);
  if (text.empty()) return Status::Ok();
  std::size_t used = 0;
  try {
    out = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || used == 0) return CsvRowError(number_, name, "应为数字 must be a number");
  return Status::Ok();
}

Status CsvRowReader::Bool(const std::string& name, bool& out) const {
  const std::string text = Text(name);
  if (text.empty()) return Status::Ok();
  if (text == "true" || text == "1" || text == "是") {
    out = true;
  } else if (text == "false" || text == "0" || text == "否") {
    out = false;
  } else {
    return CsvRowError(number_, name, "应为 true/false 或 是/否 must be true/false or 是/否");
  }
  return Status::Ok();
}

bool IsBlankCsvRow(const CsvRow& row) { return row.size() == 1 && row[0].empty(); }

Status CheckCsvRowWidth(const CsvRow& row, const CsvRow& header, std::size_t number) {
  if (row.size() == header.size()) return Status::Ok();
  return CsvRowError(number, "row", "列数与表头不符 the row's fields do not match the header");
}

}  // namespace sanwang::support
