#include "report/pdf_renderer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <sstream>
#include <thread>
#include <vector>

#include "report/pdf_blocks.h"
#include "report/report_test_support.h"

namespace sanwang::report {
namespace {

using testing::CommunityName;
using testing::RunCommand;
using testing::SampleNotice;
using testing::ScratchDir;

constexpr int kRows = 120;

// The rendered sample, written to a scratch folder for Poppler's tools.
class RenderedNotice : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pdf = RenderPdf(SampleNotice(kRows));
    ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
    bytes_ = std::move(pdf).value();
    file_ = dir_.Write("notice.pdf", bytes_).string();
  }

  std::string Text(int page = 0) const {
    const std::string pages = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    auto text = RunCommand("pdftotext -layout -enc UTF-8" + pages + " '" + file_ + "' -");
    EXPECT_TRUE(text.ok()) << text.status().ToString();
    return text.ok() ? *text : "";
  }

  int PdfInfoPages() const { return testing::PdfInfoPages(file_); }

  ScratchDir dir_;
  std::string bytes_;
  std::string file_;
};

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string ChineseFooter(int page, int pages) {
  return "第 " + std::to_string(page) + " 页 共 " + std::to_string(pages) + " 页";
}

std::string EnglishFooter(int page, int pages) {
  return "Page " + std::to_string(page) + " of " + std::to_string(pages);
}

TEST_F(RenderedNotice, IsAPdfWithTheTitleAndTheTableFromStartToEnd) {
  EXPECT_EQ(bytes_.substr(0, 5), "%PDF-");
  const std::string text = Text();
  EXPECT_TRUE(Contains(text, "关于2026年第三季度基层治理考核情况的通报")) << text.substr(0, 2000);
  EXPECT_TRUE(Contains(text, "卫都区〔2026〕第 3 期"));
  EXPECT_TRUE(Contains(text, "卫都区委督查室"));
  EXPECT_TRUE(Contains(text, "2026年12月5日"));
  EXPECT_TRUE(Contains(text, CommunityName(1)));
  EXPECT_TRUE(Contains(text, CommunityName(kRows)));
  EXPECT_TRUE(Contains(text, "请各街道于12月20日前报送整改情况"));
}

TEST_F(RenderedNotice, FootersCountThePagesAsPdfinfoDoes) {
  const int pages = PdfInfoPages();
  ASSERT_GT(pages, 1);
  for (int page = 1; page <= pages; ++page) {
    const std::string text = Text(page);
    EXPECT_TRUE(Contains(text, ChineseFooter(page, pages))) << "page " << page << ":\n" << text;
    EXPECT_TRUE(Contains(text, EnglishFooter(page, pages))) << "page " << page;
  }
}

TEST_F(RenderedNotice, EveryPageTheTableRunsOntoRepeatsItsHeader) {
  const int pages = PdfInfoPages();
  int pages_with_rows = 0;
  for (int page = 1; page <= pages; ++page) {
    const std::string text = Text(page);
    bool has_rows = false;
    for (int n = 1; n <= kRows && !has_rows; ++n) has_rows = Contains(text, CommunityName(n));
    if (!has_rows) continue;
    ++pages_with_rows;
    EXPECT_TRUE(Contains(text, "综合得分") && Contains(text, "按时办结率")) << "page " << page << ":\n"
                                                                            << text;
  }
  EXPECT_GE(pages_with_rows, 2);
  // The first row is on page 1, and page 2 carries on with rows of its own.
  EXPECT_TRUE(Contains(Text(1), CommunityName(1)));
  EXPECT_TRUE(Contains(Text(2), "综合得分"));
  EXPECT_FALSE(Contains(Text(2), CommunityName(1)));
}

TEST_F(RenderedNotice, TheChartShowsEachLabelAndValue) {
  const std::string text = Text();
  for (const char* label : {"城东片区", "城西片区", "滨江新城片区", "北山生态片区", "各片区平均得分"}) {
    EXPECT_TRUE(Contains(text, label)) << label;
  }
  for (const char* value : {"92.5分", "88分", "79.25分", "0分"}) EXPECT_TRUE(Contains(text, value)) << value;
}

// Counts the dark pixels of page 1 drawn at 40 dpi in grey (a binary PGM).
TEST_F(RenderedNotice, TheFirstPageIsNotBlank) {
  auto page = DrawFirstPage(file_, dir_);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  // A4 at 40 dpi.
  EXPECT_NEAR(page->width, 331, 2);
  EXPECT_NEAR(page->height, 468, 2);
  EXPECT_GT(page->DarkShare(), 0.01);
  EXPECT_LT(page->DarkShare(), 0.5);
}

TEST(RenderPdfTest, AnEmptyDocumentIsOnePage) {
  auto pdf = RenderPdf(ReportDocument{});
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ScratchDir dir;
  const auto file = dir.Write("empty.pdf", *pdf).string();
  auto text = RunCommand("pdftotext -layout -enc UTF-8 '" + file + "' -");
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(Contains(*text, "第 1 页 共 1 页 Page 1 of 1")) << *text;
}

