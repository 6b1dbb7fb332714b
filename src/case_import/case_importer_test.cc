#include "case_import/case_importer.h"

#include <gtest/gtest.h>

#include "case_import/import_test_files.h"
#include "case_import/store/imported_case_repository.h"
#include "cases/cases_test_fixture.h"
#include "store/case_repository.h"

namespace sanwang::case_import {
namespace {

constexpr const char* kMapping = R"(
system = "old-12345"
classifier_min_confidence = 0.6
[columns]
id = "工单编号"
created_at = "受理时间"
title = "诉求标题"
description = "诉求内容"
category = "诉求类别"
lon = "经度"
lat = "纬度"
unit = "承办单位"
state = "办理状态"
resolved_at = "办结时间"
answer = "办理结果"
rating = "满意度"
[categories]
"楼道杂物" = "A01-001"
[states]
"已办结" = "closed"
"办理中" = "accepted"
[units]
"城管局" = "DEPT"
[ratings]
"满意" = 5
"不满意" = 1
)";

constexpr const char* kHeader =
    "工单编号,受理时间,诉求标题,诉求内容,诉求类别,经度,纬度,承办单位,办理状态,办结时间,办理结果,满意度\n";

// Rows 2–7: two by the mapping, one by the catalog's own item name, one the classifier
// places, one it cannot, and two that cannot be read.
constexpr const char* kRows =
    "GD-1,2026-11-02 09:00,楼道堆满纸箱,三单元,楼道杂物,113.805,34.01,,已办结,2026-11-02 15:00,已清理,满意\n"
    "GD-2,2026-11-03 10:00,道路坑洼,,道路破损,,,城管局,办理中,,,\n"
    "GD-3,2026-11-04 08:30,楼上夜里噪音,,其他,113.805,34.01,,已办结,2026-11-05 10:00,已调解,不满意\n"
    "GD-4,2026-11-05 08:30,反映情况,说不清,其他,,,,办理中,,,\n"
    "GD-5,上周三,井盖缺失,,楼道杂物,,,,办理中,,,\n"
    "GD-6,2026-11-06 08:30,井盖缺失,,楼道杂物,,,,挂起,,,\n";

class CaseImporterTest : public cases::CasesTest {
 protected:
  void SetUp() override {
    cases::CasesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto m = ParseImportMapping(kMapping);
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    mapping_ = *m;
  }

  Result<ImportReport> Import(std::string_view bytes, bool dry_run = false) {
    SW_ASSIGN_OR_RETURN(SourceTable table, ReadSourceTable(bytes));
    ImportOptions options;
    options.dry_run = dry_run;
    options.batch = 2;
    options.guess = [](std::string_view text) -> std::optional<ItemGuess> {
      if (text.find("噪音") != std::string_view::npos) return ItemGuess{cases::kCommunityItem, 0.9};
      return ItemGuess{cases::kStreetItem, 0.3};
    };
    options.progress = [this](std::size_t done, std::size_t total) { progress_.emplace_back(done, total); };
    cases::PastCaseContext domain{*calendar_, *workflow_, *org_, *catalog_};
    return CaseImporter(db(), domain, clock_.Now()).Run(mapping_, table, options);
  }

  std::int64_t Count(const char* table) {
    auto rows = db().Query(std::string("SELECT COUNT(*) FROM ") + table);
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }

  store::CaseRecord CaseOf(const std::string& source_id) {
    auto rows = db().Query("SELECT case_id FROM imported_cases WHERE source_id = ?", {source_id});
    EXPECT_TRUE(rows.ok() && rows->size() == 1) << source_id;
    return Get(rows->at(0).Int(0));
  }

