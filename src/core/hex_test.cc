#include "core/hex.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace sanwang
