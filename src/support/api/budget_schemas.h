// The OpenAPI shapes of the budget routes (budget_routes.cc): what budget_json.cc renders
// and what the routes read, written down for the document (api/openapi_schema.h). Money is
// integer 分 in every *_fen field. scripts/openapi-conformance.sh checks these against
// every request the API tests send.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json BudgetCategorySchema();
nlohmann::json BudgetCategoryListSchema();
nlohmann::json NewBudgetCategorySchema();
nlohmann::json BudgetLineSchema();
nlohmann::json BudgetLineListSchema();
nlohmann::json NewBudgetLineSchema();
nlohmann::json BudgetAmountSchema();
nlohmann::json NewAllocationSchema();
nlohmann::json AllocationSchema();
nlohmann::json SpendingSchema();
nlohmann::json SpendingListSchema();
nlohmann::json NewSpendingSchema();
nlohmann::json ReversalSchema();
nlohmann::json BudgetReportSchema();

}  // namespace sanwang::api
