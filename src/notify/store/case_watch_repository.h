// Keeps the cases staff follow (关注案件, notify_case_watches, notify_schema.cc): one row per
// account and case, so that a change of the case finds its followers by the case's id.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct CaseWatchRecord {
  Id case_id = 0;
  std::int64_t since = 0;
};

class CaseWatchRepository {
 public:
  explicit CaseWatchRepository(Database& db) : db_(db) {}

  // False when the user follows the case already (nothing is written then).
  Result<bool> Insert(const std::string& district, Id user_id, Id case_id, std::int64_t since);
  // False when the user did not follow it.
  Result<bool> Remove(Id user_id, Id case_id);
  Result<bool> Has(Id user_id, Id case_id);
  Result<std::int64_t> CountOfUser(Id user_id);
  // The cases the user follows, the latest followed first.
  Result<std::vector<CaseWatchRecord>> OfUser(Id user_id);
  // The enabled accounts that follow the case, by id.
  Result<std::vector<Id>> Watchers(Id case_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
