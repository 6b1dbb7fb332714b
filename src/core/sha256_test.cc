#include "core/sha256.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

// The FIPS 180-2 examples: the empty message and "abc".
TEST(Sha256Hex, GivesTheStandardDigests) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Hex, ReadsEmbeddedZeroBytes) {
  const std::string with_zero("a\0b", 3);
  EXPECT_NE(Sha256Hex(with_zero), Sha256Hex("a"));
  EXPECT_EQ(Sha256Hex(with_zero).size(), 64u);
}

TEST(Sha256Stream, PiecesGiveTheDigestOfTheWhole) {
  const std::string whole = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  Sha256Stream stream;
  stream.Update(whole.substr(0, 7));
  stream.Update("");
  stream.Update(whole.substr(7));
  EXPECT_EQ(stream.FinishHex(), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(whole), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

}  // namespace
}  // namespace sanwang
