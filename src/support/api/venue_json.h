// Venues and bookings as the REST API shows and takes them (docs/architecture.md §8): the
// field names the browser app is written against, times ISO 8601 with +08:00. What a
// caller may see is decided by support/venue_access.h and passed in here. Pure functions;
// thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "support/booking_rules.h"
#include "support/store/venue_records.h"
#include "support/venue_usage_report.h"

namespace sanwang::api {

nlohmann::json VenueJson(const store::VenueRecord& venue);
// `details`: the booker or a manager of the venue — purpose, people, reason and the
// booker's name; everyone else sees the times and "已预订 booked".
nlohmann::json BookingJson(const store::BookingRecord& booking, bool mine, bool details);

// A usage report: hours as numbers (halves, since everything lies on the half hour),
// occupancy as a fraction, and the heat map as 7 × 24 cells, Monday 00:00 first.
nlohmann::json VenueUsageJson(const support::VenueUsageReport& report);

// A venue body over `base` (a blank record for a new venue, the stored one for an edit):
// the fields given replace base's; on create, owner_unit_code, name, kind and capacity are
// required. Unknown fields are refused.
Result<store::VenueRecord> VenueFromJson(const std::string& body, store::VenueRecord base, bool creating);
Result<support::BookingRequest> BookingRequestFromJson(const std::string& body);

}  // namespace sanwang::api
