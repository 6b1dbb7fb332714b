// Who may do what with venues and bookings (docs/architecture.md §9: the rules live in the
// domain, routes only ask). Any signed-in person reads active venues and their busy
// slots; residents and staff book (a staff-only venue refuses residents); the managers of
// a venue — community and street staff whose scope holds its owner unit, and admins
// everywhere (org::VenueManagerRoles) — create and edit it and decide its bookings; the
// booker or a manager cancels; a booker's identity is shown to the booker and the
// managers only. Usage statistics of a unit's venues are read by its managers and by the
// district-wide roles (command centre, supervisors, leaders, admins; org::VenueUsageReaderRoles),
// who oversee every unit's venues without running them. Pure functions over the OrgDirectory; thread-safe.
#pragma once

#include "cases/actor.h"
#include "org/org_directory.h"
#include "org/venue_roles.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

// Whether the actor manages venues owned by `unit_id`.
bool ManagesUnit(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
bool ManagesVenue(const org::OrgDirectory& org, const cases::Actor& actor, const store::VenueRecord& venue);
// Whether the actor reads the usage statistics of the venues `unit_id` and the units below
// it own: the unit's managers and the district-wide roles.
bool ReadsVenueUsage(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
// Whether the actor may see the venue at all: active ones for everyone, inactive ones for
// its managers.
bool SeesVenue(const org::OrgDirectory& org, const cases::Actor& actor, const store::VenueRecord& venue);
// PermissionDenied when the actor may not book the venue.
Status MayBook(const cases::Actor& actor, const store::VenueRecord& venue);
bool IsBooker(const cases::Actor& actor, const store::BookingRecord& booking);
// The booker and the venue's managers see who booked and why.
bool SeesBookingDetails(const org::OrgDirectory& org, const cases::Actor& actor,
                        const store::BookingRecord& booking);

}  // namespace sanwang::support
