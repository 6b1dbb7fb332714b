// The rows of the task ledger (任务台账, the "governance" migration stream): programmes,
// their projects, the projects' tasks and the tasks' milestones, the dependencies between
// milestones, each milestone's events and the evidence files of its progress reports. Plain values the ledger
// repository reads and writes; the rules about them (dates, weights, cycles, states, who acts) live in
// src/governance/, not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time.h"
#include "store/records.h"

namespace sanwang::store {

// A programme such as the "1369" project (工程), and a project within it (e.g. 基层治理).
struct LedgerProgrammeRecord {
  Id id = 0;
  std::string district_code;
  std::string name;
  std::string description;
  bool demo = false;
};

struct LedgerProjectRecord {
  Id id = 0;
  std::string district_code;
  Id programme_id = 0;
  std::string name;
  std::string description;
};

// A task of a project, with the period it runs over and the unit that leads it.
struct LedgerTaskRecord {
  Id id = 0;
  std::string district_code;
  Id project_id = 0;
  std::string name;
  std::string starts_on;  // "2026-01-01"
  std::string ends_on;    // "2026-12-31"
  Id unit_id = 0;
  // Read through the project; ignored on writes.
  Id programme_id = 0;
};

// A milestone (时间节点) of a task: what is due when, from which unit, under which leader.
struct LedgerMilestoneRecord {
  Id id = 0;
  std::string district_code;
  Id task_id = 0;
  std::string name;
  std::string deliverables;                // 成果要求
  std::string due_on;                      // "2026-06-30", a working day
  Id unit_id = 0;                          // 责任单位
  std::optional<Id> leader_id;             // 责任领导, an account
  std::int64_t weight = 1;                 // its share of the task, 1..100
  std::string state;                       // ledger_milestone.toml's states
  std::int64_t percent = 0;                // progress last reported, 0..100
  std::string last_note;                   // the text of the last report
  std::optional<UnixSeconds> reported_at;  // the last progress report
  std::optional<UnixSeconds> accepted_at;
  UnixSeconds created_at = 0;
  bool demo = false;
  std::vector<Id> depends_on;  // milestones that must be accepted first
  // Read through the task, project, programme, unit and account; ignored on writes.
  std::string task_name;
  std::string task_starts_on;
  Id project_id = 0;
  std::string project_name;
  Id programme_id = 0;
  std::string programme_name;
  std::string unit_code;
  std::string unit_name;
  std::string leader_username;
  std::string leader_name;
};

// One change of a milestone: who did what, from which state to which, with the percent
// reported and the note; immutable.
struct LedgerEventRecord {
  Id id = 0;
  std::string district_code;
  Id milestone_id = 0;
  UnixSeconds at = 0;
  std::optional<Id> user_id;
  std::string role;
  std::string action;
  std::string from_state;
  std::string to_state;
  std::optional<std::int64_t> percent;
  std::string note;
  std::string username;  // read from users; ignored on writes
};

// A file a unit gave as evidence of its progress on a milestone (进度佐证材料): uploaded to
// the milestone, then claimed by the unit's next progress report (`event_id`).
struct LedgerEvidenceRecord {
  Id id = 0;
  std::string district_code;
  Id milestone_id = 0;
  std::optional<Id> event_id;  // the progress report it came with; none until the next report
  std::string file_name;       // sanitised
  std::string content_type;    // the checked type
  std::int64_t size_bytes = 0;
  std::string sha256;  // hex
  std::string data;    // empty in listings
  std::optional<Id> uploaded_by;
  UnixSeconds uploaded_at = 0;
  std::string uploader_username;  // read from users; ignored on writes
};

}  // namespace sanwang::store
