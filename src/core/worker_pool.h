// WorkerPool: a few threads that run jobs in the order they were submitted. The server
// uses one for slow, CPU-bound steps (password hashing) that must run neither on the
// threads doing socket I/O nor on the single writer of the group commit.
//
// Thread-safe: Submit may be called from any thread. The destructor runs every job
// already submitted, then joins the threads; a job must not submit to its own pool
// after destruction has begun.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sanwang {

class WorkerPool {
 public:
  using Job = std::function<void()>;

  explicit WorkerPool(std::size_t threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void Submit(Job job);

 private:
  void Loop();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> queue_;             // guarded by mutex_
  bool stopping_ = false;             // guarded by mutex_
  std::vector<std::thread> threads_;  // last: started after the members they use
};

}  // namespace sanwang
