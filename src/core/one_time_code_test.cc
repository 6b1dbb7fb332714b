#include "core/one_time_code.h"

#include <gtest/gtest.h>

#include <vector>

namespace sanwang {
namespace {

const std::string kSha1Key = "12345678901234567890";

// RFC 4226, appendix D.
TEST(HotpCode, GivesTheRfc4226Values) {
  const std::vector<std::string> expected = {"755224", "287082", "359152", "969429", "338314",
                                             "254676", "287922", "162583", "399871", "520489"};
  for (std::uint64_t count = 0; count < expected.size(); ++count)
    EXPECT_EQ(HotpCode(kSha1Key, count), expected[count]) << count;
}

// RFC 6238, appendix B: eight digits, each hash with its own seed.
TEST(TotpCode, GivesTheRfc6238Values) {
  struct Vector {
    UnixSeconds at;
    const char* sha1;
    const char* sha256;
    const char* sha512;
  };
  const std::vector<Vector> vectors = {
      {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
      {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
      {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
  };
  const std::string sha256_key = "12345678901234567890123456789012";
  const std::string sha512_key = "1234567890123456789012345678901234567890123456789012345678901234";
  for (const Vector& v : vectors) {
    OtpParams sha1{OtpHash::kSha1, 8, 30};
    OtpParams sha256{OtpHash::kSha256, 8, 30};
    OtpParams sha512{OtpHash::kSha512, 8, 30};
    EXPECT_EQ(HotpCode(kSha1Key, *TotpStep(v.at, sha1), sha1), v.sha1) << v.at;
    EXPECT_EQ(HotpCode(sha256_key, *TotpStep(v.at, sha256), sha256), v.sha256) << v.at;
    EXPECT_EQ(HotpCode(sha512_key, *TotpStep(v.at, sha512), sha512), v.sha512) << v.at;
  }
}

TEST(TotpStep, CountsThirtySecondStepsFrom1970) {
  EXPECT_EQ(TotpStep(0), 0u);
  EXPECT_EQ(TotpStep(29), 0u);
  EXPECT_EQ(TotpStep(30), 1u);
  EXPECT_FALSE(TotpStep(-1));
}

TEST(MatchTotp, AcceptsTheStepsBesideNowButNotFurther) {
  const UnixSeconds now = 1234567890;
  const std::uint64_t step = *TotpStep(now);
  EXPECT_EQ(MatchTotp(kSha1Key, HotpCode(kSha1Key, step), now, 0), step);
  EXPECT_EQ(MatchTotp(kSha1Key, HotpCode(kSha1Key, step - 1), now, 0), step - 1);
  EXPECT_EQ(MatchTotp(kSha1Key, HotpCode(kSha1Key, step + 1), now, 0), step + 1);
  EXPECT_FALSE(MatchTotp(kSha1Key, HotpCode(kSha1Key, step - 2), now, 0));
  EXPECT_FALSE(MatchTotp(kSha1Key, HotpCode(kSha1Key, step + 2), now, 0));
}

TEST(MatchTotp, NeverAcceptsAStepAlreadyUsed) {
  const UnixSeconds now = 1234567890;
  const std::uint64_t step = *TotpStep(now);
  const std::string code = HotpCode(kSha1Key, step);
  EXPECT_FALSE(MatchTotp(kSha1Key, code, now, step));
  EXPECT_FALSE(MatchTotp(kSha1Key, HotpCode(kSha1Key, step - 1), now, step));
  EXPECT_EQ(MatchTotp(kSha1Key, HotpCode(kSha1Key, step + 1), now, step), step + 1);
}

TEST(MatchTotp, RefusesOtherKeysAndMalformedCodes) {
  const UnixSeconds now = 1234567890;
  const std::string code = HotpCode(kSha1Key, *TotpStep(now));
  EXPECT_FALSE(MatchTotp("another secret of twenty", code, now, 0));
  EXPECT_FALSE(MatchTotp(kSha1Key, code.substr(0, 5), now, 0));
  EXPECT_FALSE(MatchTotp(kSha1Key, code + "0", now, 0));
  EXPECT_FALSE(MatchTotp(kSha1Key, "", now, 0));
}

}  // namespace
}  // namespace sanwang
