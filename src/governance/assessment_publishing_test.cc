// Publishing assessment results on SQLite and PostgreSQL, on the small district of the
// ledger tests renamed as the district names its units (魏都区, 东湖社区, 西湖社区): a
// quarterly scheme of one hand-entered indicator, so each community's total is the value
// entered for it. Numbers follow each other in the district and year; a period is
// published once; what was published stays byte for byte whatever changes after; the PDF
// reads the title, the number and every community and is not blank; the workbook holds
// the ranking.
#include "governance/assessment_publishing.h"

#include <regex>

#include "core/sha256.h"
#include "governance/assessment_notice.h"
#include "governance/assessment_test_scheme.h"
#include "governance/ledger_test_fixture.h"
#include "report/report_test_support.h"
#include "store/org_repository.h"

namespace sanwang::governance {
namespace {

using report::testing::RunCommand;
using report::testing::ScratchDir;

constexpr const char* kScheme = "社区季度目标考评";
constexpr const char* kFirstOfTheYear = "魏都区目标考评通报〔2026〕第 1 期";

AssessmentScheme OneIndicatorScheme() {
  AssessmentScheme s;
  s.name = kScheme;
  s.period = PeriodKind::kQuarter;
  s.unit_kind = "community";
  s.indicators = {
      {"M1", "重点工作实绩", IndicatorSource::kManual, Pts(100), LinearRule{Val(0), Val(100)}},
      {"B1", "表彰加分", IndicatorSource::kManual, 0, BonusRule{Pts(1), Pts(3)}},
  };
  return s;
}

class AssessmentPublishingTest : public LedgerTest {
 protected:
  void SetUp() override {
    LedgerTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    RenameUnit("D", "魏都区");
    RenameUnit("C", "东湖社区");
    RenameUnit("C2", "西湖社区");
    org_ = std::make_unique<org::OrgDirectory>(Directory());
    auto saved = SaveScheme(Book("supervisor"), OneIndicatorScheme());
    ASSERT_TRUE(saved.ok()) << saved.status().ToString();
    scheme_id_ = saved->record.scheme_id;
  }

  AssessmentBook Book(const std::string& account) { return {db(), *org_, actors_.at(account), clock_}; }

  // The value of M1 for each community, entered by the supervisor and confirmed by the
  // admin, and the period computed.
  void Computed(const std::string& period, double east_lake, double west_lake) {
    for (auto [unit, value] : {std::pair{"C", east_lake}, std::pair{"C2", west_lake}}) {
      auto entered =
          EnterValue(Book("supervisor"), {kScheme, period, unit, "M1", Val(value), "区考评组评定"});
      ASSERT_TRUE(entered.ok()) << entered.status().ToString();
      ASSERT_TRUE(ConfirmValue(Book("admin"), entered->id).ok());
    }
    auto computed = ComputeAssessment(Book("supervisor"), kScheme, period);
    ASSERT_TRUE(computed.ok()) << computed.status().ToString();
  }

  store::AssessmentReportRecord Publish(const std::string& period, const NoticeText& text = {}) {
    auto published = PublishAssessment(Book("supervisor"), kScheme, period, text);
    EXPECT_TRUE(published.ok()) << published.status().ToString();
    return published.ok() ? *published : store::AssessmentReportRecord{};
  }

  std::vector<store::AssessmentReportRecord> Listed() {
    auto listed = ListReports(db(), org::kTestDistrict);
    EXPECT_TRUE(listed.ok()) << listed.status().ToString();
    return listed.ok() ? *listed : std::vector<store::AssessmentReportRecord>{};
  }

  store::AssessmentReportRecord Read(store::Id id) {
    auto report = ReportOf(db(), org::kTestDistrict, id);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return report.ok() ? *report : store::AssessmentReportRecord{};
  }

  store::Id scheme_id_ = 0;
};

TEST_P(AssessmentPublishingTest, ReportsAreNumberedInTurnInTheDistrictAndYear) {
  Computed("2026-Q3", 60, 60);
  Computed("2026-Q4", 80, 90);
  const auto q3 = Publish("2026-Q3");
  EXPECT_EQ(q3.number, kFirstOfTheYear);
  EXPECT_EQ(q3.sequence, 1);
  EXPECT_EQ(q3.title, "关于2026年第三季度社区目标考评结果的通报");
  EXPECT_EQ(q3.published_by, actors_.at("supervisor").user_id);
  clock_.Advance(3600);
  const auto q4 = Publish("2026-Q4");
  EXPECT_EQ(q4.number, "魏都区目标考评通报〔2026〕第 2 期");
  EXPECT_EQ(q4.period, "2026-Q4");
  auto result = store::AssessmentRepository(db()).FindResult(scheme_id_, "2026-Q4");
  ASSERT_TRUE(result.ok() && *result);
  EXPECT_EQ((*result)->number, q4.number);
  EXPECT_EQ((*result)->published_at, clock_.Now());
  const auto listed = Listed();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].number, q4.number);  // newest first
  EXPECT_EQ(listed[1].title, q3.title);
  EXPECT_TRUE(listed[0].pdf.empty());  // the list carries no bytes
  EXPECT_EQ(listed[0].pdf_sha256, Sha256Hex(Read(q4.id).pdf));
}

