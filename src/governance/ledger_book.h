// The task ledger (任务台账) as one caller lays it out, reads it and works it: programmes →
// projects → tasks → milestones, the dependencies between milestones, the filtered
// ledger, and the milestone workflow — a unit reports progress and submits for
// acceptance, the supervision office accepts or returns (config/workflows/
// ledger_milestone.toml). Checks the caller's rights (ledger_access.h) and the input,
// naming the field of each bad value, and changes nothing when it refuses; writes through
// governance/store/ledger_repository.h, each change with its event in one transaction.
// Functions over a Database and an OrgDirectory snapshot; thread-safe as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "cases/workflow.h"
#include "core/clock.h"
#include "core/working_calendar.h"
#include "governance/store/ledger_repository.h"
#include "notify/notice_rules.h"
#include "org/org_directory.h"

namespace sanwang::governance {

struct Ledger {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;
  const cases::Workflow& workflow;  // ledger_milestone.toml
  const Clock& clock;
  const WorkingCalendar& calendar;
  // Tells the responsible unit and leader of each supervision notice opened
  // (notify/ledger_notices.h); none: nobody.
  const notify::NoticeRules* notices = nullptr;

  const std::string& district() const { return org.district_code(); }
  LocalDate today() const { return LocalDateOf(clock.Now()); }
};

// The milestone workflow's name: config/workflows/ledger_milestone.toml.
inline constexpr const char* kMilestoneWorkflow = "ledger_milestone";

// The effects a milestone workflow may name (cases::Workflow::Parse's vocabulary).
cases::EffectVocabulary MilestoneEffectNames();

struct NewTask {
  store::Id project_id = 0;
  std::string name;
  std::string starts_on;  // YYYY-MM-DD
  std::string ends_on;
  std::string unit_code;  // the leading unit
};

struct NewMilestone {
  store::Id task_id = 0;
  std::string name;
  std::string deliverables;
  std::string due_on;           // YYYY-MM-DD, a working day within the task's period
  std::string unit_code;        // the responsible unit
  std::string leader_username;  // the responsible leader's account; empty: none
  std::int64_t weight = 1;      // 1..100
  std::vector<store::Id> depends_on;
};

struct LedgerFilter {
  std::optional<store::Id> programme_id;
  std::optional<store::Id> task_id;
  std::string unit_code;               // this unit's milestones and those of the units below it
  std::string leader_username;         // this leader's milestones
  std::string state;                   // one of the workflow's states
  std::optional<int> due_within_days;  // open, due from today to today + N
  bool overdue = false;                // open and due before today
  std::int64_t limit = 100;
  std::int64_t offset = 0;
};

struct MilestonePage {
  std::vector<store::LedgerMilestoneRecord> items;
  std::int64_t total = 0;
};

struct MilestoneAction {
  std::string action;                   // a transition of the workflow
  std::optional<std::int64_t> percent;  // report: 0..100, required
  std::string note;
};

Result<store::LedgerProgrammeRecord> CreateProgramme(const Ledger& ledger, const std::string& name,
                                                     const std::string& description);
Result<store::LedgerProjectRecord> CreateProject(const Ledger& ledger, store::Id programme_id,
                                                 const std::string& name, const std::string& description);
Result<store::LedgerTaskRecord> CreateTask(const Ledger& ledger, const NewTask& task);
// A milestone is due on a working day within its task's period, at least as late as each
// milestone it depends on (of the same district); it starts in the workflow's initial state.
Result<store::LedgerMilestoneRecord> CreateMilestone(const Ledger& ledger, const NewMilestone& milestone);
// Replaces what a milestone depends on; a cycle is refused naming the milestones along it.
Result<store::LedgerMilestoneRecord> SetDependencies(const Ledger& ledger, store::Id milestone_id,
                                                     const std::vector<store::Id>& depends_on);

// The programmes, projects and tasks of the district (the ledger's outline), for readers.
struct LedgerOutline {
  std::vector<store::LedgerProgrammeRecord> programmes;
  std::vector<store::LedgerProjectRecord> projects;
  std::vector<store::LedgerTaskRecord> tasks;
};
Result<LedgerOutline> Outline(const Ledger& ledger);

// The milestones the caller sees that pass the filter, in due date order.
Result<MilestonePage> ListMilestones(const Ledger& ledger, const LedgerFilter& filter);
// NotFound for a milestone of another district or outside the caller's sight.
Result<store::LedgerMilestoneRecord> FindMilestone(const Ledger& ledger, store::Id id);
Result<std::vector<store::LedgerEventRecord>> MilestoneEvents(const Ledger& ledger, store::Id id);

// Takes a transition of the workflow: refused (and nothing written) when the state does
// not allow it, the role or scope does not, a note or percent is missing, or — to submit
// or accept — a milestone it depends on is not accepted yet. A progress report claims the
// milestone's evidence uploaded since the report before it (ledger_evidence.h).
Result<store::LedgerMilestoneRecord> Act(const Ledger& ledger, store::Id id, const MilestoneAction& action);

// Open (the workflow says) and due before today.
bool IsOverdue(const Ledger& ledger, const store::LedgerMilestoneRecord& milestone);
// The actions the caller may take on the milestone now, for user interfaces.
std::vector<std::string> AllowedActions(const Ledger& ledger, const store::LedgerMilestoneRecord& milestone);

}  // namespace sanwang::governance
