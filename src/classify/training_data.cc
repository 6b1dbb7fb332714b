#include "classify/training_data.h"

#include "core/csv.h"
#include "core/text.h"

namespace sanwang::classify {
namespace {

std::string JoinedText(const CsvTable& table, std::size_t row, const std::vector<std::string>& columns) {
  std::string text;
  for (const std::string& column : columns) {
    std::string_view field = TrimAscii(table.Get(row, column));
    if (field.empty()) continue;
    if (!text.empty()) text += ' ';
    text += field;
  }
  return text;
}

}  // namespace

Result<std::vector<std::string>> ParseColumnList(std::string_view list) {
  std::vector<std::string> columns;
  std::size_t at = 0;
  while (true) {
    std::size_t comma = list.find(',', at);
    std::string_view name =
        TrimAscii(list.substr(at, comma == std::string_view::npos ? list.npos : comma - at));
    if (name.empty()) return InvalidArgument("empty column name in '" + std::string(list) + "'", "text");
    columns.emplace_back(name);
    if (comma == std::string_view::npos) return columns;
    at = comma + 1;
  }
}

Result<LabelledData> ExamplesFromCsv(std::string_view csv, const std::vector<std::string>& text_columns,
                                     const std::string& label_column) {
  if (TrimAscii(csv).empty()) return InvalidArgument("the file is empty");
  if (text_columns.empty()) return InvalidArgument("name at least one text column", "text");
  std::vector<std::string> required = text_columns;
  required.push_back(label_column);
  SW_ASSIGN_OR_RETURN(CsvTable table, CsvTable::Parse(csv, required));
  LabelledData data;
  for (std::size_t row = 0; row < table.size(); ++row) {
    Example e{JoinedText(table, row, text_columns), std::string(TrimAscii(table.Get(row, label_column)))};
    if (e.text.empty() || e.label.empty()) {
      ++data.skipped;
      continue;
    }
    data.examples.push_back(std::move(e));
    data.rows.push_back(row);
  }
  if (data.examples.empty()) return InvalidArgument("no row has both text and a label");
  return data;
}

}  // namespace sanwang::classify
