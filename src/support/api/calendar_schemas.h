// The OpenAPI shapes of the personal calendar routes (calendar_routes.cc): a person's
// calendar link, with the feed's path only in the answer that made it.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json CalendarLinkSchema();

}  // namespace sanwang::api
