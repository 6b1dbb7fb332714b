// FaultInjectingDatabase: a Database that forwards every call to a real connection, except
// the statements its FaultPlan says must fail; those return the planned error without
// reaching the database. A test puts it under the code it checks (through
// DatabasePool::Open's connector) to see how that code behaves when the database fails at
// one chosen point: the nth statement from now, a statement matching a pattern, or a
// commit. Transactions keep their meaning: a failed COMMIT is followed by the ROLLBACK
// Database::InTransaction sends, so nothing of the transaction stays.
//
// Thread-safety: a FaultInjectingDatabase is one connection and, like every Database, is
// not thread-safe. A FaultPlan is thread-safe: one plan may serve all connections of a
// pool and be changed by the test thread while other threads run statements.
#pragma once

#include <memory>
#include <mutex>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"
#include "store/database_pool.h"

namespace sanwang::testing {

class FaultPlan {
 public:
  // The nth statement from now fails (1 is the next one), counting every statement,
  // BEGIN and COMMIT included, on every connection that uses this plan.
  void FailNthStatement(int n, ErrorCode code = ErrorCode::kUnavailable);
  // The next `times` statements whose SQL contains a match of `pattern` (ECMAScript, case
  // ignored) fail.
  void FailMatching(const std::string& pattern, ErrorCode code = ErrorCode::kUnavailable, int times = 1);
  // The next `times` commits of an outermost transaction fail.
  void FailCommit(ErrorCode code = ErrorCode::kUnavailable, int times = 1);
  // Forgets every planned failure that has not happened yet.
  void Clear();

  // Counts `sql` as a statement and returns the failure planned for it, or Ok.
  Status Decide(std::string_view sql);
  // How many statements were decided on, and how many of them were failed.
  int statements() const;
  int injected() const;
  // How many of the statements decided on (failed ones included) match `pattern`.
  int CountSeen(const std::string& pattern) const;

 private:
  struct Rule {
    std::regex pattern;
    ErrorCode code;
    int remaining;  // failures still to inject
  };
  struct Nth {
    int at;  // the statement number that fails
    ErrorCode code;
  };

  mutable std::mutex mutex_;
  std::vector<std::string> seen_;  // guarded by mutex_
  int injected_ = 0;               // guarded by mutex_
  std::vector<Nth> nth_;           // guarded by mutex_
  std::vector<Rule> matching_;     // guarded by mutex_
};

class FaultInjectingDatabase : public store::Database {
 public:
  // `plan` must outlive this connection.
  FaultInjectingDatabase(std::unique_ptr<store::Database> wrapped, FaultPlan& plan)
      : wrapped_(std::move(wrapped)), plan_(plan) {}

  store::Dialect dialect() const override { return wrapped_->dialect(); }
  Result<std::int64_t> Execute(std::string_view sql, const store::SqlParams& params = {}) override;
  Result<std::vector<store::Row>> Query(std::string_view sql, const store::SqlParams& params = {}) override;
  Status ExecuteScript(std::string_view sql) override;
  bool Usable() override { return wrapped_->Usable(); }
  Status Reconnect() override { return wrapped_->Reconnect(); }
  Status TrimJournal() override { return wrapped_->TrimJournal(); }

 protected:
  Status BeginWrite() override;

 private:
  std::unique_ptr<store::Database> wrapped_;
  FaultPlan& plan_;
};

// A pool of `size` connections to `url` that all follow `plan` (which must outlive them).
Result<std::unique_ptr<store::DatabasePool>> FaultInjectingPool(const std::string& url, int size,
                                                                FaultPlan& plan);

}  // namespace sanwang::testing
