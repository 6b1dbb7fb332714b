// What makes a venue record valid (阵地 and shared venues): a known kind, a name, a
// capacity, opening hours that parse, booking rules in range. The kinds, the facility type
// of the service circles each kind stands for, and who a venue is open to are listed here
// and nowhere else. Pure functions; thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "core/status.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

// party_service_room 党群服务中心活动室, activity_room 活动室, reading_space 阅览室, court 球场,
// playground 游乐场, other.
std::span<const std::string_view> VenueKinds();
bool IsVenueKind(std::string_view kind);

// The facility type of the fifteen-minute service circles (config/facility-tags.csv) a venue
// of this kind counts as, or empty when it counts as none (`other`, an unknown kind):
// party_service_room and activity_room → cultural_center, reading_space → reading_space,
// court → court, playground → playground. docs/support.md §1 says why.
std::string_view FacilityTypeOfVenueKind(std::string_view kind);

inline constexpr std::string_view kOpenToPublic = "public";  // residents and staff
inline constexpr std::string_view kOpenToStaff = "staff";    // staff only

// Checks every field a person fills in; the error names the field (hours as
// "hours.workday" and "hours.rest_day").
Status ValidateVenue(const store::VenueRecord& venue);

}  // namespace sanwang::support
