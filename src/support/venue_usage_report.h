// The venue usage report of a unit or of one venue (venue_usage.h over what the
// repositories hold): who may read it (venue_access.h: the managers of the owner unit and
// the district-wide roles), the venues in use or not that the unit and the units below it
// own, their accepted and no-show bookings in the range, and the figures summed for the
// unit's own venues and for each unit one tier below. Used by the routes. Stateless; the
// Database is used by one thread at a time as usual.
#pragma once

#include <vector>

#include "cases/actor.h"
#include "core/working_calendar.h"
#include "org/org_directory.h"
#include "store/database.h"
#include "support/venue_usage.h"

namespace sanwang::support {

// The venues of one unit's subtree: the unit's own when `unit` is the report's unit.
struct UnitUsage {
  store::UnitRecord unit;
  std::int64_t venues = 0;
  UsageFigures figures;
};

struct VenueUsageReport {
  store::UnitRecord unit;
  UsageRange range;
  VenueUsageTally tally;
  // The unit's own venues first (when it owns any), then each unit one tier below that
  // owns venues, in code order.
  std::vector<UnitUsage> units;
};

// The longest range a report covers: a year, leap day included.
inline constexpr int kMaxUsageDays = 366;

// InvalidArgument naming `to` when the range is reversed or longer than kMaxUsageDays.
Status CheckUsageRange(const UsageRange& range);

// PermissionDenied unless ReadsVenueUsage(unit).
Result<VenueUsageReport> UnitVenueUsage(store::Database& db, const org::OrgDirectory& org,
                                        const cases::Actor& actor, const WorkingCalendar& calendar,
                                        store::Id unit_id, const UsageRange& range);
// One venue's report (its `units` has its owner unit alone). NotFound for a venue the
// actor may not see; PermissionDenied when the actor sees it but may not read its usage.
Result<VenueUsageReport> OneVenueUsage(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, const WorkingCalendar& calendar,
                                       store::Id venue_id, const UsageRange& range);

}  // namespace sanwang::support
