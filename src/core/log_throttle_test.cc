#include "core/log_throttle.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

TEST(LogThrottleTest, ARepeatedLineIsWrittenOncePerIntervalWithTheCountHeldBack) {
  FakeClock clock(1'800'000'000);
  LogThrottle throttle(clock, 10);
  EXPECT_EQ(throttle.Line("commit failed", "commit failed: disk full"), "commit failed: disk full");
  int written = 0;
  for (int i = 0; i < 500; ++i)
    written += throttle.Line("commit failed", "commit failed: disk full").has_value();
  EXPECT_EQ(written, 0);
  clock.Advance(9);
  EXPECT_FALSE(throttle.Line("commit failed", "commit failed: disk full"));
  clock.Advance(1);
  EXPECT_EQ(throttle.Line("commit failed", "commit failed: disk full"),
            "commit failed: disk full (suppressed 501 similar in the last 10 s)");
  EXPECT_FALSE(throttle.Line("commit failed", "commit failed: disk full"));
}

TEST(LogThrottleTest, KeysAreThrottledApartAndAQuietKeyWritesWithoutACount) {
  FakeClock clock(1'800'000'000);
  LogThrottle throttle(clock, 10);
  EXPECT_TRUE(throttle.Line("commit failed", "a"));
  EXPECT_TRUE(throttle.Line("audit write failed", "b"));
  EXPECT_FALSE(throttle.Line("audit write failed", "b"));
  clock.Advance(60);
  EXPECT_EQ(throttle.Line("commit failed", "a"), "a");
}

}  // namespace
}  // namespace sanwang
