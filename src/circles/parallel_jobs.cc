#include "circles/parallel_jobs.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace sanwang::circles {

int ThreadsFor(int requested, std::size_t jobs) {
  int threads =
      requested > 0 ? requested : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return static_cast<int>(
      std::max<std::size_t>(1, std::min<std::size_t>(static_cast<std::size_t>(threads), jobs)));
}

void RunJobs(std::size_t jobs, int threads, const std::function<void(std::size_t job, int worker)>& run) {
  std::atomic<std::size_t> next{0};
  auto work = [&](int worker) {
    for (std::size_t job = next++; job < jobs; job = next++) run(job, worker);
  };
  std::vector<std::jthread> pool;
  for (int w = 1; w < threads; ++w) pool.emplace_back(work, w);
  work(0);
}

}  // namespace sanwang::circles
