// A supervision notice (督办单) of the task ledger, as the "governance" migration stream
// keeps it (gov_supervision_notices). Plain values; when a notice opens, escalates, is
// answered or closes is decided in src/governance/supervision.h, not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/time.h"
#include "store/records.h"

namespace sanwang::store {

// One level of supervision of one milestone: opened by the timer (or the office when it
// escalates by hand), sent to the milestone's responsible unit and leader, answered by
// them, closed when it escalates to the next level or the milestone no longer needs it.
// A notice that escalates stays as it was, closed, and the next level points back to it.
struct SupervisionNoticeRecord {
  Id id = 0;
  std::string district_code;
  Id milestone_id = 0;
  std::int64_t level = 1;       // 1 提醒, 2 督办, 3 约谈问责
  std::string reason;           // "overdue", "no_progress"
  std::string note;             // the office's words when it escalated by hand
  Id unit_id = 0;               // notified: the responsible unit …
  std::optional<Id> leader_id;  // … and the responsible leader
  UnixSeconds opened_at = 0;
  std::optional<Id> opened_by;  // empty: the timer
  UnixSeconds answer_by = 0;    // unanswered past this, the timer escalates it
  std::optional<UnixSeconds> answered_at;
  std::optional<Id> answered_by;
  std::string answer;
  std::optional<UnixSeconds> closed_at;
  std::string closed_reason;  // "escalated", "resolved"
  std::optional<Id> previous_id;
  bool demo = false;
  // Read through the milestone, unit and accounts; ignored on writes.
  std::string milestone_name;
  std::string due_on;
  std::string unit_code;
  std::string unit_name;
  std::string leader_username;
  std::string leader_name;
  std::string opened_by_username;
  std::string answered_by_username;
};

}  // namespace sanwang::store
