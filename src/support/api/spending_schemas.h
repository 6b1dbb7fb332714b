// The OpenAPI shapes of the spending approval routes (spending_routes.cc): what
// spending_json.cc renders and what the routes read. Money is integer 分.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json SpendingInChainSchema();
nlohmann::json SpendingInChainListSchema();
nlohmann::json SpendingDetailSchema();
nlohmann::json SpendingDecisionSchema();
nlohmann::json SpendingReturnSchema();
nlohmann::json SpendingFileSchema();
nlohmann::json SpendingFileListSchema();
nlohmann::json SpendingUploadSchema();

}  // namespace sanwang::api
