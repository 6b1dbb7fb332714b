#include "core/text.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

TEST(TextTest, Utf8Validity) {
  EXPECT_TRUE(IsValidUtf8("路灯不亮 street light"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));  // an emoji, 4 bytes
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));         // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));     // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xE8\xB7"));         // cut short
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(TextTest, LengthInCharacters) {
  EXPECT_EQ(Utf8Length("路灯"), 2u);
  EXPECT_EQ(Utf8Length("ab"), 2u);
  EXPECT_EQ(TrimAscii("  x y \n"), "x y");
  EXPECT_EQ(TrimAscii(" \t "), "");
}

TEST(TextTest, PrefixInCharactersNeverSplitsOne) {
  EXPECT_EQ(Utf8Prefix("路灯不亮了", 2), "路灯");
  EXPECT_EQ(Utf8Prefix("a路b", 2), "a路");
  EXPECT_EQ(Utf8Prefix("路灯", 5), "路灯");
  EXPECT_EQ(Utf8Prefix("路灯", 0), "");
  EXPECT_EQ(Utf8Prefix("\xF0\x9F\x98\x80x", 1), "\xF0\x9F\x98\x80");
}

TEST(TextTest, UserTextChecks) {
  EXPECT_TRUE(CheckUserText("井盖缺失\n请尽快处理", "title", 10, true).ok());
  EXPECT_EQ(CheckUserText("   ", "title", 10, true).field(), "title");
  EXPECT_TRUE(CheckUserText("", "note", 10, false).ok());
  EXPECT_FALSE(CheckUserText("一二三四五六七八九十一", "title", 10, true).ok());
  EXPECT_FALSE(CheckUserText("bell\x07", "title", 10, true).ok());
  EXPECT_FALSE(CheckUserText("\xFF", "title", 10, true).ok());
}

TEST(TextTest, AWordCodeIsLowercaseAsciiStartingWithALetter) {
  EXPECT_TRUE(IsWordCode("province"));
  EXPECT_TRUE(IsWordCode("level_2"));
  EXPECT_TRUE(IsWordCode(std::string(40, 'a')));
  EXPECT_FALSE(IsWordCode(std::string(41, 'a')));
  EXPECT_FALSE(IsWordCode(""));
  EXPECT_FALSE(IsWordCode("2nd"));
  EXPECT_FALSE(IsWordCode("_x"));
  EXPECT_FALSE(IsWordCode("Province"));
  EXPECT_FALSE(IsWordCode("省级"));
  EXPECT_FALSE(IsWordCode("a-b"));
}

}  // namespace
}  // namespace sanwang
