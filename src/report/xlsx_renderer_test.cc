#include "report/xlsx_renderer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "report/report_test_support.h"

namespace sanwang::report {
namespace {

using testing::CommunityName;
using testing::RunCommand;
using testing::SampleNotice;
using testing::ScratchDir;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A workbook's parts, read with unzip from a scratch copy.
class Workbook {
 public:
  explicit Workbook(const std::string& bytes) : file_(dir_.Write("book.xlsx", bytes).string()) {}

  std::string Part(const std::string& name) const {
    auto part = RunCommand("unzip -p '" + file_ + "' '" + name + "'");
    EXPECT_TRUE(part.ok()) << name;
    return part.ok() ? *part : "";
  }

  // The cell's XML element, "<c r="D3" s="2"><v>99.25</v></c>".
  std::string Cell(int sheet, const std::string& ref) const {
    const std::string xml = Part("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
    std::smatch match;
    if (!std::regex_search(xml, match, std::regex("<c r=\"" + ref + "\"[^>]*>.*?</c>"))) return "";
    return match[0];
  }

 private:
  ScratchDir dir_;
  std::string file_;
};

TEST(RenderXlsxTest, TheNoticeHasItsTextSheetAndOneSheetPerTableAndChart) {
  auto xlsx = RenderXlsx(SampleNotice(120));
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
  const Workbook book(*xlsx);
  const std::string workbook = book.Part("xl/workbook.xml");
  const auto first = workbook.find("name=\"正文\"");
  const auto table = workbook.find("name=\"各社区考核得分\"");
  const auto chart = workbook.find("name=\"各片区平均得分\"");
  ASSERT_NE(first, std::string::npos) << workbook;
  ASSERT_NE(table, std::string::npos) << workbook;
  ASSERT_NE(chart, std::string::npos) << workbook;
  EXPECT_LT(first, table);
  EXPECT_LT(table, chart);
  const std::string strings = book.Part("xl/sharedStrings.xml");
  for (const std::string& text :
       {std::string("关于2026年第三季度基层治理考核情况的通报"), std::string("卫都区〔2026〕第 3 期"),
        std::string("综合得分"), CommunityName(1), CommunityName(120), std::string("城东片区")}) {
    EXPECT_TRUE(Contains(strings, text)) << text;
  }
  EXPECT_TRUE(Contains(book.Part("xl/charts/chart1.xml"), "<c:barDir val=\"bar\"/>"));
}

TEST(RenderXlsxTest, NumbersAreNumbersAndCodesStayText) {
  auto xlsx = RenderXlsx(SampleNotice(3));
  ASSERT_TRUE(xlsx.ok());
  const Workbook book(*xlsx);
  // Sheet 2 is the table: its title in row 1, the header in row 2, community 1 in row 3.
  const std::string score = book.Cell(2, "D3");
  EXPECT_FALSE(Contains(score, "t=\"s\"")) << score;
  EXPECT_TRUE(Contains(score, "<v>99.25</v>")) << score;
  const std::string rate = book.Cell(2, "E3");
  EXPECT_TRUE(Contains(rate, "<v>0.999</v>")) << rate;
  const std::string code = book.Cell(2, "C3");
  EXPECT_TRUE(Contains(code, "t=\"s\"")) << code;
  const std::string styles = book.Part("xl/styles.xml");
  EXPECT_TRUE(Contains(styles, "formatCode=\"0.00\"")) << styles;
  EXPECT_TRUE(Contains(styles, "formatCode=\"0.0%\"")) << styles;
  const std::string sheet = book.Part("xl/worksheets/sheet2.xml");
  EXPECT_TRUE(
      Contains(sheet, "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
      << sheet;
  EXPECT_TRUE(Contains(sheet, "<autoFilter ref=\"A2:E5\"/>")) << sheet;
}

TEST(RenderXlsxTest, SheetNamesAreShortenedAndMadeUnique) {
  ReportDocument document{.title = "表名"};
  const std::string long_title = "关于二〇二六年第三季度全区各街道各社区基层治理考核综合得分排名情况的明细表";
  for (int i = 0; i < 2; ++i) document.blocks.emplace_back(Table{.title = long_title, .columns = {"社区"}});
  document.blocks.emplace_back(Table{.title = "a/b:c", .columns = {"社区"}});
  document.blocks.emplace_back(Table{.columns = {"社区"}, .rows = {{"东湖"}}});
  auto xlsx = RenderXlsx(document);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  const std::string workbook = Workbook(*xlsx).Part("xl/workbook.xml");
  std::regex sheet_name("<sheet name=\"([^\"]*)\"");
  std::vector<std::string> names;
  for (auto it = std::sregex_iterator(workbook.begin(), workbook.end(), sheet_name);
       it != std::sregex_iterator(); ++it) {
    names.push_back((*it)[1]);
  }
  ASSERT_EQ(names.size(), 5u) << workbook;
  EXPECT_EQ(names[1], long_title.substr(0, std::size_t{31} * 3));  // 31 Chinese characters of three bytes
  EXPECT_TRUE(Contains(names[2], "(2)")) << names[2];
  EXPECT_NE(names[1], names[2]);
  EXPECT_EQ(names[3], "a_b_c");
  EXPECT_EQ(names[4], "表4");  // the fourth table
}

TEST(RenderXlsxTest, AnEmptyDocumentAndATableWithoutRowsAreWritten) {
  auto empty = RenderXlsx(ReportDocument{});
  ASSERT_TRUE(empty.ok()) << empty.status().ToString();
  EXPECT_TRUE(Contains(Workbook(*empty).Part("xl/workbook.xml"), "name=\"正文\""));
  ReportDocument document;
  document.blocks.emplace_back(Table{.title = "空表", .columns = {"社区", "得分"}});
  auto xlsx = RenderXlsx(document);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  EXPECT_TRUE(Contains(Workbook(*xlsx).Part("xl/sharedStrings.xml"), "得分"));
}

// The temporary folder is pointed at a scratch folder of the test's own, which the
// workbook's temporary file must leave empty.
TEST(RenderXlsxTest, LeavesNoTemporaryFileBehind) {
  const ScratchDir temporary;
  const char* before = std::getenv("TMPDIR");
  const std::string saved = before ? before : "";
  setenv("TMPDIR", temporary.path().c_str(), 1);
  auto xlsx = RenderXlsx(SampleNotice(5));
  if (before) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  EXPECT_TRUE(std::filesystem::is_empty(temporary.path()));
}

TEST(RenderXlsxTest, ABarChartWithANegativeOrNanValueIsRefused) {
  for (double bad : {-0.5, std::nan("")}) {
    ReportDocument document;
    document.blocks.emplace_back(BarChart{.labels = {"城东"}, .values = {bad}, .unit = "分"});
    auto xlsx = RenderXlsx(document);
    ASSERT_FALSE(xlsx.ok());
    EXPECT_EQ(xlsx.status().field(), "blocks[0].values[0]");
    EXPECT_TRUE(Contains(xlsx.status().message(), "应为非负数 "));
    EXPECT_TRUE(Contains(xlsx.status().message(), "must be a number"));
  }
}

}  // namespace
}  // namespace sanwang::report
