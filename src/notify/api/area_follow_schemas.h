// The OpenAPI shapes of the area follow routes (area_follow_routes.cc): a follow as the
// caller sees it, the list of their follows, and what a new follow takes.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json AreaFollowSchema();
nlohmann::json AreaFollowListSchema();
nlohmann::json AreaFollowBodySchema();

}  // namespace sanwang::api
