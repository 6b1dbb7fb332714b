#include "core/periodic_thread.h"

#include <gtest/gtest.h>

#include <atomic>

namespace sanwang {
namespace {

TEST(PeriodicThreadTest, RunsTheWorkAgainAndAgain) {
  std::atomic<int> runs{0};
  {
    PeriodicThread thread(std::chrono::milliseconds(1), [&] { ++runs; });
    while (runs.load() < 3) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  const int at_stop = runs.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(runs.load(), at_stop) << "no run after the destructor";
}

TEST(PeriodicThreadTest, StoppingWakesAThreadThatWaitsAndRunsNothing) {
  std::atomic<int> runs{0};
  {
    PeriodicThread thread(std::chrono::hours(1), [&] { ++runs; });
  }  // returns: the wait was woken
  EXPECT_EQ(runs.load(), 0);
}

TEST(PeriodicThreadTest, StoppingWaitsForARunInProgress) {
  std::atomic<bool> started{false};
  std::atomic<bool> finished{false};
  {
    PeriodicThread thread(std::chrono::milliseconds(1), [&] {
      started = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(30));
      finished = true;
    });
    while (!started.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  EXPECT_TRUE(finished.load());
}

}  // namespace
}  // namespace sanwang
