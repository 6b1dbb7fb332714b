#include "support/api/budget_workbook.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sanwang::api {
namespace {

struct Formats {
  lxw_format* header;
  lxw_format* yuan;
  lxw_format* rate;
};

double Yuan(std::int64_t fen) { return static_cast<double>(fen) / 100.0; }

void WriteHeader(lxw_worksheet* sheet, lxw_row_t row, const std::vector<const char*>& titles, lxw_format* f) {
  for (std::size_t c = 0; c < titles.size(); ++c) {
    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), titles[c], f);
  }
}

void WriteRow(lxw_worksheet* sheet, lxw_row_t row, const support::BudgetReportRow& r, const Formats& f) {
  worksheet_write_string(sheet, row, 0, r.unit_code.c_str(), nullptr);
  worksheet_write_string(sheet, row, 1, r.unit_name.c_str(), nullptr);
  worksheet_write_string(sheet, row, 2, r.category_name.c_str(), nullptr);
  worksheet_write_number(sheet, row, 3, Yuan(r.amount_fen), f.yuan);
  worksheet_write_number(sheet, row, 4, Yuan(r.allocated_fen), f.yuan);
  worksheet_write_number(sheet, row, 5, Yuan(r.spent_fen), f.yuan);
  worksheet_write_number(sheet, row, 6, Yuan(r.remaining_fen), f.yuan);
  worksheet_write_number(sheet, row, 7, r.execution_rate, f.rate);
}

void WriteExecution(lxw_workbook* book, const support::BudgetReport& report, const Formats& f) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, "经费执行情况");
  const std::string title = std::to_string(report.year) + "年度 " + report.unit_name + " 经费执行情况";
  worksheet_write_string(sheet, 0, 0, title.c_str(), f.header);
  WriteHeader(sheet, 2,
              {"单位代码", "单位", "经费类别", "预算（元）", "已下拨（元）", "已支出（元，含下级）",
               "结余（元）", "执行率"},
              f.header);
  worksheet_set_column(sheet, 0, 2, 18, nullptr);
  worksheet_set_column(sheet, 3, 7, 20, nullptr);
  lxw_row_t row = 3;
  for (const auto& r : report.own) WriteRow(sheet, row++, r, f);
  for (const auto& r : report.children) WriteRow(sheet, row++, r, f);
  worksheet_write_string(sheet, row + 1, 0,
                         "执行率 = 已支出（含下级单位支出）÷ 预算；结余 = 预算 − 已下拨 − 本级支出", nullptr);
}

void WriteMonthly(lxw_workbook* book, const support::BudgetReport& report, const Formats& f) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, "月度支出");
  WriteHeader(sheet, 0, {"月份", "经费类别", "支出（元）"}, f.header);
  worksheet_set_column(sheet, 0, 2, 18, nullptr);
  lxw_row_t row = 1;
  for (const auto& m : report.monthly) {
    char month[16];
    std::snprintf(month, sizeof month, "%04d-%02d", m.month / 100, m.month % 100);
    worksheet_write_string(sheet, row, 0, month, nullptr);
    worksheet_write_string(sheet, row, 1, m.category_name.c_str(), nullptr);
    worksheet_write_number(sheet, row, 2, Yuan(m.spent_fen), f.yuan);
    ++row;
  }
}

// A file name of our own in the temporary folder; libxlsxwriter 1.1 writes only to files.
std::string TemporaryPath() {
  std::string pattern = (std::filesystem::temp_directory_path() / "sanwang-budget-XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) return "";
  close(fd);
  return pattern;
}

}  // namespace

Result<std::string> BudgetReportWorkbook(const support::BudgetReport& report) {
  const std::string path = TemporaryPath();
  if (path.empty()) return Internal("cannot create a temporary file for the workbook");
  lxw_workbook* book = workbook_new(path.c_str());
  if (book == nullptr) return Internal("cannot start the workbook");
  Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
  format_set_bold(f.header);
  format_set_num_format(f.yuan, "#,##0.00");
  format_set_num_format(f.rate, "0.00%");
  WriteExecution(book, report, f);
  WriteMonthly(book, report, f);
  const lxw_error error = workbook_close(book);
  std::ostringstream bytes;
  bytes << std::ifstream(path, std::ios::binary).rdbuf();
  std::filesystem::remove(path);
  if (error != LXW_NO_ERROR) return Internal(std::string("workbook not written: ") + lxw_strerror(error));
  return bytes.str();
}

}  // namespace sanwang::api
