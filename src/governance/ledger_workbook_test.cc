#include "governance/ledger_workbook.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "governance/io/ledger_xlsx.h"
#include "governance/ledger_test_fixture.h"

namespace sanwang::governance {
namespace {

struct Counts {
  std::size_t programmes = 0, projects = 0, tasks = 0;
  std::int64_t milestones = 0, dependencies = 0;
  bool operator==(const Counts&) const = default;
};

// The workbook tests: the ledger laid out, exported, imported again or into a fresh
// district, and files that must be refused whole.
class LedgerWorkbookTest : public LedgerTest {
 protected:
  // Three milestones of the fixture's task (the later ones waiting on the earlier, one
  // reported half done) and one of a second programme.
  void LayOut() {
    auto m1 = Milestone("2026-03-31", "C");
    auto m2 = Milestone("2026-06-30", "C2", {m1.id});
    auto m3 = Milestone("2026-09-30", "S", {m1.id, m2.id});
    ASSERT_TRUE(Act(As("community"), m1.id, {"report", 50, "完成一半"}).ok());
    auto programme = CreateProgramme(As("supervisor"), "平安建设", "");
    ASSERT_TRUE(programme.ok());
    auto project = CreateProject(As("supervisor"), programme->id, "矛盾化解", "");
    ASSERT_TRUE(project.ok());
    auto task = CreateTask(As("supervisor"), {project->id, "纠纷排查", "2026-02-02", "2026-11-30", "C"});
    ASSERT_TRUE(task.ok());
    auto m4 = CreateMilestone(As("supervisor"), {task->id, "排查建档", "", "2026-04-30", "C2", "", 100, {}});
    ASSERT_TRUE(m4.ok()) << m4.status().ToString();
  }

  // A fresh database with the fixture's district, accounts and programme → project → task.
  void StartAfresh() {
    test_db_.reset();
    LedgerTest::SetUp();
  }

  Counts Count() {
    store::LedgerRepository repo(db());
    Counts c;
    c.programmes = repo.Programmes(district()).value().size();
    c.projects = repo.Projects(district()).value().size();
    c.tasks = repo.Tasks(district()).value().size();
    store::MilestoneQuery q;
    q.district_code = district();
    c.milestones = repo.CountMilestones(q).value();
    c.dependencies = static_cast<std::int64_t>(repo.Dependencies(district()).value().size());
    return c;
  }
  std::string district() { return org_->district_code(); }

  std::vector<LedgerRow> Exported() {
    auto rows = ExportLedgerRows(As("supervisor"));
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    return rows.ok() ? *rows : std::vector<LedgerRow>{};
  }

  std::string Workbook(const std::vector<LedgerRow>& rows) {
    auto bytes = io::WriteLedgerWorkbook(rows, "测试台账");
    EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
    return bytes.ok() ? *bytes : "";
  }

  Result<LedgerImportSummary> Import(const std::string& xlsx, bool dry_run = false,
                                     const std::string& account = "supervisor") {
    SW_ASSIGN_OR_RETURN(io::LedgerSheet sheet, io::ReadLedgerWorkbook(xlsx));
    return ImportLedgerRows(As(account), sheet.rows, dry_run);
  }

  std::string UnitOf(const std::string& code) { return UnitCell(*org_->FindByCode(code)); }

  // A good row of a task the ledger does not have yet.
  LedgerRow NewRow(int seq, const std::string& due_on, const std::string& depends_on = "") {
    LedgerRow r;
    r.seq = std::to_string(seq);
    r.programme = "新工程";
    r.project = "新项目";
    r.task = "新任务";
    r.task_starts_on = "2026-01-05";
    r.task_ends_on = "2026-12-31";
    r.task_unit = UnitOf("S");
    r.milestone = "节点" + std::to_string(seq);
    r.deliverables = "材料";
    r.due_on = due_on;
    r.unit = UnitOf("C");
    r.leader = "leader";
    r.weight = "10";
    r.depends_on = depends_on;
    return r;
  }