TEST(RenderPdfTest, ATableWithoutRowsSaysSo) {
  ReportDocument document{.title = "空表"};
  document.blocks.emplace_back(Table{.title = "本期无数据的表", .columns = {"社区", "得分"}});
  auto pdf = RenderPdf(document);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ScratchDir dir;
  auto text = RunCommand("pdftotext -layout -enc UTF-8 '" + dir.Write("t.pdf", *pdf).string() + "' -");
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(Contains(*text, "本期无数据的表"));
  EXPECT_TRUE(Contains(*text, "得分"));
  EXPECT_TRUE(Contains(*text, "无数据 No rows"));
}

TEST(RenderPdfTest, AParagraphLongerThanAPageCarriesOnOverThePageBreak) {
  std::string text;
  for (int i = 1; i <= 150; ++i)
    text += "第" + std::to_string(i) + "句：各社区要加强网格巡查，及时发现和处置问题。";
  ReportDocument document{.title = "长段落"};
  document.blocks.emplace_back(Paragraph{text});
  auto pdf = RenderPdf(document);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ScratchDir dir;
  const std::string file = dir.Write("long.pdf", *pdf).string();
  auto second_page = RunCommand("pdftotext -layout -enc UTF-8 -f 2 -l 2 '" + file + "' -");
  ASSERT_TRUE(second_page.ok());
  EXPECT_TRUE(Contains(*second_page, "第 2 页 共 ")) << *second_page;
  EXPECT_TRUE(Contains(*second_page, "各社区要加强网格巡查")) << *second_page;
  auto all = RunCommand("pdftotext -enc UTF-8 '" + file + "' -");
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(Contains(*all, "第150句")) << *all;
}

TEST(RenderPdfTest, ACellTooLongForAPageIsCutAtHalfAPageWithAnEllipsis) {
  std::string text;
  for (int i = 1; i <= 400; ++i) text += "第" + std::to_string(i) + "条意见";
  ReportDocument document;
  document.blocks.emplace_back(Table{.columns = {"序号", "意见"}, .rows = {{"1", text}, {"2", "最后一行"}}});
  auto pdf = RenderPdf(document);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ScratchDir dir;
  auto all = RunCommand("pdftotext -enc UTF-8 '" + dir.Write("cell.pdf", *pdf).string() + "' -");
  ASSERT_TRUE(all.ok());
  // Written out the cell would need two pages; cut at half a page, it leaves the next
  // row room on the first. (The text behind the ellipsis stays in the PDF for search, so
  // pdftotext still finds it.)
  EXPECT_TRUE(Contains(*all, "最后一行"));
  EXPECT_TRUE(Contains(*all, "第 1 页 共 1 页"));
}

TEST(RenderPdfTest, ABarChartWithANegativeOrNanValueIsRefusedByName) {
  for (double bad : {-1.0, std::nan("")}) {
    ReportDocument document;
    document.blocks.emplace_back(Paragraph{"说明"});
    document.blocks.emplace_back(BarChart{.labels = {"城东", "城西"}, .values = {3, bad}});
    auto pdf = RenderPdf(document);
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(pdf.status().field(), "blocks[1].values[1]");
    EXPECT_TRUE(Contains(pdf.status().message(), "城西"));
    EXPECT_TRUE(Contains(pdf.status().message(), "应为非负数"));
    EXPECT_TRUE(Contains(pdf.status().message(), "must be a number not below 0"));
  }
}

TEST(RenderPdfTest, RendersTheSameDocumentOnSeveralThreadsAtOnce) {
  const ReportDocument notice = SampleNotice(30);
  auto alone = RenderPdf(notice);
  ASSERT_TRUE(alone.ok());
  std::vector<Result<std::string>> results(4, Internal("not run"));
  std::vector<std::thread> threads;
  threads.reserve(results.size());
  for (auto& result : results) threads.emplace_back([&result, &notice] { result = RenderPdf(notice); });
  for (auto& thread : threads) thread.join();
  for (const auto& result : results) {
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    // Only the creation time may differ, so each is about as long as the one drawn alone.
    EXPECT_NEAR(static_cast<double>(result->size()), static_cast<double>(alone->size()), 64);
  }
}

TEST(FitColumnWidthsTest, FillsTheWidthAndGivesSpareRoomToContentColumns) {
  const Table table{.columns = {"a", "b", "c"}, .width_hints = {0, 4, 0}};
  const auto widths = FitColumnWidths(table, {20, 99, 60}, 10, 4, 400);
  EXPECT_NEAR(std::accumulate(widths.begin(), widths.end(), 0.0), 400, 1e-9);
  EXPECT_DOUBLE_EQ(widths[1], 48);  // four characters of 10 pt and 4 pt of padding each side
  EXPECT_NEAR(widths[2] / widths[0], 3, 1e-9);
}

TEST(FitColumnWidthsTest, WhenTooWideNarrowColumnsKeepTheirWidth) {
  const Table table{.columns = {"a", "b", "c"}};
  const auto widths = FitColumnWidths(table, {30, 500, 300}, 10, 4, 330);
  EXPECT_NEAR(std::accumulate(widths.begin(), widths.end(), 0.0), 330, 1e-9);
  EXPECT_DOUBLE_EQ(widths[0], 30);
  EXPECT_DOUBLE_EQ(widths[1], 150);
  EXPECT_DOUBLE_EQ(widths[2], 150);
}

}  // namespace
}  // namespace sanwang::report
