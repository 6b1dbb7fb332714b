// A fixed set of Database connections shared by the server's worker threads. A thread
// leases one for the length of a request and gives it back when the lease goes out of
// scope.
//
// Connections are not assumed to live for ever: when the database server restarts, every
// connection it had is lost. A lease checks its connection first (no round trip) and
// reopens a lost one; while the server stays down the attempts are spaced by a growing
// delay (ReconnectBackoff), and a lease may carry a lost connection whose statements fail
// at once as Unavailable. Service resumes by itself when the server is back.
// Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/mutex.h"
#include "store/database.h"
#include "store/reconnect_backoff.h"

namespace sanwang::store {

struct PoolOptions {
  int size = 4;
  // Wait after a failed attempt to reopen a lost connection, doubling up to the longest.
  std::chrono::milliseconds first_retry{200};
  std::chrono::milliseconds longest_retry{5000};
  // The clock the waits are measured on; tests move it by hand.
  std::function<std::chrono::steady_clock::time_point()> now = [] {
    return std::chrono::steady_clock::now();
  };
};

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
  static Result<std::unique_ptr<DatabasePool>> Open(const std::string& url, PoolOptions options);
  // A pool of connections opened elsewhere (tests give it fakes); `options.size` is ignored.
  static std::unique_ptr<DatabasePool> Adopt(std::vector<std::unique_ptr<Database>> connections,
                                             PoolOptions options);

  // Waits until a connection is free; reopens it first if it was lost and the backoff allows.
  Lease Acquire() SW_EXCLUDES(mutex_);
  const std::string& url() const { return url_; }
  // How many lost connections were reopened, and how many attempts failed (for /metrics).
  std::size_t reconnects() const SW_EXCLUDES(mutex_);
  std::size_t failed_reconnects() const SW_EXCLUDES(mutex_);

 private:
  explicit DatabasePool(PoolOptions options);
  void Return(std::unique_ptr<Database> db) SW_EXCLUDES(mutex_);
  void Revive(Database& db) SW_EXCLUDES(mutex_);

  std::string url_;
  PoolOptions options_;
  mutable Mutex mutex_;
  std::condition_variable_any available_;
  std::vector<std::unique_ptr<Database>> free_ SW_GUARDED_BY(mutex_);
  ReconnectBackoff backoff_ SW_GUARDED_BY(mutex_);
  std::size_t reconnects_ SW_GUARDED_BY(mutex_) = 0;
  std::size_t failed_reconnects_ SW_GUARDED_BY(mutex_) = 0;
};

}  // namespace sanwang::store
