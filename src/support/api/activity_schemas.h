// The OpenAPI shapes of the bodies the party-member and activity routes take
// (party_member_routes.cc, activity_routes.cc, read by activity_json.cc).
// scripts/openapi-conformance.sh checks them against every request the API tests send.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json PartyRegistrationSchema();
nlohmann::json NewActivitySchema();
// The optional body of a check-in or check-out: the time, else now.
nlohmann::json AttendanceSchema();
// The optional body of a decision on a registration: the reason.
nlohmann::json RegistrationDecisionSchema();

}  // namespace sanwang::api
