#include "core/sm3.h"

#include <gtest/gtest.h>

#include "core/hex.h"

namespace sanwang {
namespace {

// The two examples of GB/T 32905-2016, appendix A.
TEST(Sm3Hex, GivesTheStandardsExamples) {
  EXPECT_EQ(Sm3Hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  std::string sixty_four;
  for (int i = 0; i < 16; ++i) sixty_four += "abcd";
  EXPECT_EQ(Sm3Hex(sixty_four), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
}

TEST(Sm3Hex, DiffersFromSha256AndSeesEveryByte) {
  EXPECT_NE(Sm3Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_NE(Sm3Hex(std::string("a\0b", 3)), Sm3Hex(std::string("a\0c", 3)));
}

// The value `printf abc | openssl mac -digest SM3 -macopt key:key HMAC` prints, an
// implementation of RFC 2104 apart from this call's.
TEST(HmacSm3, AgreesWithOpenSslsCommandLine) {
  EXPECT_EQ(LowerHex(HmacSm3("key", "abc")),
            "28e63256e7c5a087b1f073265dc53092163f7b82729735d06f28f10af9d52393");
}

TEST(HmacSm3, DependsOnKeyAndMessage) {
  EXPECT_NE(HmacSm3("key", "abc"), HmacSm3("kez", "abc"));
  EXPECT_NE(HmacSm3("key", "abc"), HmacSm3("key", "abd"));
  EXPECT_EQ(HmacSm3("key", "abc").size(), 32u);
}

}  // namespace
}  // namespace sanwang
