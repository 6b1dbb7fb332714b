// A venue's calendar feed (iCalendar, venue_calendar.h) and the secret address at which it
// may be published (场地日历订阅). Anyone signed in reads the feed of a venue they see; a
// venue's managers may also publish it at a secret address so that a notice screen or a
// group's calendar program, which cannot sign in, shows when the venue is taken. The
// secret is treated as a person's calendar link's is (calendar_link.h): made from the
// server's randomness, shown only when made, stored only as a hash, one per venue;
// rotating gives a new secret and the old address stops, removing unpublishes. An
// unknown, rotated or removed address, and one of a venue no longer in use, answer the
// same NotFound. The feed names purposes, never bookers. Stateless functions.
#pragma once

#include <string>

#include "cases/actor.h"
#include "core/time.h"
#include "org/org_directory.h"
#include "store/database.h"
#include "support/calendar_link.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

// How far back a feed reaches: a calendar program keeps showing the recent past.
inline constexpr std::int64_t kVenueFeedPastSeconds = std::int64_t{90} * 86400;

// The venue's accepted bookings from kVenueFeedPastSeconds ago, as an iCalendar text.
Result<std::string> VenueFeedText(store::Database& db, const store::VenueRecord& venue, UnixSeconds now);

// Whether the venue is published and since when; for its managers only (PermissionDenied
// for anyone else who sees it, NotFound for who does not).
Result<CalendarLinkState> VenueFeedLinkOf(store::Database& db, const org::OrgDirectory& org,
                                          const cases::Actor& actor, store::Id venue_id);
// Publishes the venue at a new secret address (the old one, if any, stops).
Result<NewCalendarLink> RotateVenueFeedLink(store::Database& db, const org::OrgDirectory& org,
                                            const cases::Actor& actor, store::Id venue_id,
                                            const MakeLinkSecret& make_secret, UnixSeconds now);
// Stops publishing the venue: its address answers NotFound from now on.
Status RemoveVenueFeedLink(store::Database& db, const org::OrgDirectory& org, const cases::Actor& actor,
                           store::Id venue_id);
// The venue in use whose link has this hash; NotFound otherwise.
Result<store::VenueRecord> PublishedVenue(store::Database& db, const org::OrgDirectory& org,
                                          const std::string& token_hash);

}  // namespace sanwang::support
