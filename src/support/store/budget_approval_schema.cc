// The approval chain of spending records (支出审批), one migration of the "support" stream
// (its list is in support_schema.cc; docs/architecture.md §7, §15).
//
// A spending record now has a state of config/workflows/budget_spending.toml. Records
// written before the chain existed were spent as entered, so they become `approved`: the
// column's default. The line's spent_fen keeps what spending records hold — approved and
// still waiting — so committed_fen (= allocated + spent_fen) reserves a record's money from
// its submission on and the CHECKs of version 2 stay the wall; a withdrawn record gives
// its money back. The history of each record is its events (who moved it, from which state
// to which, the reason of a return, what a resubmission changed); its attachments (invoice
// scans) keep their checked type, size, SHA-256 and bytes.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

constexpr const char* kTables = R"SQL(
ALTER TABLE budget_spending ADD COLUMN state TEXT NOT NULL DEFAULT 'approved';
ALTER TABLE budget_spending ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE budget_spending ADD COLUMN return_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX budget_spending_state ON budget_spending (district_code, state);
CREATE TABLE budget_spending_events (
  id {{ID}},
  district_code TEXT NOT NULL,
  spending_id BIGINT NOT NULL REFERENCES budget_spending(id),
  at BIGINT NOT NULL,
  user_id BIGINT,
  user_name TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  note TEXT NOT NULL,
  changes TEXT NOT NULL
);
CREATE INDEX budget_spending_events_spending ON budget_spending_events (spending_id, id);
CREATE TABLE budget_spending_files (
  id {{ID}},
  district_code TEXT NOT NULL,
  spending_id BIGINT NOT NULL REFERENCES budget_spending(id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  data {{BLOB}} NOT NULL,
  uploaded_by BIGINT REFERENCES users(id),
  uploaded_at BIGINT NOT NULL,
  CHECK (size_bytes > 0)
);
CREATE INDEX budget_spending_files_spending ON budget_spending_files (spending_id, id);
)SQL";

}  // namespace

Migration BudgetApprovalMigration(int version) {
  return {version, "the approval chain of spending records, their events and attachments", kTables, "", ""};
}

}  // namespace sanwang::store
