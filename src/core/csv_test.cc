#include "core/csv.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

TEST(CsvTest, ParsesQuotesCommasNewlinesAndBom) {
  auto rows = ParseCsv(
      "\xEF\xBB\xBF"
      "a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n\n3,,\n");
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

TEST(CsvTest, FormulaCellsAreNeutralisedNumbersAreNot) {
  EXPECT_EQ(CsvEscape("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvEscape("+cmd"), "'+cmd");
  EXPECT_EQ(CsvEscape("-2+3"), "'-2+3");
  EXPECT_EQ(CsvEscape("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvEscape("\tx"), "'\tx");
  EXPECT_EQ(CsvEscape("\rx"), "\"'\rx\"");
  // Plain numbers stay numbers, and text that does not start so stays as it is.
  for (const char* number : {"-3", "+1.5", "-0.25", "-2e3", "1E-7", "42"})
    EXPECT_EQ(CsvEscape(number), number);
  for (const char* text : {"-", "-e3", "- 3", "a=b", "楼道"}) {
    EXPECT_EQ(CsvEscape(text), std::string(text).front() == '-' ? "'" + std::string(text) : text) << text;
  }
}

TEST(CsvTest, NeutralisedCellsReadBackAsTheyWereWritten) {
  std::vector<std::string> header = {"name", "n"};
  std::vector<std::string> row = {"=1+1", "-3"};
  auto table = CsvTable::Parse(CsvLine(header) + CsvLine(row), {"name", "n"});
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->Get(0, "name"), "=1+1");
  EXPECT_EQ(table->Get(0, "n"), "-3");
  // A quote that CsvEscape would not have added is the value's own.
  auto own = CsvTable::Parse("name\n'abc\n", {"name"});
  EXPECT_EQ(own->Get(0, "name"), "'abc");
}

// Found by fuzz/csv_fuzz.cc: a value that itself starts with a single quote before a formula
// character ("'=x", as a user may type to keep a spreadsheet from running it) lost its quote
// on the way back, being read as a neutralised "=x".
TEST(CsvTest, ValuesStartingWithQuotesBeforeAFormulaReadBackUnchanged) {
  for (const std::string value : {"'=x", "''=x", "'+1+1", "'''@a", "'-3", "'\t"}) {
    auto table = CsvTable::Parse(CsvLine({"name"}) + CsvLine({value}), {"name"});
    ASSERT_TRUE(table.ok()) << value;
    EXPECT_EQ(table->Get(0, "name"), value);
  }
}

}  // namespace
}  // namespace sanwang
