#include "governance/io/ledger_xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/text.h"
#include "report/xlsx_sheet_reader.h"

namespace sanwang::governance::io {
namespace {

using report::ExcelSerialDate;
using report::ReadFirstSheet;
using report::Sheet;
using report::SheetCell;
using report::SheetRow;

enum class Kind { kText, kNumber, kDate };

struct Column {
  const char* header;
  std::string LedgerRow::*cell;
  Kind kind;
  bool required;
  double width;
};

const std::vector<Column>& Columns() {
  static const std::vector<Column> kColumns = {
      {"序号", &LedgerRow::seq, Kind::kNumber, true, 6},
      {"工程", &LedgerRow::programme, Kind::kText, true, 16},
      {"项目", &LedgerRow::project, Kind::kText, true, 14},
      {"任务", &LedgerRow::task, Kind::kText, true, 22},
      {"任务开始", &LedgerRow::task_starts_on, Kind::kDate, true, 12},
      {"任务结束", &LedgerRow::task_ends_on, Kind::kDate, true, 12},
      {"牵头单位", &LedgerRow::task_unit, Kind::kText, true, 26},
      {"节点", &LedgerRow::milestone, Kind::kText, true, 22},
      {"交付成果", &LedgerRow::deliverables, Kind::kText, false, 26},
      {"完成时限", &LedgerRow::due_on, Kind::kDate, true, 12},
      {"责任单位", &LedgerRow::unit, Kind::kText, true, 26},
      {"责任领导", &LedgerRow::leader, Kind::kText, false, 12},
      {"权重", &LedgerRow::weight, Kind::kNumber, false, 6},
      {"前置节点", &LedgerRow::depends_on, Kind::kText, false, 10},
      {"状态", &LedgerRow::state, Kind::kText, false, 10},
      {"进度", &LedgerRow::percent, Kind::kNumber, false, 6},
  };
  return kColumns;
}

// A file name of our own in the temporary folder; libxlsxwriter 1.1 writes only to files.
std::string TemporaryPath() {
  std::string pattern = (std::filesystem::temp_directory_path() / "sanwang-ledger-XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) return "";
  close(fd);
  return pattern;
}

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* date;
};

void WriteCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Column& c, const std::string& text,
               const Formats& f) {
  if (text.empty()) return;
  if (c.kind == Kind::kDate) {
    if (auto date = ParseDate(text); date.ok()) {
      lxw_datetime dt{static_cast<int>(date->year()),
                      static_cast<int>(static_cast<unsigned>(date->month())),
                      static_cast<int>(static_cast<unsigned>(date->day())),
                      0,
                      0,
                      0};
      worksheet_write_datetime(sheet, row, col, &dt, f.date);
      return;
    }
  }
  double number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (c.kind == Kind::kNumber && error == std::errc() && end == text.data() + text.size()) {
    worksheet_write_number(sheet, row, col, number, nullptr);
    return;
  }
  worksheet_write_string(sheet, row, col, text.c_str(), nullptr);
}

void WriteSheet(lxw_workbook* book, const std::vector<LedgerRow>& rows, const std::string& title,
                const Formats& f) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, "任务台账");
  const auto& columns = Columns();
  const auto last = static_cast<lxw_col_t>(columns.size() - 1);
  worksheet_merge_range(sheet, 0, 0, 0, last, title.c_str(), f.title);
  for (lxw_col_t c = 0; c <= last; ++c) {
    worksheet_write_string(sheet, 1, c, columns[c].header, f.header);
    worksheet_set_column(sheet, c, c, columns[c].width, nullptr);
  }
  worksheet_freeze_panes(sheet, 2, 1);
  lxw_row_t at = 2;
  for (const LedgerRow& r : rows) {
    for (lxw_col_t c = 0; c <= last; ++c) WriteCell(sheet, at, c, columns[c], r.*columns[c].cell, f);
    ++at;
  }
}

std::string Trimmed(std::string_view text) { return std::string(TrimAscii(text)); }

