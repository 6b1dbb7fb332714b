#include "report/pdf_certificate.h"

#include <gtest/gtest.h>

#include "report/report_test_support.h"

namespace sanwang::report {
namespace {

using testing::RunCommand;
using testing::ScratchDir;

std::vector<Certificate> Sample() {
  std::vector<Certificate> out;
  const std::pair<const char*, const char*> winners[] = {
      {"王小明", "一等奖"}, {"李晓红", "二等奖"}, {"赵网格", "优秀奖"}};
  int n = 0;
  for (const auto& [name, award] : winners) {
    out.push_back({"荣誉证书", std::string(name) + " 同志：",
                   "你的作品《我与政协的故事》在“我与政协”征文活动中荣获", award, "区政协办公室",
                   LocalDate{std::chrono::year{2026}, std::chrono::October, std::chrono::day{16}},
                   "征文〔2026〕第 00" + std::to_string(++n) + " 号"});
  }
  return out;
}

TEST(RenderCertificatesPdfTest, APagePerCertificateInLandscapeWithItsWords) {
  auto pdf = RenderCertificatesPdf(Sample());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ScratchDir dir;
  const std::string file = dir.Write("certificates.pdf", *pdf).string();
  auto info = RunCommand("pdfinfo '" + file + "'");
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(testing::PdfInfoPages(file), 3);
  EXPECT_NE(info->find("841.89 x 595.28"), std::string::npos) << *info;  // A4 landscape
  auto second = RunCommand("pdftotext -layout -enc UTF-8 -f 2 -l 2 '" + file + "' -");
  ASSERT_TRUE(second.ok());
  for (const char* words :
       {"荣誉证书", "李晓红 同志", "我与政协", "二等奖", "区政协办公室", "2026年10月16日", "第 002 号"}) {
    EXPECT_NE(second->find(words), std::string::npos) << words << "\n" << *second;
  }
  EXPECT_EQ(second->find("王小明"), std::string::npos);
  auto page = testing::DrawFirstPage(file, dir);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_GT(page->width, page->height);
  EXPECT_GT(page->DarkShare(), 0.01);  // the frame and the large type carry ink
  EXPECT_LT(page->DarkShare(), 0.4);
}

TEST(RenderCertificatesPdfTest, NoneOrBadTextIsRefused) {
  EXPECT_EQ(RenderCertificatesPdf({}).status().code(), ErrorCode::kInvalidArgument);
  auto bad = Sample();
  bad[2].recipient = "\xC3\x28";
  EXPECT_EQ(RenderCertificatesPdf(bad).status().field(), "certificates[2]");
}

}  // namespace
}  // namespace sanwang::report