TEST_P(AssessmentPublishingTest, ANewYearStartsAtNumberOne) {
  Computed("2026-Q3", 60, 70);
  Computed("2026-Q4", 80, 90);
  EXPECT_EQ(Publish("2026-Q3").number, kFirstOfTheYear);
  clock_.Set(*ParseIso8601("2027-01-05T09:00:00+08:00"));
  EXPECT_EQ(Publish("2026-Q4").number, "魏都区目标考评通报〔2027〕第 1 期");
}

TEST_P(AssessmentPublishingTest, PublishingIsRefusedWithoutAResultTwiceOrByOthersAndWritesNothing) {
  auto uncomputed = PublishAssessment(Book("supervisor"), kScheme, "2026-Q4", {});
  EXPECT_EQ(uncomputed.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(uncomputed.status().field(), "period");
  EXPECT_TRUE(ChineseThenEnglish(uncomputed.status().message())) << uncomputed.status().message();
  EXPECT_TRUE(Listed().empty());
  Computed("2026-Q4", 80, 90);
  for (const char* who : {"community", "street", "leader", "grid1"}) {
    auto refused = PublishAssessment(Book(who), kScheme, "2026-Q4", {});
    EXPECT_EQ(refused.status().code(), ErrorCode::kPermissionDenied) << who;
  }
  auto system = PublishAssessment({db(), *org_, cases::Actor::System(), clock_}, kScheme, "2026-Q4", {});
  EXPECT_EQ(system.status().code(), ErrorCode::kPermissionDenied);
  auto wrong_kind = PublishAssessment(Book("supervisor"), kScheme, "2026-11", {});
  EXPECT_EQ(wrong_kind.status().field(), "period");
  auto too_long = PublishAssessment(Book("supervisor"), kScheme, "2026-Q4", {std::string(9000, 'x'), ""});
  EXPECT_EQ(too_long.status().field(), "opening");
  EXPECT_TRUE(Listed().empty());
  EXPECT_FALSE(store::AssessmentRepository(db()).FindResult(scheme_id_, "2026-Q4")->value().published_at);

  const auto first = Publish("2026-Q4");
  auto again = PublishAssessment(Book("admin"), kScheme, "2026-Q4", {"另一段正文", ""});
  EXPECT_EQ(again.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(again.status().field(), "period");
  EXPECT_NE(again.status().message().find(kFirstOfTheYear), std::string::npos) << again.status().message();
  EXPECT_TRUE(ChineseThenEnglish(again.status().message())) << again.status().message();
  const auto listed = Listed();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].opening, first.opening);
  EXPECT_EQ(Read(first.id).pdf, first.pdf);
}

TEST_P(AssessmentPublishingTest, APublishedReportIsFrozen) {
  Computed("2026-Q4", 80, 90);
  const auto published = Publish("2026-Q4");
  const std::string pdf_digest = Sha256Hex(published.pdf);
  const std::string xlsx_digest = Sha256Hex(published.xlsx);
  EXPECT_EQ(published.pdf_sha256, pdf_digest);
  EXPECT_EQ(published.xlsx_sha256, xlsx_digest);
  // The scheme changes, a community is renamed and the clock moves on.
  AssessmentScheme changed = OneIndicatorScheme();
  changed.indicators[0].name = "重点工作完成情况";
  clock_.Advance(86400);
  auto second = SaveScheme(Book("admin"), changed);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->record.version, 2);
  RenameUnit("C", "东湖新区社区");
  org_ = std::make_unique<org::OrgDirectory>(Directory());
  // The result cannot be recomputed and the report's row cannot be changed.
  EXPECT_EQ(ComputeAssessment(Book("supervisor"), kScheme, "2026-Q4").status().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_FALSE(db().Execute("UPDATE gov_assessment_reports SET title = 'x'").ok());
  EXPECT_FALSE(db().Execute("UPDATE gov_assessment_reports SET pdf = xlsx").ok());
  const auto read = Read(published.id);
  EXPECT_EQ(Sha256Hex(read.pdf), pdf_digest);
  EXPECT_EQ(Sha256Hex(read.xlsx), xlsx_digest);
  EXPECT_EQ(read.pdf_sha256, pdf_digest);
  EXPECT_EQ(read.title, published.title);
  // Another district sees nothing of it.
  EXPECT_EQ(ReportOf(db(), "999999", published.id).status().code(), ErrorCode::kNotFound);
}

