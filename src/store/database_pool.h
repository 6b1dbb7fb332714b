// A fixed set of Database connections shared by the server's worker threads. A thread
// leases one for the length of a request and gives it back when the lease goes out of
// scope. Thread-safe.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/database.h"

namespace sanwang::store {

class DatabasePool {
 public:
  class Lease {
   public:
    Lease(DatabasePool* pool, std::unique_ptr<Database> db) : pool_(pool), db_(std::move(db)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (db_) pool_->Return(std::move(db_));
    }
    Database& operator*() const { return *db_; }
    Database* operator->() const { return db_.get(); }

   private:
    DatabasePool* pool_;
    std::unique_ptr<Database> db_;
  };

  // Opens `size` connections to `url` at once, so a bad URL fails at start-up.
  static Result<std::unique_ptr<DatabasePool>> Open(const std::string& url, int size);

  // Waits until a connection is free.
  Lease Acquire();
  const std::string& url() const { return url_; }

 private:
  void Return(std::unique_ptr<Database> db);

  std::string url_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Database>> free_;  // guarded by mutex_
};

}  // namespace sanwang::store
