#include "report/xlsx_renderer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <type_traits>

#include "core/files.h"
#include "report/number_text.h"
#include "report/sheet_names.h"

namespace sanwang::report {
namespace {

constexpr double kMinColumnWidth = 6;
constexpr double kMaxColumnWidth = 60;
constexpr double kCoverColumnWidth = 100;

// A file of our own in the temporary folder, removed when this goes out of scope.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sanwang-report-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) return;
    close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  // Empty when no file could be made.
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The workbook's formats, each made once.
class Formats {
 public:
  explicit Formats(lxw_workbook* book) : book_(book) {}

  lxw_format* Title() {
    return Get("title", [](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 16);
    });
  }
  lxw_format* Bold() {
    return Get("bold", [](lxw_format* f) { format_set_bold(f); });
  }
  lxw_format* Wrapped() {
    return Get("wrap", [](lxw_format* f) { format_set_text_wrap(f); });
  }
  lxw_format* Date() {
    return Get("date", [](lxw_format* f) { format_set_num_format(f, "yyyy\"年\"m\"月\"d\"日\""); });
  }
  lxw_format* Text(Align align) {
    if (align == Align::kLeft) return nullptr;
    return Get(align == Align::kRight ? "right" : "centre", [align](lxw_format* f) {
      format_set_align(f, align == Align::kRight ? LXW_ALIGN_RIGHT : LXW_ALIGN_CENTER);
    });
  }
  lxw_format* Number(const std::string& excel_format) {
    return Get("number " + excel_format,
               [&excel_format](lxw_format* f) { format_set_num_format(f, excel_format.c_str()); });
  }

 private:
  template <typename Setup>
  lxw_format* Get(const std::string& key, Setup setup) {
    auto [it, added] = made_.try_emplace(key, nullptr);
    if (added) {
      it->second = workbook_add_format(book_);
      setup(it->second);
    }
    return it->second;
  }

  lxw_workbook* book_;
  std::map<std::string, lxw_format*> made_;
};

// Code points East Asian scripts print twice as wide as a Latin letter.
bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
}

// The width of text in Excel's units (one Latin character each, two for a Chinese one).
double DisplayWidth(const std::string& text) {
  double width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      c = (c << 6) | static_cast<char32_t>(text[i + k] & 0x3F);
    width += IsWide(c) ? 2 : 1;
    i += length;
  }
  return width;
}

double ColumnWidth(const Table& table, std::size_t c) {
  if (c < table.width_hints.size() && table.width_hints[c] > 0) return table.width_hints[c] * 2 + 2;
  double width = DisplayWidth(table.columns[c]);
  for (const auto& row : table.rows) width = std::max(width, DisplayWidth(row[c]));
  return std::clamp(width + 2, kMinColumnWidth, kMaxColumnWidth);
}

void WriteCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text, Align align,
               Formats& formats) {
  if (const auto number = ParseNumberText(text)) {
    worksheet_write_number(sheet, row, col, number->value, formats.Number(number->ExcelFormat()));
  } else {
    worksheet_write_string(sheet, row, col, text.c_str(), formats.Text(align));
  }
}

void WriteTableSheet(lxw_workbook* book, const Table& table, const std::string& name, Formats& formats) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
  const lxw_row_t header = table.title.empty() ? 0 : 1;
  if (!table.title.empty()) worksheet_write_string(sheet, 0, 0, table.title.c_str(), formats.Bold());
  const auto columns = static_cast<lxw_col_t>(table.columns.size());
  for (lxw_col_t c = 0; c < columns; ++c) {
    worksheet_write_string(sheet, header, c, table.columns[c].c_str(), formats.Bold());
    worksheet_set_column(sheet, c, c, ColumnWidth(table, c), nullptr);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (lxw_col_t c = 0; c < columns; ++c) {
      const Align align = c < table.align.size() ? table.align[c] : Align::kLeft;
      WriteCell(sheet, header + 1 + static_cast<lxw_row_t>(r), c, table.rows[r][c], align, formats);
    }
  }
  worksheet_freeze_panes(sheet, header + 1, 0);
  worksheet_autofilter(sheet, header, 0, header + static_cast<lxw_row_t>(table.rows.size()),
                       static_cast<lxw_col_t>(columns - 1));
}

