// The budget routes' view of a call (budget_routes.cc, spending_routes.cc): the caller's
// books, with the spending workflow the server loaded (config/workflows/
// budget_spending.toml; without it spending is refused with 503).
#pragma once

#include "api/api.h"
#include "support/budget_ledger.h"

namespace sanwang::api {

support::Ledger BudgetLedgerOf(const Call& call);

}  // namespace sanwang::api
