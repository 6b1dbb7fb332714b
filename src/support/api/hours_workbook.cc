#include "support/api/hours_workbook.h"

#include "support/api/xlsx_workbook.h"

namespace sanwang::api {
namespace {

struct Formats {
  lxw_format* header;
  lxw_format* hours;
  lxw_format* subtotal;
  lxw_format* subtotal_hours;
};

double Hours(std::int64_t minutes) { return static_cast<double>(minutes) / 60.0; }

void WriteMember(lxw_worksheet* sheet, lxw_row_t row, const store::ServiceHoursRow& m, const Formats& f) {
  worksheet_write_string(sheet, row, 0, m.workplace.c_str(), nullptr);
  worksheet_write_string(sheet, row, 1, m.user_name.c_str(), nullptr);
  worksheet_write_number(sheet, row, 2, static_cast<double>(m.activities), nullptr);
  worksheet_write_number(sheet, row, 3, Hours(m.minutes), f.hours);
}

// A 小计 or 合计 row: its label, the members counted, their activities and hours.
void WriteSum(lxw_worksheet* sheet, lxw_row_t row, const std::string& first, const std::string& label,
              std::int64_t activities, std::int64_t minutes, const Formats& f) {
  worksheet_write_string(sheet, row, 0, first.c_str(), f.subtotal);
  worksheet_write_string(sheet, row, 1, label.c_str(), f.subtotal);
  worksheet_write_number(sheet, row, 2, static_cast<double>(activities), f.subtotal);
  worksheet_write_number(sheet, row, 3, Hours(minutes), f.subtotal_hours);
}

void WriteHours(lxw_workbook* book, int year, const std::string& workplace,
                const std::vector<support::WorkplaceHours>& workplaces, const Formats& f) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, "在职党员服务时长");
  const std::string title = std::to_string(year) + "年度 在职党员进社区服务时长" +
                            (workplace.empty() ? std::string() : "（" + workplace + "）");
  worksheet_write_string(sheet, 0, 0, title.c_str(), f.header);
  WriteHeaderRow(sheet, 2, {"工作单位", "姓名", "参加活动（次）", "服务时长（小时）"}, f.header);
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  worksheet_set_column(sheet, 1, 3, 18, nullptr);
  lxw_row_t row = 3;
  std::int64_t members = 0, activities = 0, minutes = 0;
  for (const support::WorkplaceHours& w : workplaces) {
    for (const store::ServiceHoursRow& m : w.rows) WriteMember(sheet, row++, m, f);
    WriteSum(sheet, row++, w.workplace, "小计（" + std::to_string(w.members) + " 人）", w.activities,
             w.minutes, f);
    members += w.members;
    activities += w.activities;
    minutes += w.minutes;
  }
  WriteSum(sheet, row, "合计", std::to_string(members) + " 人", activities, minutes, f);
  worksheet_write_string(sheet, row + 2, 0,
                         "服务时长按签到至签退计，四舍五入到半小时；只计已签退且未取消的活动", nullptr);
}

}  // namespace

Result<std::string> HoursReportWorkbook(int year, const std::string& workplace,
                                        const std::vector<support::WorkplaceHours>& workplaces) {
  return WriteWorkbook([&](lxw_workbook* book) {
    Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
              workbook_add_format(book)};
    format_set_bold(f.header);
    format_set_num_format(f.hours, "0.0");
    format_set_bold(f.subtotal);
    format_set_bold(f.subtotal_hours);
    format_set_num_format(f.subtotal_hours, "0.0");
    WriteHours(book, year, workplace, workplaces, f);
  });
}

}  // namespace sanwang::api
