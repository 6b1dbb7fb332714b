#include "classify/text_normalizer.h"

#include <gtest/gtest.h>

namespace sanwang::classify {
namespace {

TEST(TextNormalizerTest, FullWidthDigitsAndLettersBecomeAscii) {
  EXPECT_EQ(NormalizeText("２０２６年３月"), "2026年3月");
  EXPECT_EQ(NormalizeText("ＡＢＣ小区Ｂ栋"), "abc小区b栋");
}

TEST(TextNormalizerTest, LatinIsLowerCased) { EXPECT_EQ(NormalizeText("WiFi 信号 OK"), "wifi 信号 ok"); }

TEST(TextNormalizerTest, PunctuationAndSymbolsSeparateWords) {
  EXPECT_EQ(NormalizeText("路灯坏了！！请尽快修理，谢谢。"), "路灯坏了 请尽快修理 谢谢");
  EXPECT_EQ(NormalizeText("【投诉】“噪音”扰民…"), "投诉 噪音 扰民");
  EXPECT_EQ(NormalizeText("Ｗｉ－Ｆｉ　２４小时，没信号！"), "wi fi 24小时 没信号");
}

TEST(TextNormalizerTest, WhiteSpaceIsCollapsedAndTrimmed) {
  EXPECT_EQ(NormalizeText("  楼道\t\t堆放\r\n杂物　　（三楼）  "), "楼道 堆放 杂物 三楼");
  EXPECT_EQ(NormalizeText(" \n\t "), "");
  EXPECT_EQ(NormalizeText(""), "");
}

TEST(TextNormalizerTest, InvalidUtf8DoesNotBreakIt) {
  std::string out = NormalizeText("路灯\xFF坏了");
  EXPECT_NE(out.find("路灯"), std::string::npos);
  EXPECT_NE(out.find("坏了"), std::string::npos);
}

}  // namespace
}  // namespace sanwang::classify
