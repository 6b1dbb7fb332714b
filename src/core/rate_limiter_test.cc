#include "core/rate_limiter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace sanwang {
namespace {

constexpr RateLimit kSixAMinuteBurstThree{6, 3};  // a token every 10 s, three at once

std::int64_t TakeOne(RateLimiter& limiter, const std::string& key, RateLimit limit = kSixAMinuteBurstThree) {
  RateLimiter::Charge charge{key, limit};
  return limiter.Take({&charge, 1});
}

TEST(RateLimiterTest, AQuietKeyHasItsBurstThenWaitsForTheNextToken) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(TakeOne(limiter, "address:10.0.0.1"), 0) << "take " << i;
  EXPECT_EQ(TakeOne(limiter, "address:10.0.0.1"), 10);
  clock.Advance(4);
  EXPECT_EQ(TakeOne(limiter, "address:10.0.0.1"), 6);
}

TEST(RateLimiterTest, TokensComeBackAtTheRateUpToTheBurst) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(TakeOne(limiter, "k"), 0);
  clock.Advance(10);
  EXPECT_EQ(TakeOne(limiter, "k"), 0);
  EXPECT_GT(TakeOne(limiter, "k"), 0);
  // A long quiet time refills the bucket only to its burst.
  clock.Advance(3600);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(TakeOne(limiter, "k"), 0) << "take " << i;
  EXPECT_GT(TakeOne(limiter, "k"), 0);
}

TEST(RateLimiterTest, KeysHaveTheirOwnBuckets) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(TakeOne(limiter, "account:7"), 0);
  EXPECT_GT(TakeOne(limiter, "account:7"), 0);
  EXPECT_EQ(TakeOne(limiter, "account:8"), 0);
  EXPECT_EQ(TakeOne(limiter, "address:10.0.0.1"), 0);
}

TEST(RateLimiterTest, ARefusedChargeTakesFromNoBucket) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  RateLimit one{60, 1};
  ASSERT_EQ(TakeOne(limiter, "account:7", one), 0);
  // The address has tokens but the account has none: neither is charged.
  std::vector<RateLimiter::Charge> both = {{"address:10.0.0.1", kSixAMinuteBurstThree}, {"account:7", one}};
  for (int i = 0; i < 5; ++i) EXPECT_EQ(limiter.Take(both), 1);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(TakeOne(limiter, "address:10.0.0.1"), 0) << "take " << i;
  EXPECT_GT(TakeOne(limiter, "address:10.0.0.1"), 0);
}

TEST(RateLimiterTest, ALimitAtZeroIsOff) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  for (int i = 0; i < 1000; ++i) {
    ASSERT_EQ(TakeOne(limiter, "k", {0, 5}), 0);
    ASSERT_EQ(TakeOne(limiter, "k", {5, 0}), 0);
  }
  EXPECT_EQ(limiter.size(), 0U);
}

TEST(RateLimiterTest, KeysWhoseBucketsFilledAgainAreForgotten) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  for (int i = 0; i < 50; ++i) ASSERT_EQ(TakeOne(limiter, "address:" + std::to_string(i)), 0);
  EXPECT_EQ(limiter.size(), 50U);
  clock.Advance(10);  // one token each: every bucket is full again
  ASSERT_EQ(TakeOne(limiter, "account:1"), 0);
  EXPECT_EQ(limiter.size(), 1U);
}

TEST(RateLimiterTest, ManyKeysAtOnceStayWithinTheCapAndTheRecentKeepTheirCount) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(TakeOne(limiter, "account:busy"), 0);
  for (int i = 0; i < 10'000; ++i) {
    ASSERT_EQ(TakeOne(limiter, "address:" + std::to_string(i)), 0);
    if (i % 50 == 0) ASSERT_GT(TakeOne(limiter, "account:busy"), 0);  // refused, yet still recent
    ASSERT_LE(limiter.size(), 100U);
  }
  EXPECT_GT(TakeOne(limiter, "account:busy"), 0);
}

TEST(RateLimiterTest, ThreadsTakingTogetherGetExactlyTheBurst) {
  FakeClock clock(1'800'000'000);
  RateLimiter limiter(clock, 100);
  RateLimit limit{60, 400};
  std::atomic<int> taken{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 250; ++i) taken += TakeOne(limiter, "shared", limit) == 0;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(taken.load(), 400);
}

}  // namespace
}  // namespace sanwang
