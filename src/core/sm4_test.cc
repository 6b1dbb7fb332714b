#include "core/sm4.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "core/hex.h"

namespace sanwang {
namespace {

std::string Bytes(std::string_view hex) { return *BytesFromHex(hex); }

const std::string kStandardKey = "0123456789abcdeffedcba9876543210";

// GB/T 32907-2016, appendix A, example 1: key and plaintext 0123456789abcdeffedcba9876543210
// encrypt to 681edf34d206965e86b3e94f536e4246. In counter mode the first block of key
// stream is the encryption of the IV, so zeros encrypted with that IV give the example.
TEST(Sm4Ctr, GivesTheStandardsExampleAsItsFirstBlock) {
  std::string stream = Sm4Ctr(Bytes(kStandardKey), Bytes(kStandardKey), std::string(16, '\0'));
  EXPECT_EQ(LowerHex(stream), "681edf34d206965e86b3e94f536e4246");
}

// The next blocks count the IV up, as `openssl enc -sm4-ctr` does (40 zero bytes).
TEST(Sm4Ctr, AgreesWithOpenSslsCommandLineOverSeveralBlocks) {
  std::string stream = Sm4Ctr(Bytes(kStandardKey), Bytes(kStandardKey), std::string(40, '\0'));
  EXPECT_EQ(LowerHex(stream),
            "681edf34d206965e86b3e94f536e4246be9a2469307a96f9d33ddbed4cf39994c4e5f90f56b5e8e3");
}

TEST(Sm4Ctr, DecryptsWhatItEncrypted) {
  std::string key = Bytes("00112233445566778899aabbccddeeff");
  std::string iv(16, '\x07');
  std::string sealed = Sm4Ctr(key, iv, "13839019598");
  EXPECT_NE(sealed, "13839019598");
  EXPECT_EQ(Sm4Ctr(key, iv, sealed), "13839019598");
  EXPECT_EQ(Sm4Ctr(key, iv, ""), "");
}

TEST(Sm4Ctr, RefusesKeysAndIvsOfTheWrongSize) {
  EXPECT_THROW(Sm4Ctr(std::string(15, 'k'), std::string(16, 'i'), "x"), std::invalid_argument);
  EXPECT_THROW(Sm4Ctr(std::string(16, 'k'), std::string(12, 'i'), "x"), std::invalid_argument);
}

}  // namespace
}  // namespace sanwang
