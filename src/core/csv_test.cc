#include "core/csv.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

TEST(CsvTest, ParsesQuotesCommasNewlinesAndBom) {
  auto rows = ParseCsv("\xEF\xBB\xBF" "a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n\n3,,\n");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0], (CsvRow{"a", "b", "c"}));
  EXPECT_EQ((*rows)[1], (CsvRow{"1", "x, \"y\"", "two\nlines"}));
  EXPECT_EQ((*rows)[2], (CsvRow{"3", "", ""}));
}

TEST(CsvTest, RejectsMalformedQuotingWithTheLine) {
  auto unterminated = ParseCsv("a,b\n1,\"open\n");
  ASSERT_FALSE(unterminated.ok());
  EXPECT_NE(unterminated.status().message().find("line 2"), std::string::npos);
  EXPECT_FALSE(ParseCsv("a,b\n1,x\"y\n").ok());
  EXPECT_FALSE(ParseCsv("a,b\n1,\"x\"y\n").ok());
}

TEST(CsvTest, TableChecksHeaderAndWidth) {
  auto table = CsvTable::Parse("code,name\n1,甲\n2,乙\n", {"code", "name"});
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->size(), 2u);
  EXPECT_EQ(table->Get(1, "name"), "乙");
  EXPECT_EQ(table->Get(1, "absent"), "");
  EXPECT_EQ(table->LineOf(1), 3u);
  auto missing = CsvTable::Parse("code\n1\n", {"code", "name"});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().field(), "name");
  auto ragged = CsvTable::Parse("code,name\n1\n", {"code"});
  ASSERT_FALSE(ragged.ok());
  EXPECT_EQ(ragged.status().field(), "line 2");
  EXPECT_FALSE(CsvTable::Parse("", {}).ok());
}

TEST(CsvTest, EscapeRoundTrips) {
  std::vector<std::string> fields = {"plain", "with,comma", "with \"quote\"", "multi\nline", ""};
  auto rows = ParseCsv(CsvLine(fields));
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0], fields);
}

}  // namespace
}  // namespace sanwang
