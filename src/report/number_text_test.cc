#include "report/number_text.h"

#include <gtest/gtest.h>

namespace sanwang::report {
namespace {

TEST(NumberTextTest, ReadsNumbersAsWritten) {
  const auto score = ParseNumberText("87.50");
  ASSERT_TRUE(score);
  EXPECT_DOUBLE_EQ(score->value, 87.5);
  EXPECT_EQ(score->ExcelFormat(), "0.00");
  const auto negative = ParseNumberText("-3");
  ASSERT_TRUE(negative);
  EXPECT_DOUBLE_EQ(negative->value, -3);
  EXPECT_EQ(negative->ExcelFormat(), "0");
  const auto grouped = ParseNumberText("1,234,567.5");
  ASSERT_TRUE(grouped);
  EXPECT_DOUBLE_EQ(grouped->value, 1234567.5);
  EXPECT_EQ(grouped->ExcelFormat(), "#,##0.0");
  const auto rate = ParseNumberText("92.3%");
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->value, 0.923);  // the nearest double, not 92.3 / 100
  EXPECT_EQ(rate->ExcelFormat(), "0.0%");
  const auto zero = ParseNumberText("0.25");
  ASSERT_TRUE(zero);
  EXPECT_DOUBLE_EQ(zero->value, 0.25);
}

TEST(NumberTextTest, LeavesTextAndIdentifiersAsText) {
  for (const char* text : {"", "-", "%", "1.", ".5", "1.2.3", "12a", "第1名", "007", "13800138000",
                           "1234567890", "1,23", "12,3456", ",123", "1e5", "+5", "1.1234567", " 5", "5 "}) {
    EXPECT_FALSE(ParseNumberText(text)) << '"' << text << '"';
  }
  EXPECT_TRUE(ParseNumberText("123456789"));
}

}  // namespace
}  // namespace sanwang::report
