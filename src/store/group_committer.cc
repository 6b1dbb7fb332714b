#include "store/group_committer.h"

#include <spdlog/spdlog.h>

#include <exception>
#include <future>
#include <utility>
#include <vector>

#include "core/log_throttle.h"

namespace sanwang::store {
namespace {

Status RunGuarded(const GroupCommitter::Work& work, Database& db) {
  try {
    return work(db);
  } catch (const std::exception& e) {
    return {ErrorCode::kInternal, std::string("write failed: ") + e.what()};
  }
}

}  // namespace

GroupCommitter::GroupCommitter(DatabasePool& pool, std::size_t max_group)
    : pool_(pool), max_group_(max_group == 0 ? 1 : max_group), thread_([this] { Loop(); }) {}

GroupCommitter::~GroupCommitter() {
  {
    MutexLock lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void GroupCommitter::Submit(Work work, Done done) {
  {
    MutexLock lock(mutex_);
    queue_.push_back(Job{std::move(work), std::move(done)});
  }
  wake_.notify_one();
}

Status GroupCommitter::Run(Work work) {
  std::promise<Status> outcome;
  auto future = outcome.get_future();
  Submit(std::move(work), [&outcome](const Status& s) { outcome.set_value(s); });
  return future.get();
}

std::size_t GroupCommitter::groups_committed() const {
  MutexLock lock(mutex_);
  return groups_;
}

std::size_t GroupCommitter::jobs_committed() const {
  MutexLock lock(mutex_);
  return jobs_;
}

void GroupCommitter::Loop() {
  MutexLock lock(mutex_);
  while (true) {
    while (!stopping_ && queue_.empty()) wake_.wait(lock);
    if (queue_.empty()) return;  // stopping, and nothing left to run
    std::deque<Job> group;
    while (!queue_.empty() && group.size() < max_group_) {
      group.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    lock.unlock();
    RunGroup(group);
    lock.lock();
  }
}

// While this group waits for the disk, the next requests queue up and form the next group.
void GroupCommitter::RunGroup(std::deque<Job>& group) {
  std::vector<Status> outcomes(group.size());
  Status committed;
  {
    auto lease = pool_.Acquire();
    Database& db = *lease;
    committed = db.InTransaction([&] {
      for (std::size_t i = 0; i < group.size(); ++i) {
        // A nested transaction is a savepoint: a failed job rolls back alone.
        outcomes[i] = db.InTransaction([&] { return RunGuarded(group[i].work, db); });
      }
      return Status::Ok();
    });
  }
  if (committed.ok()) {
    MutexLock lock(mutex_);
    ++groups_;
    jobs_ += group.size();
  }
  for (std::size_t i = 0; i < group.size(); ++i) {
    group[i].done(committed.ok() ? outcomes[i] : committed);
  }
  if (committed.ok()) TrimJournal();
}

// After the answers are out, so that nobody waits for the checkpoint.
void GroupCommitter::TrimJournal() {
  Status trimmed = pool_.Acquire()->TrimJournal();
  if (!trimmed.ok()) {
    ProcessLogThrottle().Log(spdlog::level::warn, "journal checkpoint failed",
                             "journal checkpoint failed: " + trimmed.ToString());
  }
}

}  // namespace sanwang::store
