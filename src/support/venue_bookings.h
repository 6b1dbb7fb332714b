// The venues and bookings of the support net as actions: create and edit a venue, book
// it, and decide a booking (approve, refuse, cancel, mark no-show). Each checks who may act
// (venue_access.h) and what fits (venue.h, booking_rules.h) before it writes, and writes
// through the repositories, whose slot table keeps overlapping bookings out (a taken slot
// is Conflict). Used by the routes and the command line. Stateless functions; the
// Database is used by one thread at a time as usual.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/working_calendar.h"
#include "notify/notice_rules.h"
#include "org/org_directory.h"
#include "store/database.h"
#include "support/booking_rules.h"
#include "support/store/booking_repository.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

// The unit a venue may belong to: a community, a street or the district, named by code;
// InvalidArgument naming owner_unit_code otherwise.
Result<store::Id> VenueOwnerUnit(const org::OrgDirectory& org, const std::string& code);

// `venue.owner_unit_code` names the owner (a community, a street or the district); id and
// district are set here.
Result<store::VenueRecord> CreateVenue(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, store::VenueRecord venue);
// Replaces venue `venue.id`'s fields; the actor must manage its old and its new owner.
Result<store::VenueRecord> UpdateVenue(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, store::VenueRecord venue);
// NotFound for a venue of another district or one the actor may not see.
Result<store::VenueRecord> FindVenue(store::Database& db, const org::OrgDirectory& org,
                                     const cases::Actor& actor, store::Id id);

// Accepted at once, or pending when the venue needs approval.
Result<store::BookingRecord> BookVenue(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, const WorkingCalendar& calendar,
                                       store::Id venue_id, const BookingRequest& request, UnixSeconds now);

enum class Decision { kApprove, kRefuse, kCancel, kNoShow };
// approve: pending → accepted; refuse (a reason needed): pending → refused, frees the
// slots; cancel: pending or accepted → cancelled before its end, frees the slots; no-show:
// accepted → no_show after its start. Managers decide; the booker may also cancel. With
// `notices`, a decision someone other than the booker made tells the booker in the app, in
// the decision's transaction (notify/booking_notices.h).
Result<store::BookingRecord> DecideBooking(store::Database& db, const org::OrgDirectory& org,
                                           const cases::Actor& actor, store::Id booking_id, Decision decision,
                                           const std::string& reason, UnixSeconds now,
                                           const notify::NoticeRules* notices = nullptr);

// The query of the bookings of venues the actor manages (the whole district for admins),
// in `states` (every state when empty), for the caller to page through; PermissionDenied
// for anyone who manages no venue.
// The query of the bookings `actor` made: the upcoming ones first, soonest first, then the
// past ones, the latest first — what a booker looks for is what comes next.
Result<store::BookingQuery> MyBookingsQuery(const org::OrgDirectory& org, const cases::Actor& actor,
                                            UnixSeconds now);

Result<store::BookingQuery> ManagedBookingsQuery(const org::OrgDirectory& org, const cases::Actor& actor,
                                                 const std::set<std::string>& states);

}  // namespace sanwang::support
