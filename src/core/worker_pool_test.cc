#include "core/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <latch>

namespace sanwang {
namespace {

TEST(WorkerPoolTest, RunsEveryJobSubmittedBeforeItIsDestroyed) {
  std::atomic<int> ran{0};
  {
    WorkerPool pool(2);
    for (int i = 0; i < 100; ++i) pool.Submit([&ran] { ran.fetch_add(1); });
  }
  EXPECT_EQ(ran.load(), 100);
}

TEST(WorkerPoolTest, ABlockedJobDoesNotHoldUpTheOtherThread) {
  // The latches outlive the pool: its destructor joins the threads still returning from them.
  std::latch release(1), second_ran(1);
  WorkerPool pool(2);
  pool.Submit([&release] { release.wait(); });
  pool.Submit([&second_ran] { second_ran.count_down(); });
  second_ran.wait();  // would never return if the pool ran one job at a time
  release.count_down();
}

}  // namespace
}  // namespace sanwang
