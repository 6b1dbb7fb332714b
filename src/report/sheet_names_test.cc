#include "report/sheet_names.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace sanwang::report {
namespace {

TEST(SheetNamerTest, KeepsShortNamesAndCutsLongOnesAtThirtyOneCharacters) {
  SheetNamer namer;
  EXPECT_EQ(namer.Name("得分", "x"), "得分");
  const std::string long_name(40, 'a');
  EXPECT_EQ(namer.Name(long_name, "x"), std::string(31, 'a'));
  const std::string chinese =
      namer.Name("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "x");
  EXPECT_EQ(Utf8Length(chinese), 31u);
  EXPECT_TRUE(IsValidUtf8(chinese));
}

TEST(SheetNamerTest, RepeatsGetANumberIgnoringCase) {
  SheetNamer namer;
  EXPECT_EQ(namer.Name("Scores", "x"), "Scores");
  EXPECT_EQ(namer.Name("scores", "x"), "scores(2)");
  EXPECT_EQ(namer.Name("SCORES", "x"), "SCORES(3)");
  const std::string long_name(31, 'b');
  EXPECT_EQ(namer.Name(long_name, "x"), long_name);
  EXPECT_EQ(namer.Name(long_name, "x"), std::string(28, 'b') + "(2)");
}

TEST(SheetNamerTest, ForbiddenCharactersAndEmptyNames) {
  SheetNamer namer;
  EXPECT_EQ(namer.Name("a[1]:b/c\\d?e*", "x"), "a_1__b_c_d_e_");
  EXPECT_EQ(namer.Name("'引号'", "x"), "引号");
  EXPECT_EQ(namer.Name("", "表1"), "表1");
  EXPECT_EQ(namer.Name("  ''  ", "表1"), "表1(2)");
  EXPECT_EQ(namer.Name("History", "x"), "History(2)");
}

TEST(TruncateUtf16UnitsTest, CountsCharactersBeyondTheBmpAsTwo) {
  const std::string emoji = "\xF0\x9F\x98\x80";  // U+1F600
  EXPECT_EQ(TruncateUtf16Units("ab" + emoji, 3), "ab");
  EXPECT_EQ(TruncateUtf16Units("ab" + emoji, 4), "ab" + emoji);
  EXPECT_EQ(TruncateUtf16Units("甲乙丙", 2), "甲乙");
}

}  // namespace
}  // namespace sanwang::report
