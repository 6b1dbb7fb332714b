#include "report/report_document.h"

#include <gtest/gtest.h>

#include <limits>

namespace sanwang::report {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CheckDocumentTest, AcceptsAWellFormedDocument) {
  ReportDocument document{.title = "通报", .issued_on = LocalDate{std::chrono::year{2026} / 12 / 5}};
  document.blocks.emplace_back(Heading{"一、情况"});
  document.blocks.emplace_back(Table{.columns = {"a", "b"}, .rows = {{"1", "2"}}, .align = {Align::kRight}});
  document.blocks.emplace_back(BarChart{.labels = {"甲"}, .values = {0}});
  EXPECT_TRUE(CheckDocument(document).ok());
}

TEST(CheckDocumentTest, NamesTheRowThatIsNotAsWideAsTheHeader) {
  ReportDocument document;
  document.blocks.emplace_back(Paragraph{"x"});
  document.blocks.emplace_back(Table{.columns = {"a", "b"}, .rows = {{"1", "2"}, {"3"}}});
  const Status status = CheckDocument(document);
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.field(), "blocks[1].rows[1]");
  EXPECT_TRUE(Contains(status.message(), "应有 2 个单元格")) << status.message();
  EXPECT_TRUE(Contains(status.message(), "must have 2 cells")) << status.message();
}

TEST(CheckDocumentTest, RefusesWhatCannotBeDrawn) {
  const auto field_of = [](Block block) {
    ReportDocument document;
    document.blocks.push_back(std::move(block));
    return CheckDocument(document).field();
  };
  EXPECT_EQ(field_of(Table{}), "blocks[0].columns");
  EXPECT_EQ(field_of(Table{.columns = {"a"}, .align = {Align::kLeft, Align::kLeft}}), "blocks[0]");
  EXPECT_EQ(field_of(Table{.columns = {"a"}, .width_hints = {-1}}), "blocks[0].width_hints[0]");
  EXPECT_EQ(field_of(Table{.columns = {"a", "\xFF"}}), "blocks[0].columns[1]");
  EXPECT_EQ(field_of(Heading{"\xC0\x80"}), "blocks[0].text");
  EXPECT_EQ(field_of(BarChart{.labels = {"a", "b"}, .values = {1}}), "blocks[0].values");
  EXPECT_EQ(field_of(BarChart{.labels = {"a"}, .values = {std::numeric_limits<double>::infinity()}}),
            "blocks[0].values[0]");
  ReportDocument bad_date{.issued_on = LocalDate{std::chrono::year{2026} / 2 / 30}};
  EXPECT_EQ(CheckDocument(bad_date).field(), "issued_on");
}

TEST(ReportDocumentTest, DatesAndValuesAsPrinted) {
  EXPECT_EQ(ChineseDate(LocalDate{std::chrono::year{2026} / 12 / 5}), "2026年12月5日");
  EXPECT_EQ(FormatValue(87.5), "87.5");
  EXPECT_EQ(FormatValue(90), "90");
  EXPECT_EQ(FormatValue(79.254), "79.25");
  EXPECT_EQ(FormatValue(0), "0");
  EXPECT_EQ(FormatValue(1234567.126), "1234567.13");
}

}  // namespace
}  // namespace sanwang::report