  ImportMapping mapping_;
  std::vector<std::pair<std::size_t, std::size_t>> progress_;
};

TEST_P(CaseImporterTest, ADryRunReportsEveryRowThatWouldFailAndWritesNothing) {
  auto report = Import(testing::ToGb18030(std::string(kHeader) + kRows), true);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->format, "CSV (GB18030)");
  EXPECT_EQ(report->rows, 6u);
  EXPECT_EQ(report->added, 4u);
  ASSERT_EQ(report->problems.size(), 2u);
  EXPECT_EQ(report->problems[0].row, 6u);
  EXPECT_EQ(report->problems[0].field, "created_at");
  EXPECT_NE(report->problems[0].message.find("上周三"), std::string::npos);
  EXPECT_EQ(report->problems[1].row, 7u);
  EXPECT_EQ(report->problems[1].field, "state");
  EXPECT_NE(report->problems[1].message.find("挂起"), std::string::npos);
  EXPECT_EQ(Count("cases"), 0);
  EXPECT_EQ(Count("case_events"), 0);
  EXPECT_EQ(Count("imported_cases"), 0);
  ASSERT_FALSE(progress_.empty());
  EXPECT_EQ(progress_.back(), std::make_pair(std::size_t{6}, std::size_t{6}));
}

TEST_P(CaseImporterTest, WorkOrdersBecomeCasesWithTheirHistoryAndASecondRunAddsNothing) {
  const std::string file = testing::ToGb18030(std::string(kHeader) + kRows);
  auto report = Import(file);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->added, 4u);
  EXPECT_EQ(report->problems.size(), 2u);
  EXPECT_EQ(Count("cases"), 4);
  EXPECT_EQ(Count("imported_cases"), 4);

  store::CaseRecord first = CaseOf("GD-1");  // by the mapping, at its point, closed and rated
  EXPECT_EQ(first.item_code, cases::kGridItem);
  EXPECT_EQ(first.title, "楼道堆满纸箱");
  EXPECT_EQ(first.source, "hotline");
  EXPECT_EQ(UnitCode(first.unit_id), "G1");
  EXPECT_EQ(first.state, "closed");
  EXPECT_EQ(first.rating_stars, 5);
  EXPECT_EQ(first.created_at, *ParseIso8601("2026-11-02T09:00:00+08:00"));
  auto events = Events(first.id);
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[3].note, "已清理");

  store::CaseRecord second = CaseOf("GD-2");  // the catalog's own item name, the mapped unit
  EXPECT_EQ(second.item_code, cases::kDeptItem);
  EXPECT_EQ(UnitCode(second.unit_id), "DEPT");
  EXPECT_EQ(second.state, "accepted");

  store::CaseRecord third = CaseOf("GD-3");  // the classifier's confident choice
  EXPECT_EQ(third.item_code, cases::kCommunityItem);
  EXPECT_EQ(third.auto_item_confidence, 0.9);
  EXPECT_EQ(UnitCode(third.unit_id), "C");
  EXPECT_EQ(third.rating, 0);
  EXPECT_EQ(third.state, "closed");

  store::CaseRecord fourth = CaseOf("GD-4");  // not confident enough: the command center's
  EXPECT_EQ(fourth.item_code, "");
  EXPECT_EQ(UnitCode(fourth.unit_id), "CMD");

  ASSERT_EQ(report->review.size(), 2u);
  EXPECT_EQ(report->review[0].source_id, "GD-3");
  EXPECT_TRUE(report->review[0].taken);
  EXPECT_EQ(report->review[1].source_id, "GD-4");
  EXPECT_EQ(report->review[1].category, "其他");
  EXPECT_EQ(report->review[1].suggested_item, cases::kStreetItem);
  EXPECT_FALSE(report->review[1].taken);
  auto guessed = store::ImportedCaseRepository(db()).Guessed(org::kTestDistrict, "old-12345");
  ASSERT_TRUE(guessed.ok());
  ASSERT_EQ(guessed->size(), 2u);
  EXPECT_EQ(guessed->at(1).source_category, "其他");
  EXPECT_EQ(guessed->at(1).item_confidence, 0.3);

  // The month's counters hold the imported cases, as the rankings read them.
  // GD-1 and GD-3 lie in community C; one of the two was satisfied.
  auto counters = store::CaseRepository(db()).MonthlyCounters({IdOf("C")}, 202611, 202611);
  ASSERT_TRUE(counters.ok());
  ASSERT_EQ(counters->size(), 1u);
  EXPECT_EQ(counters->front().counters.cases, 2);
  EXPECT_EQ(counters->front().counters.rated, 2);
  EXPECT_EQ(counters->front().counters.satisfied, 1);

  auto again = Import(file);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->added, 0u);
  EXPECT_EQ(again->already, 4u);
  EXPECT_EQ(Count("cases"), 4);
  EXPECT_EQ(Count("case_events"), 16);  // 5 + 3 + 5 + 3

  // The two bad rows mended, a third run adds just those.
  std::string mended = kRows;
  mended.replace(mended.find("上周三"), std::string("上周三").size(), "2026-11-04 09:00");
  mended.replace(mended.find("挂起"), std::string("挂起").size(), "办理中");
  auto third_run = Import(std::string(kHeader) + mended);
  ASSERT_TRUE(third_run.ok()) << third_run.status().ToString();
  EXPECT_EQ(third_run->format, "CSV (UTF-8)");
  EXPECT_EQ(third_run->added, 2u);
  EXPECT_EQ(third_run->already, 4u);
  EXPECT_TRUE(third_run->problems.empty());
  EXPECT_EQ(Count("cases"), 6);
}

