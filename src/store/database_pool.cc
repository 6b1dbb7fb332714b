#include "store/database_pool.h"

namespace sanwang::store {

Result<std::unique_ptr<DatabasePool>> DatabasePool::Open(const std::string& url, int size) {
  if (size < 1) return InvalidArgument("a pool needs at least one connection");
  auto pool = std::unique_ptr<DatabasePool>(new DatabasePool());
  pool->url_ = url;
  for (int i = 0; i < size; ++i) {
    SW_ASSIGN_OR_RETURN(auto db, OpenDatabase(url));
    pool->free_.push_back(std::move(db));
  }
  return pool;
}

DatabasePool::Lease DatabasePool::Acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  available_.wait(lock, [this] { return !free_.empty(); });
  std::unique_ptr<Database> db = std::move(free_.back());
  free_.pop_back();
  return Lease(this, std::move(db));
}

void DatabasePool::Return(std::unique_ptr<Database> db) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(db));
  }
  available_.notify_one();
}

}  // namespace sanwang::store