  // The first day of 2026 from `from` on that is not a working day.
  std::string DayOff(LocalDate from) {
    auto day = std::chrono::sys_days{from};
    while (calendar_->IsWorkday(LocalDate{day})) day += std::chrono::days{1};
    return FormatDate(LocalDate{day});
  }
};

// The rows as the file lays the ledger out, without what only the workflow moves.
std::vector<std::vector<std::string>> Layout(const std::vector<LedgerRow>& rows) {
  std::vector<std::vector<std::string>> out;
  out.reserve(rows.size());
  for (const LedgerRow& r : rows) {
    out.push_back({r.seq, r.programme, r.project, r.task, r.task_starts_on, r.task_ends_on, r.task_unit,
                   r.milestone, r.deliverables, r.due_on, r.unit, r.leader, r.weight, r.depends_on});
  }
  return out;
}

std::string TemporaryPath() {
  std::string pattern = (std::filesystem::temp_directory_path() / "sanwang-ledger-test-XXXXXX").string();
  close(mkstemp(pattern.data()));
  return pattern;
}

std::string Slurp(const std::string& path) {
  std::ostringstream bytes;
  bytes << std::ifstream(path, std::ios::binary).rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

int ExcelSerial(LocalDate date) {
  using std::chrono::year;
  return static_cast<int>(
      (std::chrono::sys_days{date} - std::chrono::sys_days{year{1899} / 12 / 30}).count());
}

TEST_P(LedgerWorkbookTest, TheExportedWorkbookImportsIntoAFreshDistrictAsTheSameLedger) {
  LayOut();
  const std::vector<LedgerRow> before = Exported();
  ASSERT_EQ(before.size(), 4u);
  EXPECT_EQ(before[1].depends_on, "1");
  EXPECT_EQ(before[2].depends_on, "1、2");
  EXPECT_EQ(before[0].unit, org_->FindByCode("C")->name + "（C）");
  EXPECT_EQ(before[0].percent, "50");
  const std::string xlsx = Workbook(before);

  StartAfresh();
  const Counts empty = Count();
  auto summary = Import(xlsx);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_TRUE(summary->written);
  EXPECT_EQ(summary->rows, 4);
  // The fresh district has the fixture's programme, project and task: they are reused.
  EXPECT_EQ(summary->programmes, 1);
  EXPECT_EQ(summary->projects, 1);
  EXPECT_EQ(summary->tasks, 1);
  EXPECT_EQ(summary->milestones, 4);
  EXPECT_EQ(summary->unchanged, 0);
  EXPECT_EQ(summary->states_ignored, 4);
  EXPECT_EQ(Count().milestones, empty.milestones + 4);
  const std::vector<LedgerRow> after = Exported();
  EXPECT_EQ(Layout(after), Layout(before));
  for (const LedgerRow& r : after) {
    EXPECT_EQ(r.state, workflow_->FindState(workflow_->initial())->label) << r.milestone;
    EXPECT_EQ(r.percent, "0") << r.milestone;
  }
}

TEST_P(LedgerWorkbookTest, ImportingTheExportAgainChangesNothing) {
  LayOut();
  const std::vector<LedgerRow> before = Exported();
  const Counts counts = Count();
  auto summary = Import(Workbook(before));
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->unchanged, 4);
  EXPECT_EQ(summary->programmes + summary->projects + summary->tasks + summary->milestones, 0);
  EXPECT_EQ(Count(), counts);
  auto after = Exported();
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(Layout({after[i]}), Layout({before[i]}));
    EXPECT_EQ(after[i].state, before[i].state);
    EXPECT_EQ(after[i].percent, before[i].percent);
  }
}

TEST_P(LedgerWorkbookTest, ADryRunCountsWhatItWouldWriteAndWritesNothing) {
  const Counts counts = Count();
  auto summary = Import(Workbook({NewRow(1, "2026-03-31"), NewRow(2, "2026-06-30", "1")}), true);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_FALSE(summary->written);
  EXPECT_EQ(summary->programmes, 1);
  EXPECT_EQ(summary->tasks, 1);
  EXPECT_EQ(summary->milestones, 2);
  EXPECT_EQ(Count(), counts);
}

TEST_P(LedgerWorkbookTest, OnlyTheLedgersPlannersImport) {
  const Counts counts = Count();
  auto summary = Import(Workbook({NewRow(1, "2026-03-31")}), false, "community");
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Count(), counts);
}

