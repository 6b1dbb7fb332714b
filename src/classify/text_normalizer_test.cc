#include "classify/text_normalizer.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

// The definition above in ICU calls, character by character: what the fast paths for
// ASCII and CJK ideographs must agree with.
std::string ReferenceNormalize(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text =
      icu::Normalizer2::getNFKCInstance(status)->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  icu::UnicodeString out;
  bool pending_space = false;
  for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    std::int32_t mask = U_GET_GC_MASK(c);
    if (u_isUWhiteSpace(c) ||
        (mask & (U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_CC_MASK | U_GC_CF_MASK))) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(u' '));
    pending_space = false;
    out.append(u_tolower(c));
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

TEST(TextNormalizerTest, EveryCharacterAsTheDefinitionSays) {
  std::vector<UChar32> characters;
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (!U_IS_SURROGATE(c)) characters.push_back(c);
  }
  for (UChar32 c : {0x1F6A7, 0x1D400, 0x20000, 0x2F800, 0xE0041, 0x10FFFF}) characters.push_back(c);
  int differences = 0;
  for (UChar32 c : characters) {
    std::string text;
    icu::UnicodeString(u'a').append(c).append(u"B路").toUTF8String(text);
    std::string want = ReferenceNormalize(text);
    if (NormalizeText(text) != want && ++differences <= 5)
      ADD_FAILURE() << "U+" << std::hex << c << ": " << want;
  }
  EXPECT_EQ(differences, 0);
}

}  // namespace
}  // namespace sanwang::classify
