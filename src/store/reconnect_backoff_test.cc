#include "store/reconnect_backoff.h"

#include <gtest/gtest.h>

namespace sanwang::store {
namespace {

using std::chrono::milliseconds;

TEST(ReconnectBackoffTest, AttemptsAreSpacedByADoublingDelayUpToTheCeiling) {
  ReconnectBackoff backoff(milliseconds(100), milliseconds(350));
  ReconnectBackoff::TimePoint t0{std::chrono::seconds(1000)};
  EXPECT_TRUE(backoff.Claim(t0));
  EXPECT_FALSE(backoff.Claim(t0));
  EXPECT_FALSE(backoff.Claim(t0 + milliseconds(99)));
  EXPECT_TRUE(backoff.Claim(t0 + milliseconds(100)));  // next wait: 200 ms
  EXPECT_FALSE(backoff.Claim(t0 + milliseconds(299)));
  EXPECT_TRUE(backoff.Claim(t0 + milliseconds(300)));  // next wait: 350 ms, the ceiling
  EXPECT_FALSE(backoff.Claim(t0 + milliseconds(649)));
  EXPECT_TRUE(backoff.Claim(t0 + milliseconds(650)));
  EXPECT_EQ(backoff.next_attempt(), t0 + milliseconds(1000));
}

TEST(ReconnectBackoffTest, SuccessAllowsTheNextAttemptAtOnceWithTheFirstDelay) {
  ReconnectBackoff backoff(milliseconds(100), milliseconds(1000));
  ReconnectBackoff::TimePoint t0{std::chrono::seconds(1000)};
  EXPECT_TRUE(backoff.Claim(t0));
  EXPECT_TRUE(backoff.Claim(t0 + milliseconds(100)));
  backoff.Succeeded();
  EXPECT_TRUE(backoff.Claim(t0 + milliseconds(101)));
  EXPECT_FALSE(backoff.Claim(t0 + milliseconds(200)));
  EXPECT_TRUE(backoff.Claim(t0 + milliseconds(201)));
}

}  // namespace
}  // namespace sanwang::store