TEST_P(LedgerWorkbookTest, EveryBadRowIsReportedWithItsRowAndColumnAndNothingIsWritten) {
  LayOut();
  const Counts counts = Count();
  std::vector<LedgerRow> rows;
  auto add = [&](LedgerRow r) {
    rows.push_back(std::move(r));
    return static_cast<int>(rows.size()) + 2;  // the sheet's row: after the title and the header
  };
  const int good_at = add(NewRow(1, "2026-03-31"));
  LedgerRow unknown_unit = NewRow(2, "2026-03-31");
  unknown_unit.unit = "不存在的社区（X9）";
  const int unknown_unit_at = add(unknown_unit);
  LedgerRow wrong_name = NewRow(3, "2026-03-31");
  wrong_name.unit = "别的社区（C）";
  const int wrong_name_at = add(wrong_name);
  LedgerRow unknown_leader = NewRow(4, "2026-03-31");
  unknown_leader.leader = "nobody";
  const int unknown_leader_at = add(unknown_leader);
  const std::string day_off = DayOff(std::chrono::year{2026} / 3 / 1);
  const int day_off_at = add(NewRow(5, day_off));
  const int too_early_at = add(NewRow(6, "2025-12-31"));
  const int cycle_at = add(NewRow(7, "2026-06-30", "8"));
  add(NewRow(8, "2026-06-30", "7"));
  const int missing_at = add(NewRow(9, "2026-06-30", "1、99"));
  LedgerRow heavy = NewRow(10, "2026-06-30");
  heavy.weight = "120";
  const int heavy_at = add(heavy);
  const int bad_date_at = add(NewRow(11, "2027-02-30"));
  const int due_order_at = add(NewRow(12, "2026-03-02", "7"));
  LedgerRow other_period = NewRow(13, "2026-06-30");
  other_period.programme = "“1369”工程";
  other_period.project = "基层治理";
  other_period.task = "网格化治理提升";
  other_period.task_ends_on = "2026-10-31";  // the ledger's task ends on 2026-12-31
  const int other_period_at = add(other_period);

  auto summary = Import(Workbook(rows));
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.status().code(), ErrorCode::kInvalidArgument);
  const std::string& message = summary.status().message();
  auto expect_error = [&](int line, const std::string& column, const std::string& english) {
    const std::string at = std::to_string(line);
    EXPECT_NE(message.find("第 " + at + " 行 " + column + "："), std::string::npos)
        << at << column << message;
    EXPECT_NE(message.find("Row " + at + ", " + column + ": " + english), std::string::npos)
        << at << column << message;
  };
  expect_error(unknown_unit_at, "责任单位", "no unit");
  expect_error(wrong_name_at, "责任单位", "the name '别的社区' is not that of unit C");
  expect_error(unknown_leader_at, "责任领导", "'nobody' is not a staff account");
  expect_error(day_off_at, "完成时限", day_off + " is not a working day");
  expect_error(too_early_at, "完成时限", "2025-12-31 is before the task starts");
  expect_error(cycle_at + 1, "前置节点", "the dependencies form a cycle");
  expect_error(missing_at, "前置节点", "no row has 序号 99");
  expect_error(heavy_at, "权重", "must be a whole number from 1 to 100");
  expect_error(bad_date_at, "完成时限", "2027-02-30 is not a valid date");
  expect_error(due_order_at, "完成时限",
               "2026-03-02 is before the due date of row " + std::to_string(cycle_at));
  expect_error(other_period_at, "任务", "the ledger's task (2026-01-01 to 2026-12-31) has other dates");
  EXPECT_EQ(message.find("第 " + std::to_string(good_at) + " 行 "), std::string::npos) << message;
  EXPECT_EQ(Count(), counts);
}

