// Keeps the supervision notices of the task ledger (gov_supervision_notices). At most one
// notice of a milestone is active (not closed) at a time: a partial unique index refuses a
// second. Holds a reference to a Database; same thread-safety as it.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "governance/store/supervision_records.h"
#include "store/database.h"

namespace sanwang::store {

struct NoticeQuery {
  std::string district_code;
  bool active_only = false;
  std::optional<std::int64_t> level;
  std::set<Id> unit_ids;  // any of these units (empty: every unit)
  std::optional<Id> leader_id;
  std::set<Id> milestone_ids;  // any of these milestones (empty: every milestone)
  std::int64_t limit = 1000;
  std::int64_t offset = 0;
};

class SupervisionRepository {
 public:
  explicit SupervisionRepository(Database& db) : db_(db) {}

  Result<SupervisionNoticeRecord> Insert(SupervisionNoticeRecord notice);
  Result<SupervisionNoticeRecord> Get(Id id);
  // Newest first.
  Result<std::vector<SupervisionNoticeRecord>> List(const NoticeQuery& query);
  Result<std::int64_t> Count(const NoticeQuery& query);
  // Conflict when the notice is closed already; nothing is written then.
  Status Close(Id id, UnixSeconds at, const std::string& reason);
  // Conflict when the notice is closed or answered already.
  Status Answer(Id id, UnixSeconds at, Id user_id, const std::string& answer);

 private:
  Database& db_;
};

}  // namespace sanwang::store