// The header row: the first of the first ten rows with the cells 序号 and 节点.
const SheetRow* HeaderRow(const Sheet& sheet) {
  for (std::size_t i = 0; i < sheet.rows.size() && i < 10; ++i) {
    bool seq = false;
    bool milestone = false;
    for (const SheetCell& cell : sheet.rows[i].cells) {
      seq = seq || Trimmed(cell.text) == "序号";
      milestone = milestone || Trimmed(cell.text) == "节点";
    }
    if (seq && milestone) return &sheet.rows[i];
  }
  return nullptr;
}

// The ledger's column of each sheet column; headers it has no column for are listed.
Result<std::map<std::size_t, const Column*>> MapColumns(const SheetRow& header,
                                                        std::vector<std::string>& ignored) {
  std::map<std::string, const Column*> by_header;
  for (const Column& c : Columns()) by_header[c.header] = &c;
  std::map<std::size_t, const Column*> out;
  std::set<std::string> found;
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    const std::string text = Trimmed(header.cells[i].text);
    if (text.empty()) continue;
    auto it = by_header.find(text);
    if (it == by_header.end() || !found.insert(text).second) {
      ignored.push_back(text);
      continue;
    }
    out[i] = it->second;
  }
  std::string missing;
  for (const Column& c : Columns()) {
    if (c.required && !found.count(c.header))
      missing += (missing.empty() ? "" : "、") + std::string(c.header);
  }
  if (!missing.empty()) {
    return InvalidArgument("第 " + std::to_string(header.number) + " 行表头缺少必需的列：" + missing +
                               " the header row lacks the required columns: " + missing,
                           "columns");
  }
  return out;
}

std::string CellText(const SheetCell& cell, const Column& c, bool date1904) {
  if (c.kind == Kind::kDate && cell.number) {
    if (auto date = ExcelSerialDate(cell.text, date1904); date.ok()) return FormatDate(*date);
  }
  return Trimmed(cell.text);
}

}  // namespace

const std::vector<std::string>& LedgerColumns() {
  static const std::vector<std::string> kHeaders = [] {
    std::vector<std::string> out;
    for (const Column& c : Columns()) out.emplace_back(c.header);
    return out;
  }();
  return kHeaders;
}

Result<std::string> WriteLedgerWorkbook(const std::vector<LedgerRow>& rows, const std::string& title) {
  const std::string path = TemporaryPath();
  if (path.empty()) return Internal("cannot create a temporary file for the workbook");
  lxw_workbook* book = workbook_new(path.c_str());
  if (book == nullptr) return Internal("cannot start the workbook");
  Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_num_format(f.date, "yyyy-mm-dd");
  WriteSheet(book, rows, title, f);
  const lxw_error error = workbook_close(book);
  std::ostringstream bytes;
  bytes << std::ifstream(path, std::ios::binary).rdbuf();
  std::filesystem::remove(path);
  if (error != LXW_NO_ERROR) return Internal(std::string("workbook not written: ") + lxw_strerror(error));
  return bytes.str();
}

Result<LedgerSheet> ReadLedgerWorkbook(std::string_view xlsx) {
  SW_ASSIGN_OR_RETURN(Sheet sheet, ReadFirstSheet(xlsx));
  const SheetRow* header = HeaderRow(sheet);
  if (header == nullptr) {
    return InvalidArgument(
        "第一个工作表的前 10 行中没有含「序号」「节点」的表头 the first sheet has no header row "
        "(with 序号 and 节点) in its first ten rows",
        "columns");
  }
  LedgerSheet out;
  SW_ASSIGN_OR_RETURN(auto columns, MapColumns(*header, out.ignored_columns));
  for (const SheetRow& row : sheet.rows) {
    if (row.number <= header->number) continue;
    LedgerRow r;
    r.line = row.number;
    bool blank = true;
    for (const auto& [index, column] : columns) {
      if (index >= row.cells.size()) continue;
      r.*column->cell = CellText(row.cells[index], *column, sheet.date1904);
      blank = blank && (r.*column->cell).empty();
    }
    if (!blank) out.rows.push_back(std::move(r));
  }
  return out;
}

}  // namespace sanwang::governance::io