TEST_P(LedgerWorkbookTest, AWorkbookOfAnotherColumnOrderWithDateSerialsAndNumbersImports) {
  const std::string path = TemporaryPath();
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Sheet1");
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "yyyy/m/d");
  const std::vector<const char*> headers = {"节点", "完成时限", "责任单位", "序号",     "工程",
                                            "项目", "任务",     "任务开始", "任务结束", "牵头单位",
                                            "权重", "前置节点", "备注"};
  for (std::size_t c = 0; c < headers.size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), headers[c], nullptr);
  }
  using std::chrono::year;
  const std::vector<LocalDate> due = {year{2026} / 4 / 30, year{2026} / 7 / 31};
  for (int i = 0; i < 2; ++i) {
    const auto row = static_cast<lxw_row_t>(i + 1);
    worksheet_write_string(sheet, row, 0, ("走访" + std::to_string(i + 1)).c_str(), nullptr);
    worksheet_write_number(sheet, row, 1, ExcelSerial(due[i]), nullptr);  // a bare serial number
    worksheet_write_string(sheet, row, 2, "C2", nullptr);                 // the code alone
    worksheet_write_number(sheet, row, 3, i + 1, nullptr);
    worksheet_write_string(sheet, row, 4, "文明创建", nullptr);
    worksheet_write_string(sheet, row, 5, "入户走访", nullptr);
    worksheet_write_string(sheet, row, 6, "全覆盖走访", nullptr);
    worksheet_write_string(sheet, row, 7, "2026/3/2", nullptr);
    lxw_datetime ends{2026, 11, 30, 0, 0, 0};
    worksheet_write_datetime(sheet, row, 8, &ends, date);
    worksheet_write_string(sheet, row, 9, "S", nullptr);
    worksheet_write_number(sheet, row, 10, 50, nullptr);
    if (i == 1) worksheet_write_number(sheet, row, 11, 1, nullptr);
    worksheet_write_string(sheet, row, 12, "备注不导入", nullptr);
  }
  ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);
  for (LocalDate d : due) ASSERT_TRUE(calendar_->IsWorkday(d)) << FormatDate(d);

  auto sheet_read = io::ReadLedgerWorkbook(Slurp(path));
  ASSERT_TRUE(sheet_read.ok()) << sheet_read.status().ToString();
  EXPECT_EQ(sheet_read->ignored_columns, std::vector<std::string>{"备注"});
  ASSERT_EQ(sheet_read->rows.size(), 2u);
  EXPECT_EQ(sheet_read->rows[1].line, 3);
  auto summary = ImportLedgerRows(As("supervisor"), sheet_read->rows, false);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->milestones, 2);
  EXPECT_EQ(summary->states_ignored, 0);

  std::vector<LedgerRow> imported;
  for (const LedgerRow& r : Exported()) {
    if (r.programme == "文明创建") imported.push_back(r);
  }
  ASSERT_EQ(imported.size(), 2u);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(imported[i].milestone, "走访" + std::to_string(i + 1));
    EXPECT_EQ(imported[i].due_on, FormatDate(due[i]));
    EXPECT_EQ(imported[i].task_starts_on, "2026-03-02");
    EXPECT_EQ(imported[i].task_ends_on, "2026-11-30");
    EXPECT_EQ(imported[i].unit, UnitOf("C2"));
    EXPECT_EQ(imported[i].task_unit, UnitOf("S"));
    EXPECT_EQ(imported[i].weight, "50");
    EXPECT_EQ(imported[i].leader, "");
  }
  EXPECT_EQ(imported[1].depends_on, imported[0].seq);
}

TEST_P(LedgerWorkbookTest, AFileThatIsNotALedgerWorkbookIsRefused) {
  auto csv = io::ReadLedgerWorkbook("序号,工程,项目\n1,a,b\n");
  ASSERT_FALSE(csv.ok());
  EXPECT_NE(csv.status().message().find("not an XLSX workbook"), std::string::npos);

  const std::string path = TemporaryPath();
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
  lxw_col_t c = 0;
  for (const std::string& header : io::LedgerColumns()) {
    if (header != "完成时限" && header != "责任单位")
      worksheet_write_string(sheet, 1, c++, header.c_str(), nullptr);
  }
  ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);
  auto missing = io::ReadLedgerWorkbook(Slurp(path));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(missing.status().message().find("缺少必需的列：完成时限、责任单位"), std::string::npos)
      << missing.status().message();
  EXPECT_NE(missing.status().message().find("lacks the required columns: 完成时限、责任单位"),
            std::string::npos);

  auto no_rows = ImportLedgerRows(As("supervisor"), {}, false);
  ASSERT_FALSE(no_rows.ok());
  EXPECT_NE(no_rows.status().message().find("no milestone rows"), std::string::npos);
}

SANWANG_INSTANTIATE_BACKENDS(LedgerWorkbookTest);

}  // namespace
}  // namespace sanwang::governance
