// The support net's budget tables, one migration of the "support" stream (its list is in
// support_schema.cc; docs/architecture.md §7). Money is integer 分 (fen) in BIGINT columns: no floating point
// money.
//
// The guarantee that a line never hands out more than it holds lives here as well as in
// the repository: committed_fen (allocated onward + spent) is checked against amount_fen
// by a CHECK, so a statement that would break it fails on either engine even if a caller
// forgot the conditional update (budget_repository.cc).
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: categories a district adds beside the built-in four (support/budget_categories.h),
// budget lines per year × unit × category, the allocations from a line to a child unit's
// line, and the spending recorded against a line. Nothing is edited or deleted: a
// correction is a reversing spending row (negative, naming the row it reverses, once).
constexpr const char* kV1 = R"SQL(
CREATE TABLE budget_categories (
  id {{ID}},
  district_code TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (district_code, code)
);
CREATE TABLE budget_lines (
  id {{ID}},
  district_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  category TEXT NOT NULL,
  amount_fen BIGINT NOT NULL,
  allocated_fen BIGINT NOT NULL DEFAULT 0,
  spent_fen BIGINT NOT NULL DEFAULT 0,
  committed_fen BIGINT NOT NULL DEFAULT 0,
  parent_id BIGINT REFERENCES budget_lines(id),
  created_at BIGINT NOT NULL,
  UNIQUE (district_code, year, unit_id, category),
  CHECK (amount_fen >= 0),
  CHECK (committed_fen >= 0 AND committed_fen <= amount_fen),
  CHECK (committed_fen = allocated_fen + spent_fen)
);
CREATE INDEX budget_lines_year ON budget_lines (district_code, year);
CREATE INDEX budget_lines_parent ON budget_lines (parent_id);
CREATE TABLE budget_allocations (
  id {{ID}},
  district_code TEXT NOT NULL,
  from_line_id BIGINT NOT NULL REFERENCES budget_lines(id),
  to_line_id BIGINT NOT NULL REFERENCES budget_lines(id),
  amount_fen BIGINT NOT NULL,
  note TEXT NOT NULL,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  CHECK (amount_fen > 0)
);
CREATE INDEX budget_allocations_from ON budget_allocations (from_line_id);
CREATE TABLE budget_spending (
  id {{ID}},
  district_code TEXT NOT NULL,
  line_id BIGINT NOT NULL REFERENCES budget_lines(id),
  amount_fen BIGINT NOT NULL,
  purpose TEXT NOT NULL,
  payee TEXT NOT NULL,
  spent_on TEXT NOT NULL,
  spent_month INTEGER NOT NULL,
  note TEXT NOT NULL,
  created_by BIGINT,
  created_by_name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  reverses_id BIGINT UNIQUE REFERENCES budget_spending(id),
  CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
CREATE INDEX budget_spending_line ON budget_spending (line_id, id);
)SQL";

}  // namespace

Migration BudgetTablesMigration(int version) {
  return {version, "budget categories, lines, allocations and spending", kV1, "", ""};
}

}  // namespace sanwang::store
