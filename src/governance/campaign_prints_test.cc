#include "governance/campaign_prints.h"

#include "governance/campaign_test_fixture.h"
#include "report/report_test_support.h"

namespace sanwang::governance {
namespace {

using report::testing::RunCommand;
using report::testing::ScratchDir;

std::string PdfText(const std::string& pdf, const std::string& options = "") {
  ScratchDir dir;
  const auto file = dir.Write("print.pdf", pdf);
  auto text = RunCommand("pdftotext -layout -enc UTF-8 " + options + " '" + file.string() + "' -");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : "";
}

int PdfPages(const std::string& pdf) {
  ScratchDir dir;
  return report::testing::PdfInfoPages(dir.Write("print.pdf", pdf));
}

TEST_P(CampaignReviewTest, NothingPrintsBeforeTheResultsArePublished) {
  CloseAndAssign();
  EXPECT_EQ(CertificatePdf(As("resident_c"), entries_["resident_c"]).status().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(AnthologyPdf(As("resident_c"), campaign_).status().code(), ErrorCode::kFailedPrecondition);
}

TEST_P(CampaignReviewTest, AWinnersCertificateNamesThemTheAwardAndTheCampaign) {
  PublishAllAlike(80);
  auto pdf = CertificatePdf(As("resident_c"), entries_["resident_c"]);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  const std::string text = PdfText(*pdf);
  for (const char* words : {"荣誉证书", "王小明 同志", "社区协商议事记", "“我与政协”征文活动", "一等奖",
                            "区政协办公室", "2026年9月1日"}) {
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
  }
  // Another's certificate is not the caller's to print; the organizers print them all.
  EXPECT_EQ(CertificatePdf(As("resident_c2"), entries_["resident_c"]).status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(CertificatePdf(As("organizer"), entries_["resident_c"]).ok());
  auto all = AllCertificatesPdf(As("organizer"), campaign_);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(PdfPages(*all), 3);
  EXPECT_EQ(AllCertificatesPdf(As("resident_c"), campaign_).status().code(), ErrorCode::kPermissionDenied);
}

TEST_P(CampaignReviewTest, TheAnthologyHoldsEveryWinningWorkWithItsContents) {
  PublishAllAlike(80);
  auto pdf = AnthologyPdf(As("leader"), campaign_);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  const std::string contents = PdfText(*pdf, "-f 2 -l 2");
  for (const char* title : {"社区协商议事记", "委员走进社区", "网格里的提案"}) {
    EXPECT_NE(contents.find(title), std::string::npos) << title << "\n" << contents;
  }
  EXPECT_NE(PdfText(*pdf).find("王小明写的政协故事。"), std::string::npos);
  EXPECT_EQ(PdfPages(*pdf), 6);  // cover, contents, foreword, three works
}

}  // namespace
}  // namespace sanwang::governance
