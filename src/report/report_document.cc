#include "report/report_document.h"

#include <cmath>
#include <cstdio>
#include <type_traits>

#include "core/text.h"

namespace sanwang::report {
namespace {

std::string BlockField(std::size_t index) { return "blocks[" + std::to_string(index) + "]"; }

std::string Indexed(const std::string& field, const char* member, std::size_t index) {
  return field + member + "[" + std::to_string(index) + "]";
}

Status NotANonNegativeNumber(const std::string& at, const std::string& label) {
  const std::string named = label.empty() ? "" : "（" + label + "）";
  const std::string named_en = label.empty() ? "" : " (" + label + ")";
  return InvalidArgument(at + named + "应为非负数 " + at + named_en + " must be a number not below 0", at);
}

Status RowOfWrongWidth(const std::string& row, std::size_t columns) {
  const std::string width = std::to_string(columns);
  return InvalidArgument(row + " 应有 " + width + " 个单元格 " + row + " must have " + width + " cells", row);
}

Status CheckText(const std::string& text, const std::string& field) {
  if (IsValidUtf8(text)) return Status::Ok();
  return InvalidArgument(field + " 不是有效的 UTF-8 " + field + " is not valid UTF-8", field);
}

Status CheckTexts(const std::vector<std::string>& texts, const std::string& field) {
  for (std::size_t i = 0; i < texts.size(); ++i) {
    SW_RETURN_IF_ERROR(CheckText(texts[i], Indexed(field, "", i)));
  }
  return Status::Ok();
}

Status CheckTable(const Table& table, const std::string& field) {
  SW_RETURN_IF_ERROR(CheckText(table.title, field + ".title"));
  SW_RETURN_IF_ERROR(CheckTexts(table.columns, field + ".columns"));
  const std::string width = std::to_string(table.columns.size());
  if (table.columns.empty()) {
    return InvalidArgument("表格 " + field + " 没有列 table " + field + " has no columns",
                           field + ".columns");
  }
  if (table.align.size() > table.columns.size() || table.width_hints.size() > table.columns.size()) {
    return InvalidArgument(field + " 的对齐或列宽多于 " + width + " 列 " + field +
                               " has more alignments or width hints than its " + width + " columns",
                           field);
  }
  for (std::size_t c = 0; c < table.width_hints.size(); ++c) {
    const double hint = table.width_hints[c];
    if (!std::isfinite(hint) || hint < 0) return NotANonNegativeNumber(Indexed(field, ".width_hints", c), "");
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::string row = Indexed(field, ".rows", r);
    if (table.rows[r].size() != table.columns.size()) return RowOfWrongWidth(row, table.columns.size());
    SW_RETURN_IF_ERROR(CheckTexts(table.rows[r], row));
  }
  return Status::Ok();
}

Status CheckChart(const BarChart& chart, const std::string& field) {
  SW_RETURN_IF_ERROR(CheckText(chart.title, field + ".title"));
  SW_RETURN_IF_ERROR(CheckText(chart.unit, field + ".unit"));
  SW_RETURN_IF_ERROR(CheckTexts(chart.labels, field + ".labels"));
  if (chart.labels.size() != chart.values.size()) {
    return InvalidArgument(field + " 的标签与数值个数不同 " + field + " has not as many values as labels",
                           field + ".values");
  }
  for (std::size_t i = 0; i < chart.values.size(); ++i) {
    if (std::isfinite(chart.values[i]) && chart.values[i] >= 0) continue;
    return NotANonNegativeNumber(Indexed(field, ".values", i), chart.labels[i]);
  }
  return Status::Ok();
}

Status CheckBlock(const Block& block, const std::string& field) {
  return std::visit(
      [&field](const auto& b) -> Status {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Table>) {
          return CheckTable(b, field);
        } else if constexpr (std::is_same_v<T, BarChart>) {
          return CheckChart(b, field);
        } else {
          return CheckText(b.text, field + ".text");
        }
      },
      block);
}

}  // namespace

Status CheckDocument(const ReportDocument& document) {
  SW_RETURN_IF_ERROR(CheckText(document.title, "title"));
  SW_RETURN_IF_ERROR(CheckText(document.subtitle, "subtitle"));
  SW_RETURN_IF_ERROR(CheckText(document.number, "number"));
  SW_RETURN_IF_ERROR(CheckText(document.issuer, "issuer"));
  if (document.issued_on && !document.issued_on->ok()) {
    return InvalidArgument("发布日期不存在 issued_on is not a real date", "issued_on");
  }
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    SW_RETURN_IF_ERROR(CheckBlock(document.blocks[i], BlockField(i)));
  }
  return Status::Ok();
}

std::string ChineseDate(LocalDate date) {
  return std::to_string(static_cast<int>(date.year())) + "年" +
         std::to_string(static_cast<unsigned>(date.month())) + "月" +
         std::to_string(static_cast<unsigned>(date.day())) + "日";
}

std::string FormatValue(double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%.2f", value);
  std::string out = text;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

}  // namespace sanwang::report
