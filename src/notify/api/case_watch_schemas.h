// The OpenAPI shapes of the case watch routes (case_watch_routes.cc): whether the caller
// follows a case, and the cases they follow.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json CaseWatchingSchema();
nlohmann::json CaseWatchListSchema();

}  // namespace sanwang::api
