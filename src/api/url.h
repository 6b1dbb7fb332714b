// Request targets: the decoded path and the query parameters, checked strictly (a bad
// escape, invalid UTF-8, "..", or control characters are errors). Pure functions.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/status.h"
#include "core/url_encoding.h"

namespace sanwang::api {

struct Target {
  std::string path;
  std::multimap<std::string, std::string> query;
};

// Splits "/api/v1/cases?state=accepted" into a decoded path and its query. The path must
// start with '/' and may not contain "..", NUL or control characters after decoding.
Result<Target> ParseTarget(std::string_view target);

// The target as the access log writes it: without its query, and with the secret left out
// of an address that is its own credential — a calendar feed's (/api/v1/calendar/{token}.ics,
// /api/v1/calendar/venues/{token}.ics), a one-time survey link's (/api/v1/survey-links/{token})
// and the page that opens it (/s/{token}).
std::string LoggedTarget(std::string_view target);

}  // namespace sanwang::api
