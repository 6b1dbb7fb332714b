// The OpenAPI shapes of the bodies the party-member and activity routes take and answer
// (party_member_routes.cc, activity_routes.cc; written and read by activity_json.cc).
// scripts/openapi-conformance.sh checks them against every exchange the API tests make.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json NewPartyRegistrationSchema();
nlohmann::json NewActivitySchema();
// The optional body of a check-in or check-out: the time, else now.
nlohmann::json AttendanceSchema();
// The optional body of a decision on a registration: the reason.
nlohmann::json RegistrationDecisionSchema();

// A registration as registering and deciding answer it.
nlohmann::json PartyRegistrationSchema();
// {items: [registration with may_manage], total, page, page_size}: those an organizer decides.
nlohmann::json ManagedPartyRegistrationPageSchema(int max_page_size);
// {registration (null when none), may_register}.
nlohmann::json MyPartyRegistrationSchema();

// An activity as publishing and cancelling answer it.
nlohmann::json ActivitySchema();
// The most activities one page of the list holds (page_size).
inline constexpr int kMaxActivityPageSize = 200;
// {items: [activity with what the caller may do], total, page, page_size}.
nlohmann::json ActivityListSchema();
// One activity with what the caller may do and its sign-ups.
nlohmann::json ActivityWithSignupsSchema();
nlohmann::json SignupSchema();
nlohmann::json HoursReportSchema();

}  // namespace sanwang::api
