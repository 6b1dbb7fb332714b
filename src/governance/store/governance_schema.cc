// The governance module's migration stream, "governance" (docs/architecture.md §7, §15),
// numbered from 1.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: the task ledger. Programmes hold projects, projects hold tasks, tasks hold
// milestones; a milestone may depend on others (the ledger refuses a cycle before it
// writes, and the key refuses the same edge twice). A milestone's state changes only by a
// conditional update on the state it was read in, in the same transaction as its event,
// so of two people acting on it at once the second finds the state moved and is refused.
constexpr const char* kV1 = R"SQL(
CREATE TABLE gov_programmes (
  id {{ID}},
  district_code TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, name)
);
CREATE TABLE gov_projects (
  id {{ID}},
  district_code TEXT NOT NULL,
  programme_id BIGINT NOT NULL REFERENCES gov_programmes(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  UNIQUE (programme_id, name)
);
CREATE TABLE gov_tasks (
  id {{ID}},
  district_code TEXT NOT NULL,
  project_id BIGINT NOT NULL REFERENCES gov_projects(id),
  name TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX gov_tasks_project ON gov_tasks (project_id);
CREATE TABLE gov_milestones (
  id {{ID}},
  district_code TEXT NOT NULL,
  task_id BIGINT NOT NULL REFERENCES gov_tasks(id),
  name TEXT NOT NULL,
  deliverables TEXT NOT NULL,
  due_on TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  leader_id BIGINT REFERENCES users(id),
  weight INTEGER NOT NULL,
  state TEXT NOT NULL,
  percent INTEGER NOT NULL,
  last_note TEXT NOT NULL,
  reported_at BIGINT,
  accepted_at BIGINT,
  created_at BIGINT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  CHECK (weight BETWEEN 1 AND 100),
  CHECK (percent BETWEEN 0 AND 100)
);
CREATE INDEX gov_milestones_task ON gov_milestones (task_id);
CREATE INDEX gov_milestones_due ON gov_milestones (district_code, due_on);
CREATE INDEX gov_milestones_unit ON gov_milestones (district_code, unit_id, due_on);
CREATE INDEX gov_milestones_leader ON gov_milestones (leader_id);
CREATE TABLE gov_milestone_dependencies (
  milestone_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  depends_on_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  PRIMARY KEY (milestone_id, depends_on_id),
  CHECK (milestone_id <> depends_on_id)
);
CREATE INDEX gov_milestone_dependencies_on ON gov_milestone_dependencies (depends_on_id);
CREATE TABLE gov_milestone_events (
  id {{ID}},
  district_code TEXT NOT NULL,
  milestone_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  at BIGINT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  percent INTEGER,
  note TEXT NOT NULL
);
CREATE INDEX gov_milestone_events_milestone ON gov_milestone_events (milestone_id, id);
)SQL";

// Version 2: supervision notices (督办单). One row per level of supervision of a
// milestone; a notice that escalates is closed and the next level points back to it, so
// the chain of reminders, notices and interviews stays on record. The partial unique index
// keeps at most one active notice per milestone, whoever opens it.
constexpr const char* kV2 = R"SQL(
CREATE TABLE gov_supervision_notices (
  id {{ID}},
  district_code TEXT NOT NULL,
  milestone_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  level INTEGER NOT NULL,
  reason TEXT NOT NULL,
  note TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  leader_id BIGINT REFERENCES users(id),
  opened_at BIGINT NOT NULL,
  opened_by BIGINT REFERENCES users(id),
  answer_by BIGINT NOT NULL,
  answered_at BIGINT,
  answered_by BIGINT REFERENCES users(id),
  answer TEXT NOT NULL DEFAULT '',
  closed_at BIGINT,
  closed_reason TEXT NOT NULL DEFAULT '',
  previous_id BIGINT REFERENCES gov_supervision_notices(id),
  demo INTEGER NOT NULL DEFAULT 0,
  CHECK (level BETWEEN 1 AND 3)
);
CREATE UNIQUE INDEX gov_supervision_notices_active ON gov_supervision_notices (milestone_id)
  WHERE closed_at IS NULL;
CREATE INDEX gov_supervision_notices_district ON gov_supervision_notices (district_code, opened_at);
CREATE INDEX gov_supervision_notices_unit ON gov_supervision_notices (unit_id);
)SQL";

}  // namespace

std::vector<Migration> GovernanceMigrations() {
  return {
      {1, "the task ledger: programmes, projects, tasks, milestones, dependencies, events", kV1, "", ""},
      {2, "supervision notices of the task ledger (督办单)", kV2, "", ""},
  };
}

}  // namespace sanwang::store
