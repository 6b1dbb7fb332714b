#include "core/hex.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace sanwang {
namespace {

TEST(Hex, WritesLowerCaseAndReadsEitherCase) {
  EXPECT_EQ(LowerHex(std::string("\x00\x7f\x80\xff", 4)), "007f80ff");
  EXPECT_EQ(BytesFromHex("007F80ff"), std::string("\x00\x7f\x80\xff", 4));
  EXPECT_EQ(BytesFromHex(""), std::string());
}

TEST(Hex, RefusesOddLengthsAndOtherCharacters) {
  EXPECT_EQ(BytesFromHex("abc"), std::nullopt);
  EXPECT_EQ(BytesFromHex("0g"), std::nullopt);
  EXPECT_EQ(BytesFromHex(" 0"), std::nullopt);
}

TEST(Hex, DigitValuesCoverExactlyTheTwentyTwoHexDigits) {
  int digits = 0;
  for (int c = 0; c < 256; ++c) {
    const int value = HexDigitValue(static_cast<char>(c));
    if (value < 0) continue;
    ++digits;
    EXPECT_EQ(LowerHex(std::string(1, static_cast<char>(value))).back(), std::tolower(c)) << c;
  }
  EXPECT_EQ(digits, 22);
  EXPECT_EQ(HexDigitValue('F'), 15);
  EXPECT_EQ(HexDigitValue('g'), -1);
}

}  // namespace
}  // namespace sanwang
