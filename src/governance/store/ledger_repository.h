// Keeps the task ledger (gov_programmes, gov_projects, gov_tasks, gov_milestones,
// gov_milestone_dependencies, gov_milestone_events). A milestone comes back with its task,
// project and programme, its unit's code and name, its leader's account and the
// milestones it depends on. Holds a reference to a Database; same thread-safety as it
// (one thread at a time).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "governance/store/ledger_records.h"
#include "store/database.h"

namespace sanwang::store {

// Which milestones to list; every filter is optional.
struct MilestoneQuery {
  std::string district_code;
  std::optional<Id> programme_id;
  std::optional<Id> task_id;
  std::set<Id> unit_ids;  // any of these units (empty: every unit)
  std::optional<Id> leader_id;
  std::set<std::string> states;  // any of these states (empty: every state)
  std::string due_from;          // due on or after this date ("" : no bound)
  std::string due_to;            // due on or before this date
  std::int64_t limit = 1000;
  std::int64_t offset = 0;
};

// A dependency edge: `milestone` may not be done before `depends_on`.
using DependencyEdge = std::pair<Id, Id>;

class LedgerRepository {
 public:
  explicit LedgerRepository(Database& db) : db_(db) {}

  // AlreadyExists when the district has a programme of that name.
  Result<LedgerProgrammeRecord> InsertProgramme(LedgerProgrammeRecord programme);
  Result<LedgerProgrammeRecord> GetProgramme(Id id);
  Result<std::vector<LedgerProgrammeRecord>> Programmes(const std::string& district_code);

  // AlreadyExists when the programme has a project of that name.
  Result<LedgerProjectRecord> InsertProject(LedgerProjectRecord project);
  Result<LedgerProjectRecord> GetProject(Id id);
  Result<std::vector<LedgerProjectRecord>> Projects(const std::string& district_code);

  Result<LedgerTaskRecord> InsertTask(LedgerTaskRecord task);
  Result<LedgerTaskRecord> GetTask(Id id);
  Result<std::vector<LedgerTaskRecord>> Tasks(const std::string& district_code);

  // Writes the milestone and its dependencies; the caller has checked them.
  Result<LedgerMilestoneRecord> InsertMilestone(LedgerMilestoneRecord milestone);
  Result<LedgerMilestoneRecord> GetMilestone(Id id);
  // In due date and id order.
  Result<std::vector<LedgerMilestoneRecord>> Milestones(const MilestoneQuery& query);
  Result<std::int64_t> CountMilestones(const MilestoneQuery& query);
  // Replaces the milestones `milestone` depends on; the caller has checked them.
  Status ReplaceDependencies(Id milestone, const std::vector<Id>& depends_on);
  // Every dependency of the district's milestones.
  Result<std::vector<DependencyEdge>> Dependencies(const std::string& district_code);

  // Moves a milestone from `from_state` as `changed` says (state, percent, last_note,
  // reported_at, accepted_at) and writes its event, returning the event's id; Conflict
  // when the milestone is no longer in `from_state` (someone else moved it first), and
  // nothing is written.
  Result<Id> Move(const LedgerMilestoneRecord& changed, const std::string& from_state,
                  LedgerEventRecord event);
  // An event that does not move the milestone (e.g. a supervision notice about it).
  Status AppendEvent(const LedgerEventRecord& event);
  // Oldest first.
  Result<std::vector<LedgerEventRecord>> Events(Id milestone_id);

 private:
  Status LoadDependencies(std::vector<LedgerMilestoneRecord>& milestones);
  Result<Id> InsertEvent(const LedgerEventRecord& event);

  Database& db_;
};

}  // namespace sanwang::store
