// Deadlines and supervision of the spending approval chain's steps, one migration of the
// "support" stream (its list is in support_schema.cc; docs/support.md §2).
//
// step_due is when the step a record waits at is overdue, set by each move from the state's
// due_hours on the working calendar (the domain computes it: SQL knows no working hours);
// records waiting when this migration ran keep none and are never overdue. supervised marks
// a record flagged 督办 at its present step, so the minute sweep flags each step once.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

constexpr const char* kColumns = R"SQL(
ALTER TABLE budget_spending ADD COLUMN step_due BIGINT;
ALTER TABLE budget_spending ADD COLUMN supervised INTEGER NOT NULL DEFAULT 0;
CREATE INDEX budget_spending_step_due ON budget_spending (district_code, step_due);
)SQL";

}  // namespace

Migration BudgetDeadlineMigration(int version) {
  return {version, "deadlines and supervision of the spending approval steps", kColumns, "", ""};
}

}  // namespace sanwang::store