void WriteChartSheet(lxw_workbook* book, const BarChart& chart, const std::string& name, Formats& formats) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
  const std::string value_header = chart.unit.empty() ? "数值" : "数值（" + chart.unit + "）";
  worksheet_write_string(sheet, 0, 0, "名称", formats.Bold());
  worksheet_write_string(sheet, 0, 1, value_header.c_str(), formats.Bold());
  double label_width = DisplayWidth("名称");
  for (std::size_t i = 0; i < chart.labels.size(); ++i) {
    const auto row = static_cast<lxw_row_t>(i + 1);
    worksheet_write_string(sheet, row, 0, chart.labels[i].c_str(), nullptr);
    worksheet_write_number(sheet, row, 1, chart.values[i], nullptr);
    label_width = std::max(label_width, DisplayWidth(chart.labels[i]));
  }
  worksheet_set_column(sheet, 0, 0, std::clamp(label_width + 2, kMinColumnWidth, kMaxColumnWidth), nullptr);
  worksheet_set_column(sheet, 1, 1, std::max(DisplayWidth(value_header) + 2, kMinColumnWidth), nullptr);
  worksheet_freeze_panes(sheet, 1, 0);
  if (chart.labels.empty()) return;
  lxw_chart* bars = workbook_add_chart(book, LXW_CHART_BAR);
  lxw_chart_series* series = chart_add_series(bars, nullptr, nullptr);
  const auto last = static_cast<lxw_row_t>(chart.labels.size());
  chart_series_set_categories(series, name.c_str(), 1, 0, last, 0);
  chart_series_set_values(series, name.c_str(), 1, 1, last, 1);
  if (!chart.title.empty()) chart_title_set_name(bars, chart.title.c_str());
  chart_legend_set_position(bars, LXW_CHART_LEGEND_NONE);
  // The first label at the top, as in the table and the PDF.
  chart_axis_set_reverse(bars->y_axis);
  worksheet_insert_chart(sheet, 0, 3, bars);
}

// Where each table and chart goes: its sheet's name, empty for other blocks.
std::vector<std::string> SheetNames(const ReportDocument& document, SheetNamer& namer) {
  std::vector<std::string> names;
  int tables = 0;
  int charts = 0;
  for (const Block& block : document.blocks) {
    if (const auto* table = std::get_if<Table>(&block)) {
      names.push_back(namer.Name(table->title, "表" + std::to_string(++tables)));
    } else if (const auto* chart = std::get_if<BarChart>(&block)) {
      names.push_back(namer.Name(chart->title, "图" + std::to_string(++charts)));
    } else {
      names.emplace_back();
    }
  }
  return names;
}

// The first sheet: the masthead and the text, and where the tables and charts are.
void WriteCover(lxw_workbook* book, const ReportDocument& document, const std::string& cover_name,
                const std::vector<std::string>& sheet_names, Formats& formats) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, cover_name.c_str());
  worksheet_set_column(sheet, 0, 0, kCoverColumnWidth, formats.Wrapped());
  lxw_row_t row = 0;
  const auto line = [&](const std::string& text, lxw_format* format) {
    if (!text.empty()) worksheet_write_string(sheet, row++, 0, text.c_str(), format);
  };
  line(document.title, formats.Title());
  line(document.subtitle, nullptr);
  line(document.number, nullptr);
  line(document.issuer, nullptr);
  if (document.issued_on) {
    lxw_datetime date{static_cast<int>(document.issued_on->year()),
                      static_cast<int>(static_cast<unsigned>(document.issued_on->month())),
                      static_cast<int>(static_cast<unsigned>(document.issued_on->day())),
                      0,
                      0,
                      0};
    worksheet_write_datetime(sheet, row++, 0, &date, formats.Date());
  }
  ++row;
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    const Block& block = document.blocks[i];
    if (const auto* heading = std::get_if<Heading>(&block)) {
      line(heading->text, formats.Bold());
    } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      line(paragraph->text, formats.Wrapped());
    } else {
      line("见工作表「" + sheet_names[i] + "」 See the sheet " + sheet_names[i], nullptr);
    }
  }
}

}  // namespace

Result<std::string> RenderXlsx(const ReportDocument& document) {
  SW_RETURN_IF_ERROR(CheckDocument(document));
  const TemporaryFile file;
  if (file.path().empty())
    return Internal("无法创建临时文件 cannot create a temporary file for the workbook");
  lxw_workbook* book = workbook_new(file.path().c_str());
  if (book == nullptr) return Internal("无法创建工作簿 cannot start the workbook");
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(document.title.c_str());
  workbook_set_properties(book, &properties);
  SheetNamer namer;
  const std::string cover_name = namer.Name("正文", "正文");
  const std::vector<std::string> names = SheetNames(document, namer);
  Formats formats(book);
  WriteCover(book, document, cover_name, names, formats);
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    if (const auto* table = std::get_if<Table>(&document.blocks[i]))
      WriteTableSheet(book, *table, names[i], formats);
    if (const auto* chart = std::get_if<BarChart>(&document.blocks[i])) {
      WriteChartSheet(book, *chart, names[i], formats);
    }
  }
  const lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR) {
    return Internal(std::string("工作簿写入失败 the workbook was not written: ") + lxw_strerror(error));
  }
  return ReadFileToString(file.path());
}

}  // namespace sanwang::report
