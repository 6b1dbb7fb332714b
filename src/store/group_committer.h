// GroupCommitter: runs write jobs from many threads one after another on one connection,
// many jobs to a transaction, so that a single sync to disk makes a whole group durable
// (group commit). With SQLite's synchronous=FULL every commit waits for the disk; sharing
// that wait is what lets the server accept far more writes per second than it could with
// a commit per request, without weakening durability.
//
// Each job runs in its own savepoint: a job that fails, or throws, rolls back alone and
// the others in its group still commit. A job's `done` is called only after its group's
// commit, with the commit's outcome, so nothing is acknowledged before it is on disk.
// Between groups the writer keeps the engine's write-ahead log bounded (TrimJournal).
// Thread-safe.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "core/mutex.h"
#include "core/status.h"
#include "store/database_pool.h"

namespace sanwang::store {

class GroupCommitter {
 public:
  // Runs inside the group's transaction; a non-Ok result rolls back this job alone.
  using Work = std::function<Status(Database&)>;
  // Called after the group is committed (or not): Ok only when the job's work returned Ok
  // and the commit succeeded.
  using Done = std::function<void(const Status&)>;

  explicit GroupCommitter(DatabasePool& pool, std::size_t max_group = 64);
  // Runs every job already submitted, then stops.
  ~GroupCommitter();
  GroupCommitter(const GroupCommitter&) = delete;
  GroupCommitter& operator=(const GroupCommitter&) = delete;

  void Submit(Work work, Done done) SW_EXCLUDES(mutex_);
  // Submits and waits for the outcome.
  Status Run(Work work);

  // How many groups were committed and how many jobs they held (for /metrics).
  std::size_t groups_committed() const SW_EXCLUDES(mutex_);
  std::size_t jobs_committed() const SW_EXCLUDES(mutex_);

 private:
  struct Job {
    Work work;
    Done done;
  };

  void Loop() SW_EXCLUDES(mutex_);
  void RunGroup(std::deque<Job>& group) SW_EXCLUDES(mutex_);
  void TrimJournal();

  DatabasePool& pool_;
  const std::size_t max_group_;
  mutable Mutex mutex_;
  std::condition_variable_any wake_;
  std::deque<Job> queue_ SW_GUARDED_BY(mutex_);
  bool stopping_ SW_GUARDED_BY(mutex_) = false;
  std::size_t groups_ SW_GUARDED_BY(mutex_) = 0;
  std::size_t jobs_ SW_GUARDED_BY(mutex_) = 0;
  std::thread thread_;  // last: starts after the members it uses
};

}  // namespace sanwang::store
