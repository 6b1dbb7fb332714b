// The execution report of a year's budget for one unit, for drilling down district →
// street → community: the unit's own lines, then per child unit (one tier down) and per
// category the amount, what was allocated onward, what was spent and what remains, and
// the monthly spending of the unit's whole subtree per category.
//
// Definitions (also in the API document): spent_fen is the spending of the line and of
// every line allocated from it, down the tree, net of reversals, counting approved records
// only; pending_fen is the same subtree's spending still in the approval chain (held, not
// yet spent); execution_rate (执行率) = spent_fen / amount_fen (0 for a zero amount);
// remaining_fen = amount − allocated onward − spent and pending on the line itself, the
// money still free at that unit; own_spent_fen is the line's own approved spending. Money is integer 分; only
// the rate is a double. Thread-safe as the Database.
#pragma once

#include <string>
#include <vector>

#include "support/budget_ledger.h"

namespace sanwang::support {

struct BudgetReportRow {
  std::string unit_code;
  std::string unit_name;
  std::string category;
  std::string category_name;
  std::int64_t amount_fen = 0;
  std::int64_t allocated_fen = 0;
  std::int64_t own_spent_fen = 0;
  std::int64_t spent_fen = 0;    // the subtree's approved spending
  std::int64_t pending_fen = 0;  // the subtree's spending still in the approval chain
  std::int64_t remaining_fen = 0;
  double execution_rate = 0;
};

struct BudgetMonthRow {
  int month = 0;  // 202611
  std::string category;
  std::string category_name;
  std::int64_t spent_fen = 0;
};

struct BudgetReport {
  int year = 0;
  std::string unit_code;
  std::string unit_name;
  std::vector<BudgetReportRow> own;       // the unit's lines, one per category
  std::vector<BudgetReportRow> children;  // per child unit × category
  std::vector<BudgetMonthRow> monthly;    // the subtree's spending, by month and category
};

// The report of `unit_code` (the caller's own scope when empty: the district for the
// district-wide roles), refused outside the caller's scope.
Result<BudgetReport> BuildBudgetReport(const Ledger& ledger, int year, const std::string& unit_code);

}  // namespace sanwang::support
