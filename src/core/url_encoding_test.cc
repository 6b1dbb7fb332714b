#include "core/url_encoding.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

TEST(UrlEncodingTest, DecodesEscapesPlusAndChinese) {
  EXPECT_EQ(*PercentDecode("a%20b+c", true), "a b c");
  EXPECT_EQ(*PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(*PercentDecode("%E4%B8%AD", false), "中");
}

TEST(UrlEncodingTest, EncodesAllButUnreservedBytesAndDecodesBack) {
  EXPECT_EQ(PercentEncode("三网 a:b"), "%E4%B8%89%E7%BD%91%20a%3Ab");
  EXPECT_EQ(PercentEncode("Az09-._~"), "Az09-._~");
  EXPECT_EQ(PercentEncode("a+b/c?d=e&f"), "a%2Bb%2Fc%3Fd%3De%26f");
  std::string text = "许昌市 魏都区/admin:1+1=2";
  EXPECT_EQ(PercentDecode(PercentEncode(text), true).value(), text);
}

TEST(UrlEncodingTest, RejectsBadEscapesAndInvalidUtf8) {
  for (const char* bad : {"%", "%4", "%ZZ", "%FF", "abc%E4%B8"}) {
    auto r = PercentDecode(bad, true, "q");
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) {
      EXPECT_EQ(r.status().field(), "q");
    }
  }
}

TEST(UrlEncodingTest, ParsesFormsKeepingRepeatsAndEmptyValues) {
  auto form = ParseFormUrlEncoded("a=1&&b=%E4%B8%AD&a=2&flag&c=");
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->count("a"), 2u);
  EXPECT_EQ(form->find("b")->second, "中");
  EXPECT_EQ(form->find("flag")->second, "");
  EXPECT_EQ(form->find("c")->second, "");
  auto bad = ParseFormUrlEncoded("a=1&b=%ZZ");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().field(), "b");
  EXPECT_TRUE(ParseFormUrlEncoded("")->empty());
}

}  // namespace
}  // namespace sanwang
