#include "support/api/budget_workbook.h"

#include <cstdio>

#include "support/api/xlsx_workbook.h"

namespace sanwang::api {
namespace {

struct Formats {
  lxw_format* header;
  lxw_format* yuan;
  lxw_format* rate;
};

double Yuan(std::int64_t fen) { return static_cast<double>(fen) / 100.0; }

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
  WriteHeaderRow(sheet, 2,
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
  WriteHeaderRow(sheet, 0, {"月份", "经费类别", "支出（元）"}, f.header);
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

}  // namespace

Result<std::string> BudgetReportWorkbook(const support::BudgetReport& report) {
  return WriteWorkbook([&report](lxw_workbook* book) {
    Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(f.header);
    format_set_num_format(f.yuan, "#,##0.00");
    format_set_num_format(f.rate, "0.00%");
    WriteExecution(book, report, f);
    WriteMonthly(book, report, f);
  });
}

}  // namespace sanwang::api
