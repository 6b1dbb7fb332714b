// Publishing the information ranking as a numbered, frozen notice, on SQLite and
// PostgreSQL: numbers in turn, refusals that write nothing, the row refused any change,
// and the PDF and workbook read back with Poppler and unzip.
#include "governance/information_publishing.h"

#include <algorithm>

#include "core/sha256.h"
#include "governance/information_test_fixture.h"
#include "report/report_test_support.h"
#include "store/org_repository.h"

namespace sanwang::governance {
namespace {

using report::testing::RunCommand;
using report::testing::ScratchDir;

class InformationPublishingTest : public InformationTest {
 protected:
  void SetUp() override {
    InformationTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    RenameUnit("D", "魏都区");
    RenameUnit("C", "东湖社区");
    RenameUnit("C2", "西湖社区");
    org_ = std::make_unique<org::OrgDirectory>(Directory());
    // November: 东湖社区 one item adopted by the city, one waiting; 西湖社区 one by the district.
    clock_.Set(*ParseIso8601("2026-11-10T10:00:00+08:00"));
    ASSERT_TRUE(Adopt(Submit("community", "东湖社区开展志愿服务").id, "city").ok());
    Submit("community", "东湖社区召开议事会", "议事会讨论了加装电梯事宜，形成三项决议。");
    ASSERT_TRUE(
        Adopt(Submit("community2", "西湖社区走访独居老人", "走访独居老人二十户。").id, "district").ok());
    clock_.Set(*ParseIso8601("2026-12-02T09:00:00+08:00"));
  }

  store::InformationReportRecord Publish(const std::string& period, NoticeText text = {}) {
    auto published = PublishInformation(As("editor"), period, "community", text);
    EXPECT_TRUE(published.ok()) << published.status().ToString();
    return published.ok() ? *published : store::InformationReportRecord{};
  }

  std::int64_t Reports() { return db().Query("SELECT COUNT(*) FROM info_reports")->at(0).Int(0); }
};

TEST_P(InformationPublishingTest, NoticesAreNumberedInTurnAndEachPeriodGoesOutOnce) {
  const auto november = Publish("2026-11");
  EXPECT_EQ(november.number, "魏都区信息工作通报〔2026〕第 1 期");
  EXPECT_EQ(november.title, "关于2026年11月社区信息工作情况的通报");
  EXPECT_EQ(november.published_at, clock_.Now());
  const auto october = Publish("2026-10");
  EXPECT_EQ(october.sequence, 2);
  auto again = PublishInformation(As("editor"), "2026-11", "community", {});
  EXPECT_EQ(again.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(again.status().field(), "period");
  // Sub-districts of the same month are a notice of their own.
  auto streets = PublishInformation(As("editor"), "2026-11", "street", {});
  ASSERT_TRUE(streets.ok()) << streets.status().ToString();
  EXPECT_EQ(streets->sequence, 3);
  auto listed = InformationReports(As("leader"));
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_TRUE(listed->front().pdf.empty());  // listed without the bytes
}

TEST_P(InformationPublishingTest, RefusalsWriteNothing) {
  EXPECT_EQ(PublishInformation(As("community"), "2026-11", "community", {}).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(PublishInformation(As("leader"), "2026-11", "community", {}).status().code(),
            ErrorCode::kPermissionDenied);
  auto running = PublishInformation(As("editor"), "2026-12", "community", {});  // December has not ended
  EXPECT_EQ(running.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(running.status().field(), "period");
  EXPECT_EQ(PublishInformation(As("editor"), "2026-13", "community", {}).status().field(), "period");
  EXPECT_EQ(PublishInformation(As("editor"), "2026-11", "grid", {}).status().field(), "level");
  EXPECT_EQ(PublishInformation(As("editor"), "2026-11", "community", {"\x01", ""}).status().field(),
            "opening");
  EXPECT_EQ(Reports(), 0);
}

TEST_P(InformationPublishingTest, APublishedNoticeIsFrozen) {
  const auto published = Publish("2026-11");
  EXPECT_EQ(published.pdf_sha256, Sha256Hex(published.pdf));
  EXPECT_FALSE(db().Execute("UPDATE info_reports SET title = 'x'").ok());
  // Later adoptions change the ranking, not the notice.
  clock_.Advance(86400);
  ASSERT_TRUE(Adopt(Submit("community2", "西湖社区新信息", "另一条。").id, "province").ok());
  auto read = InformationReportOf(As("community"), published.id);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(Sha256Hex(read->pdf), published.pdf_sha256);
  EXPECT_EQ(Sha256Hex(read->xlsx), published.xlsx_sha256);
}

TEST_P(InformationPublishingTest, ThePdfAndWorkbookReadTheRankingAndTheEditorsText) {
  const auto published = Publish("2026-11", {"各社区要进一步提高信息质量。", "请于每月5日前报送上月信息。"});
  ASSERT_EQ(published.pdf.substr(0, 5), "%PDF-");
  const ScratchDir dir;
  auto text = RunCommand("pdftotext -enc UTF-8 '" + dir.Write("notice.pdf", published.pdf).string() + "' -");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  text->erase(std::remove_if(text->begin(), text->end(), [](char c) { return c == ' ' || c == '\n'; }),
              text->end());
  for (const std::string expected :
       {"关于2026年11月社区信息工作情况的通报", "魏都区信息工作通报〔2026〕第1期", "东湖社区", "西湖社区",
        "各社区要进一步提高信息质量。", "请于每月5日前报送上月信息。", "魏都区信息工作办公室", "50.00%",
        "市级采用"}) {
    EXPECT_NE(text->find(expected), std::string::npos) << expected << " in\n" << *text;
  }
  ASSERT_EQ(published.xlsx.substr(0, 2), "PK");
  const std::string workbook = dir.Write("notice.xlsx", published.xlsx).string();
  auto book = RunCommand("unzip -p '" + workbook + "' xl/workbook.xml");
  ASSERT_TRUE(book.ok());
  EXPECT_NE(book->find("name=\"排名情况\""), std::string::npos) << *book;
  auto strings = RunCommand("unzip -p '" + workbook + "' xl/sharedStrings.xml");
  ASSERT_TRUE(strings.ok());
  for (const char* expected : {"东湖社区", "西湖社区", "魏都区信息工作通报〔2026〕第 1 期"}) {
    EXPECT_NE(strings->find(expected), std::string::npos) << expected;
  }
}

SANWANG_INSTANTIATE_BACKENDS(InformationPublishingTest);

}  // namespace
}  // namespace sanwang::governance
