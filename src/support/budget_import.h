// Budget lines from and to CSV (`sanwang support budget import|export`). A file has the
// columns year, unit_code, category, amount_fen, one line a row, in tree order: a district
// row sets up a district line, a street or community row allocates that amount from the
// parent unit's line of the same year and category (so the books stay balanced the same
// way the API keeps them). The whole file goes in one transaction: a malformed or refused
// row is reported with its line number and field and nothing is imported. The export
// writes every line of a year with its figures; its first four columns import again.
// Thread-safe as the Database given.
#pragma once

#include <string>
#include <string_view>

#include "support/budget_ledger.h"

namespace sanwang::support {

struct BudgetImportResult {
  int district_lines = 0;
  int allocations = 0;
};

// `ledger.actor` must be an admin (the command line acts as one).
Result<BudgetImportResult> ImportBudgetLines(const Ledger& ledger, std::string_view csv);
// year, unit_code, category, amount_fen, allocated_fen, spent_fen, remaining_fen, parent unit.
Result<std::string> ExportBudgetLines(const Ledger& ledger, int year);

}  // namespace sanwang::support
