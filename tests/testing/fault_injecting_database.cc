#include "testing/fault_injecting_database.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace sanwang::testing {

void FaultPlan::FailNthStatement(int n, ErrorCode code) {
  std::lock_guard<std::mutex> lock(mutex_);
  nth_.push_back(Nth{static_cast<int>(seen_.size()) + n, code});
}

void FaultPlan::FailMatching(const std::string& pattern, ErrorCode code, int times) {
  std::lock_guard<std::mutex> lock(mutex_);
  matching_.push_back(Rule{std::regex(pattern, std::regex::ECMAScript | std::regex::icase), code, times});
}

// Database::InTransaction ends an outermost transaction with exactly this statement.
void FaultPlan::FailCommit(ErrorCode code, int times) { FailMatching("^COMMIT$", code, times); }

void FaultPlan::Clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  nth_.clear();
  matching_.clear();
}

Status FaultPlan::Decide(std::string_view sql) {
  std::lock_guard<std::mutex> lock(mutex_);
  seen_.emplace_back(sql);
  const int number = static_cast<int>(seen_.size());
  std::optional<ErrorCode> failure;
  auto nth = std::find_if(nth_.begin(), nth_.end(), [&](const Nth& n) { return n.at == number; });
  if (nth != nth_.end()) {
    failure = nth->code;
    nth_.erase(nth);
  }
  for (Rule& rule : matching_) {
    if (failure) break;
    if (rule.remaining <= 0 || !std::regex_search(sql.begin(), sql.end(), rule.pattern)) continue;
    --rule.remaining;
    failure = rule.code;
  }
  if (!failure) return Status::Ok();
  ++injected_;
  return {*failure, "injected fault at statement " + std::to_string(number) + ": " + std::string(sql)};
}

int FaultPlan::statements() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(seen_.size());
}

int FaultPlan::CountSeen(const std::string& pattern) const {
  const std::regex re(pattern, std::regex::ECMAScript | std::regex::icase);
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(std::count_if(seen_.begin(), seen_.end(),
                                        [&](const std::string& s) { return std::regex_search(s, re); }));
}

int FaultPlan::injected() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return injected_;
}

Result<std::int64_t> FaultInjectingDatabase::Execute(std::string_view sql, const store::SqlParams& params) {
  SW_RETURN_IF_ERROR(plan_.Decide(sql));
  return wrapped_->Execute(sql, params);
}

Result<std::vector<store::Row>> FaultInjectingDatabase::Query(std::string_view sql,
                                                              const store::SqlParams& params) {
  SW_RETURN_IF_ERROR(plan_.Decide(sql));
  return wrapped_->Query(sql, params);
}

Status FaultInjectingDatabase::ExecuteScript(std::string_view sql) {
  SW_RETURN_IF_ERROR(plan_.Decide(sql));
  return wrapped_->ExecuteScript(sql);
}

Status FaultInjectingDatabase::BeginWrite() {
  SW_RETURN_IF_ERROR(plan_.Decide("BEGIN"));
  return BeginWriteOn(*wrapped_);
}

Result<std::unique_ptr<store::DatabasePool>> FaultInjectingPool(const std::string& url, int size,
                                                                FaultPlan& plan) {
  std::vector<std::unique_ptr<store::Database>> connections;
  for (int i = 0; i < size; ++i) {
    SW_ASSIGN_OR_RETURN(auto db, store::OpenDatabase(url));
    connections.push_back(std::make_unique<FaultInjectingDatabase>(std::move(db), plan));
  }
  store::PoolOptions options;
  options.size = size;
  return store::DatabasePool::Adopt(std::move(connections), std::move(options));
}

}  // namespace sanwang::testing
