// The named set of roles that read venues' usage statistics (support/venue_usage_report.h),
// kept beside roles.h and granted through its Capabilities() like every other set.
// Constant data; thread-safe.
#pragma once

#include "org/roles.h"

namespace sanwang::org {

// Those who read how much venues are used: the venues' managers (community and street
// staff, for the units in their scope) and the district-wide roles — the command center,
// supervisors, leaders and admins — for every unit. support::ReadsVenueUsage decides unit
// by unit.
RoleSet VenueUsageReaderRoles();

}  // namespace sanwang::org
