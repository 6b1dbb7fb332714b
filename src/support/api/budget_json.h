// The JSON of the budget routes (budget_routes.cc): lines, spending and report rows under
// the field names the browser pages are written against. Money stays integer 分 (*_fen);
// only execution_rate is a fraction. Pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "org/org_directory.h"
#include "support/budget_categories.h"
#include "support/budget_report.h"
#include "support/store/budget_repository.h"

namespace sanwang::api {

nlohmann::json BudgetCategoryJson(const support::BudgetCategory& c);
nlohmann::json BudgetLineJson(const store::BudgetLineRecord& line, const org::OrgDirectory& org,
                              const std::vector<support::BudgetCategory>& categories);
nlohmann::json BudgetSpendingJson(const store::BudgetSpendingRecord& s);
nlohmann::json BudgetAllocationJson(const store::BudgetAllocationRecord& a);
nlohmann::json BudgetReportJson(const support::BudgetReport& report);

}  // namespace sanwang::api
