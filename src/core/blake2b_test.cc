#include "core/blake2b.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

// The values Python's hashlib.blake2b(data, digest_size=32) gives, an implementation
// apart from libsodium's.
TEST(Blake2bHex, AgreesWithAnotherImplementation) {
  EXPECT_EQ(Blake2bHex(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  EXPECT_EQ(Blake2bHex("abc"), "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
}

}  // namespace
}  // namespace sanwang