TEST_P(CaseImporterTest, AWorkbookWithExcelDatesImportsLikeACsv) {
  using testing::TestCell;
  for (const char* absent : {"description", "lon", "lat", "unit", "answer", "rating"})
    mapping_.columns.erase(absent);
  std::vector<TestCell> header;
  for (const char* h : {"工单编号", "受理时间", "诉求标题", "诉求类别", "办理状态", "办结时间"})
    header.emplace_back(std::string(h));
  // 46328 is 2026-11-02 in the 1900 date system; .375 of a day is 09:00.
  auto report = Import(testing::XlsxOf({header,
                                        {std::string("X-1"), 46328.375, std::string("楼道堆满纸箱"),
                                         std::string("楼道杂物"), std::string("已办结"), 46328.625}}));
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->format, "XLSX");
  ASSERT_TRUE(report->problems.empty()) << report->problems[0].message;
  store::CaseRecord c = CaseOf("X-1");
  EXPECT_EQ(c.created_at, *ParseIso8601("2026-11-02T09:00:00+08:00"));
  EXPECT_EQ(c.resolved_at, *ParseIso8601("2026-11-02T15:00:00+08:00"));
  EXPECT_EQ(c.state, "closed");
}

TEST_P(CaseImporterTest, AMappingThatDoesNotFitTheFileOrTheDistrictWritesNothing) {
  auto missing = Import(std::string("工单编号,受理时间\nGD-1,2026-11-02 09:00\n"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().field(), "columns");
  EXPECT_NE(missing.status().message().find("the file has no column"), std::string::npos);

  mapping_.units["规划局"] = "NO-SUCH-UNIT";
  auto unit = Import(std::string(kHeader) + kRows);
  ASSERT_FALSE(unit.ok());
  EXPECT_EQ(unit.status().field(), "units");
  mapping_.units.erase("规划局");

  mapping_.categories["井盖"] = "Z99-999";
  auto item = Import(std::string(kHeader) + kRows);
  ASSERT_FALSE(item.ok());
  EXPECT_EQ(item.status().field(), "categories");
  EXPECT_EQ(Count("cases"), 0);
}

TEST_P(CaseImporterTest, AWorkOrderIdTwiceInOneFileIsReportedOnItsSecondRow) {
  const std::string row = "GD-9,2026-11-02 09:00,楼道堆满纸箱,,楼道杂物,,,,办理中,,,\n";
  auto report = Import(std::string(kHeader) + row + row);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->added, 1u);
  ASSERT_EQ(report->problems.size(), 1u);
  EXPECT_EQ(report->problems[0].row, 3u);
  EXPECT_EQ(report->problems[0].field, "id");
  EXPECT_EQ(Count("cases"), 1);
}

SANWANG_INSTANTIATE_BACKENDS(CaseImporterTest);

}  // namespace
}  // namespace sanwang::case_import
