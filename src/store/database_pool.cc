#include "store/database_pool.h"

#include <spdlog/spdlog.h>

namespace sanwang::store {

DatabasePool::DatabasePool(PoolOptions options)
    : options_(std::move(options)), backoff_(options_.first_retry, options_.longest_retry) {}

Result<std::unique_ptr<DatabasePool>> DatabasePool::Open(const std::string& url, int size) {
  PoolOptions options;
  options.size = size;
  return Open(url, std::move(options));
}

Result<std::unique_ptr<DatabasePool>> DatabasePool::Open(const std::string& url, PoolOptions options) {
  if (options.size < 1) return InvalidArgument("a pool needs at least one connection");
  int size = options.size;
  auto pool = std::unique_ptr<DatabasePool>(new DatabasePool(std::move(options)));
  pool->url_ = url;
  for (int i = 0; i < size; ++i) {
    SW_ASSIGN_OR_RETURN(auto db, OpenDatabase(url));
    MutexLock lock(pool->mutex_);  // nobody else sees the pool yet; taken to keep the rule simple
    pool->free_.push_back(std::move(db));
  }
  return pool;
}

std::unique_ptr<DatabasePool> DatabasePool::Adopt(std::vector<std::unique_ptr<Database>> connections,
                                                  PoolOptions options) {
  auto pool = std::unique_ptr<DatabasePool>(new DatabasePool(std::move(options)));
  MutexLock lock(pool->mutex_);  // nobody else sees the pool yet; taken to keep the rule simple
  pool->free_ = std::move(connections);
  return pool;
}

DatabasePool::Lease DatabasePool::Acquire() {
  std::unique_ptr<Database> db;
  {
    MutexLock lock(mutex_);
    while (free_.empty()) available_.wait(lock);
    db = std::move(free_.back());
    free_.pop_back();
  }
  if (!db->Usable()) Revive(*db);
  return Lease(this, std::move(db));
}

// Outside the mutex: reconnecting takes a round trip or a connect timeout, and other
// threads must keep leasing (and failing fast) meanwhile.
void DatabasePool::Revive(Database& db) {
  {
    MutexLock lock(mutex_);
    if (!backoff_.Claim(options_.now())) return;
  }
  Status reopened = db.Reconnect();
  MutexLock lock(mutex_);
  if (reopened.ok()) {
    backoff_.Succeeded();
    ++reconnects_;
    spdlog::info("database connection reopened");
  } else {
    ++failed_reconnects_;
    spdlog::warn(
        "database connection lost; next attempt in {} ms: {}",
        std::chrono::duration_cast<std::chrono::milliseconds>(backoff_.next_attempt() - options_.now())
            .count(),
        reopened.message());
  }
}

std::size_t DatabasePool::reconnects() const {
  MutexLock lock(mutex_);
  return reconnects_;
}

std::size_t DatabasePool::failed_reconnects() const {
  MutexLock lock(mutex_);
  return failed_reconnects_;
}

void DatabasePool::Return(std::unique_ptr<Database> db) {
  {
    MutexLock lock(mutex_);
    free_.push_back(std::move(db));
  }
  available_.notify_one();
}

}  // namespace sanwang::store
