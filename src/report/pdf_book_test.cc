#include "report/pdf_book.h"

#include <gtest/gtest.h>

#include <regex>

#include "report/report_test_support.h"

namespace sanwang::report {
namespace {

using testing::RunCommand;
using testing::ScratchDir;

// Twelve chapters; every third runs over several pages, so the contents must count them.
Book SampleBook() {
  Book book{"“我与政协”征文获奖作品集",
            "区政协办公室 编",
            "区政协办公室",
            LocalDate{std::chrono::year{2026}, std::chrono::October, std::chrono::day{16}},
            "本作品集收录“我与政协”主题征文活动的获奖作品。",
            {}};
  for (int i = 1; i <= 12; ++i) {
    std::string text;
    const int paragraphs = i % 3 == 0 ? 60 : 4;
    for (int p = 0; p < paragraphs; ++p)
      text += "那年春天，社区召开协商议事会，委员和居民代表围坐在一起，讨论加装电梯的事。\n";
    book.chapters.push_back(
        {"第" + std::to_string(i) + "篇作品标题", "作者" + std::to_string(i) + " · 一等奖", text});
  }
  return book;
}

class RenderedBook : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pdf = RenderBookPdf(SampleBook());
    ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
    file_ = dir_.Write("book.pdf", *pdf).string();
  }
  std::string Text(int page) const {
    auto text = RunCommand("pdftotext -layout -enc UTF-8 -f " + std::to_string(page) + " -l " +
                           std::to_string(page) + " '" + file_ + "' -");
    EXPECT_TRUE(text.ok()) << text.status().ToString();
    return text.ok() ? *text : "";
  }
  ScratchDir dir_;
  std::string file_;
};

TEST_F(RenderedBook, TheCoverCarriesTheTitleIssuerAndDate) {
  const std::string cover = Text(1);
  EXPECT_NE(cover.find("征文获奖作品集"), std::string::npos) << cover;
  EXPECT_NE(cover.find("区政协办公室"), std::string::npos);
  EXPECT_NE(cover.find("2026年10月16日"), std::string::npos);
}

TEST_F(RenderedBook, EveryChapterStartsOnThePageTheContentsGive) {
  const std::string contents = Text(2);
  int previous = 0;
  for (int i = 1; i <= 12; ++i) {
    const std::string title = "第" + std::to_string(i) + "篇作品标题";
    std::smatch match;
    ASSERT_TRUE(std::regex_search(contents, match, std::regex(title + "[^\\n]*?(\\d+)\\s*\\n")))
        << title << "\n"
        << contents;
    const int page = std::stoi(match[1]);
    EXPECT_GT(page, previous) << title;
    previous = page;
    const std::string start = Text(page);
    EXPECT_NE(start.find(title), std::string::npos) << title << " is not on page " << page;
    EXPECT_NE(start.find("作者" + std::to_string(i)), std::string::npos);
  }
  // The long chapters run over more than one page: the last starts well after the 14th page.
  EXPECT_GT(previous, 14);
}

TEST_F(RenderedBook, TheCoverIsNotBlank) {
  auto page = testing::DrawFirstPage(file_, dir_);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_GT(page->DarkShare(), 0.002);
  EXPECT_LT(page->DarkShare(), 0.3);
}

TEST(RenderBookPdfTest, TextThatIsNotUtf8IsRefusedByName) {
  Book book = SampleBook();
  book.chapters[1].text = "\xFF";
  auto refused = RenderBookPdf(book);
  EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(refused.status().field(), "chapters[1]");
}

}  // namespace
}  // namespace sanwang::report