TEST_P(AssessmentPublishingTest, ThePdfReadsTheTitleNumberEveryCommunityAndTheOfficesText) {
  Computed("2026-Q3", 60, 60);
  const auto published =
      Publish("2026-Q3", {"各社区认真落实考评办法。", "请各社区于1月15日前报送整改情况。"});
  ASSERT_EQ(published.pdf.substr(0, 5), "%PDF-");
  const ScratchDir dir;
  const std::string file = dir.Write("notice.pdf", published.pdf).string();
  auto text = RunCommand("pdftotext -enc UTF-8 '" + file + "' -");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  text->erase(std::remove_if(text->begin(), text->end(), [](char c) { return c == ' ' || c == '\n'; }),
              text->end());
  for (const std::string expected :
       {"关于2026年第三季度社区目标考评结果的通报", "魏都区目标考评通报〔2026〕第1期", "东湖社区", "西湖社区",
        "各社区认真落实考评办法。", "请各社区于1月15日前报送整改情况。", "60.00",
        "1=", "魏都区目标考评办公室"}) {
    EXPECT_NE(text->find(expected), std::string::npos) << expected << " in\n" << *text;
  }
}

// Counts the dark pixels of page 1 drawn at 40 dpi in grey (a binary PGM).
TEST_P(AssessmentPublishingTest, ThePdfsFirstPageIsNotBlank) {
  Computed("2026-Q4", 80, 90);
  const auto published = Publish("2026-Q4");
  const ScratchDir dir;
  const std::string file = dir.Write("notice.pdf", published.pdf).string();
  auto page = DrawFirstPage(file, dir);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_GT(page->DarkShare(), 0.01);
}

TEST_P(AssessmentPublishingTest, TheWorkbookHoldsTheRanking) {
  Computed("2026-Q4", 80, 90.5);
  const auto published = Publish("2026-Q4");
  ASSERT_EQ(published.xlsx.substr(0, 2), "PK");
  const ScratchDir dir;
  const std::string file = dir.Write("notice.xlsx", published.xlsx).string();
  auto workbook = RunCommand("unzip -p '" + file + "' xl/workbook.xml");
  ASSERT_TRUE(workbook.ok());
  EXPECT_NE(workbook->find("name=\"考评排名\""), std::string::npos) << *workbook;
  auto strings = RunCommand("unzip -p '" + file + "' xl/sharedStrings.xml");
  ASSERT_TRUE(strings.ok());
  // No period was computed before, so each community is a new entry.
  for (const char* expected : {"东湖社区", "西湖社区", "新上榜 new entry", kFirstOfTheYear}) {
    EXPECT_NE(strings->find(expected), std::string::npos) << expected;
  }
  // The ranking's sheet (the second) lists 西湖社区 first with 90.5 as a number.
  auto sheet = RunCommand("unzip -p '" + file + "' xl/worksheets/sheet2.xml");
  ASSERT_TRUE(sheet.ok());
  std::smatch match;
  ASSERT_TRUE(std::regex_search(*sheet, match, std::regex("<v>(90\\.5[0-9]*)</v>"))) << *sheet;
  EXPECT_LT(sheet->find("<v>90.5"), sheet->find("<v>80"));
}

SANWANG_INSTANTIATE_BACKENDS(AssessmentPublishingTest);

TEST(AssessmentNoticeTest, PeriodsTitlesAndNumbersReadAsTheDistrictWritesThem) {
  EXPECT_EQ(PeriodInChinese(*ParsePeriod("2026-Q1")), "2026年第一季度");
  EXPECT_EQ(PeriodInChinese(*ParsePeriod("2026-11")), "2026年11月");
  EXPECT_EQ(PeriodInChinese(*ParsePeriod("2026")), "2026年度");
  EXPECT_EQ(NoticeTitle(*ParsePeriod("2026-Q4"), "street"), "关于2026年第四季度街道目标考评结果的通报");
  EXPECT_EQ(NoticeNumber("魏都区", 2026, 3), "魏都区目标考评通报〔2026〕第 3 期");
}

TEST(AssessmentNoticeTest, TheOfficesTextSplitsAtTheFirstBlankLine) {
  const NoticeText text = SplitNoticeText("\n第一段。\n第二段。\n\n  \n要求一。\n\n要求二。\n");
  EXPECT_EQ(text.opening, "第一段。\n第二段。");
  EXPECT_EQ(text.closing, "要求一。\n要求二。");
  EXPECT_EQ(SplitNoticeText("只有一段。").closing, "");
}

}  // namespace
}  // namespace sanwang::governance
