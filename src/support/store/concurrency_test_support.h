// Many writers at once against one row, each thread on its own connection as the servers
// sharing one PostgreSQL would: the support net's concurrency tests (an activity's places,
// a budget line's amount) start their threads together and tally how each attempt ended.
// A test says what one attempt does and which refusal it expects; anything else is a
// failure of the test. Test-only.
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "store/database.h"

namespace sanwang::store {

struct ConcurrencyTally {
  int successes = 0;
  int refusals = 0;  // the refusal the test expects (full, over budget, already reversed)
  int other = 0;     // any other error, a connection that did not open included
  double seconds = 0;
};

struct ConcurrencyRun {
  std::string url;  // the database each thread connects to
  int threads = 0;
  int attempts_per_thread = 0;
};

// Runs `run.threads` threads, each with a Repository on its own connection; once every
// thread is connected, each makes `run.attempts_per_thread` attempts, attempt(repo, thread,
// i). A Status that `is_refusal` accepts counts as a refusal; another error is also added
// as a test failure. The time counts from the start of the first thread to the last join.
template <typename Repository>
ConcurrencyTally RunConcurrently(const ConcurrencyRun& run,
                                 const std::function<Status(Repository&, int thread, int attempt)>& attempt,
                                 const std::function<bool(const Status&)>& is_refusal) {
  std::atomic<int> successes{0}, refusals{0}, other{0};
  std::latch connected(run.threads);
  auto worker = [&](int thread) {
    auto db = OpenDatabase(run.url);
    connected.arrive_and_wait();  // a thread that could not connect must not hold the others
    if (!db.ok()) {
      other += run.attempts_per_thread;
      ADD_FAILURE() << db.status().ToString();
      return;
    }
    Repository repo(**db);
    for (int i = 0; i < run.attempts_per_thread; ++i) {
      Status status = attempt(repo, thread, i);
      if (status.ok()) {
        ++successes;
      } else if (is_refusal(status)) {
        ++refusals;
      } else {
        ++other;
        ADD_FAILURE() << status.ToString();
      }
    }
  };
  const auto began = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  threads.reserve(static_cast<std::size_t>(run.threads));
  for (int t = 0; t < run.threads; ++t) threads.emplace_back(worker, t);
  for (auto& t : threads) t.join();
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - began;
  return {successes.load(), refusals.load(), other.load(), elapsed.count()};
}

}  // namespace sanwang::store
