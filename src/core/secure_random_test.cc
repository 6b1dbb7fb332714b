#include "core/secure_random.h"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>

namespace sanwang {
namespace {

TEST(SecureRandom, BytesDifferFromCallToCall) {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    std::array<char, 16> bytes{};
    SecureRandomBytes(bytes.data(), bytes.size());
    seen.emplace(bytes.data(), bytes.size());
  }
  EXPECT_EQ(seen.size(), 50u);
}

// Every value below the bound comes up and none at or above it.
TEST(SecureRandom, NumbersBelowABoundCoverItAndStayUnderIt) {
  std::array<int, 7> counts{};
  for (int i = 0; i < 7000; ++i) {
    std::uint32_t n = SecureRandomBelow(7);
    ASSERT_LT(n, 7u);
    ++counts[n];
  }
  for (int count : counts) EXPECT_GT(count, 700);  // 1,000 expected; far below means a bias
}

}  // namespace
}  // namespace sanwang
