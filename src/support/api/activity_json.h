// In-service party members' registrations, volunteer activities and their sign-ups as the
// REST API shows and takes them (docs/architecture.md §8, docs/support.md §3): the field
// names the browser app is written against, times ISO 8601 with +08:00. What a caller may
// do and see (may_sign_up, may_manage, the phones) is decided by support/activity_access.h
// and passed in here. Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "support/activities.h"
#include "support/party_members.h"
#include "support/service_hours.h"
#include "support/store/activity_records.h"

namespace sanwang::api {

// `contact`: the caller organizes the community, so sees the phone unmasked.
nlohmann::json RegistrationJson(const store::PartyRegistrationRecord& r, bool contact);
nlohmann::json ActivityJson(const store::ActivityRecord& a);
// `contact`: the caller organizes the activity; everyone else sees masked phones.
nlohmann::json SignupJson(const store::ActivitySignupRecord& s, bool contact);
nlohmann::json HoursReportJson(int year, const std::vector<support::WorkplaceHours>& workplaces);

Result<support::RegistrationRequest> RegistrationRequestFromJson(const std::string& body);
Result<support::ActivityRequest> ActivityRequestFromJson(const std::string& body);
// An optional {"at": ISO 8601} body (check-in, check-out); `now` when absent.
Result<UnixSeconds> AtFromJson(const std::string& body, UnixSeconds now);

}  // namespace sanwang::api
