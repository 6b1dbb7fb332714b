#include "core/base32.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

// RFC 4648 §10, padding left out.
TEST(Base32, EncodesTheRfcExamples) {
  EXPECT_EQ(Base32Encode(""), "");
  EXPECT_EQ(Base32Encode("f"), "MY");
  EXPECT_EQ(Base32Encode("fo"), "MZXQ");
  EXPECT_EQ(Base32Encode("foo"), "MZXW6");
  EXPECT_EQ(Base32Encode("foob"), "MZXW6YQ");
  EXPECT_EQ(Base32Encode("fooba"), "MZXW6YTB");
  EXPECT_EQ(Base32Encode("foobar"), "MZXW6YTBOI");
}

TEST(Base32, DecodesWithOrWithoutPaddingSpacesAndCase) {
  EXPECT_EQ(Base32Decode("MZXW6YTBOI======"), "foobar");
  EXPECT_EQ(Base32Decode("mzxw 6ytb oi"), "foobar");
  EXPECT_EQ(Base32Decode("MY"), "f");
  EXPECT_EQ(Base32Decode(""), "");
}

TEST(Base32, RoundTripsEveryByteValue) {
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  for (std::size_t length = 0; length <= all.size(); length += 37) {
    std::string part = all.substr(0, length);
    EXPECT_EQ(Base32Decode(Base32Encode(part)), part) << length;
  }
}

TEST(Base32, RefusesWhatNoEncoderWrites) {
  EXPECT_FALSE(Base32Decode("MZXW1"));  // '1' is not a digit of the alphabet
  EXPECT_FALSE(Base32Decode("M"));      // one digit holds no whole byte
  EXPECT_FALSE(Base32Decode("MZX"));    // three digits cannot end a text
  EXPECT_FALSE(Base32Decode("MZ"));     // "MY" is 'f'; "MZ" leaves a bit set over
}

}  // namespace
}  // namespace sanwang
