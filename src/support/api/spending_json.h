// The JSON of a spending record on its way through the approval chain (spending_routes.cc):
// the record as budget_json.h renders it, with its state's label, its line (unit and
// category) and what the caller may do with it now (may_approve, may_return,
// may_resubmit, may_withdraw, may_reverse, may_attach), so the browser offers only what
// the server allows; its events and attachments. Pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "support/budget_categories.h"
#include "support/spending_approval.h"

namespace sanwang::api {

nlohmann::json SpendingWithRightsJson(const support::Ledger& ledger, const support::SpendingInSight& s,
                                      const std::vector<support::BudgetCategory>& categories);
nlohmann::json SpendingEventJson(const store::SpendingEventRecord& e);
nlohmann::json SpendingFileJson(const store::SpendingFileRecord& f);

}  // namespace sanwang::api
