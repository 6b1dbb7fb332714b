#include "support/venue_feed.h"

#include "support/store/booking_repository.h"
#include "support/store/venue_feed_repository.h"
#include "support/store/venue_repository.h"
#include "support/venue_access.h"
#include "support/venue_bookings.h"
#include "support/venue_calendar.h"

namespace sanwang::support {
namespace {

// A venue's feed holds at most this many bookings: three months back and as far ahead as
// bookings go is far below it for any one room.
constexpr std::size_t kFeedBookings = 5000;

Result<store::VenueRecord> ManagedVenue(store::Database& db, const org::OrgDirectory& org,
                                        const cases::Actor& actor, store::Id venue_id) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, FindVenue(db, org, actor, venue_id));
  if (!ManagesVenue(org, actor, venue)) {
    return PermissionDenied("只有场地的管理者可以发布其日历 only the venue's managers publish its calendar");
  }
  return venue;
}

}  // namespace

Result<std::string> VenueFeedText(store::Database& db, const store::VenueRecord& venue, UnixSeconds now) {
  store::BookingQuery query;
  query.district_code = venue.district_code;
  query.venue_id = venue.id;
  query.states = {"accepted"};
  query.from = now - kVenueFeedPastSeconds;
  query.limit = kFeedBookings;
  SW_ASSIGN_OR_RETURN(auto bookings, store::BookingRepository(db).List(query));
  return VenueCalendar(venue, bookings, now);
}

Result<CalendarLinkState> VenueFeedLinkOf(store::Database& db, const org::OrgDirectory& org,
                                          const cases::Actor& actor, store::Id venue_id) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, ManagedVenue(db, org, actor, venue_id));
  SW_ASSIGN_OR_RETURN(auto link, store::VenueFeedRepository(db).Of(venue.id));
  if (!link) return CalendarLinkState{};
  return CalendarLinkState{true, link->created_at};
}

Result<NewCalendarLink> RotateVenueFeedLink(store::Database& db, const org::OrgDirectory& org,
                                            const cases::Actor& actor, store::Id venue_id,
                                            const MakeLinkSecret& make_secret, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, ManagedVenue(db, org, actor, venue_id));
  const LinkSecret secret = make_secret();
  SW_RETURN_IF_ERROR(
      store::VenueFeedRepository(db).Replace({venue.id, venue.district_code, secret.hash, now}));
  return NewCalendarLink{secret.token, now};
}

Status RemoveVenueFeedLink(store::Database& db, const org::OrgDirectory& org, const cases::Actor& actor,
                           store::Id venue_id) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, ManagedVenue(db, org, actor, venue_id));
  return store::VenueFeedRepository(db).Remove(venue.id);
}

// Found as an anonymous caller would see it, so a venue taken out of use stops its feed.
Result<store::VenueRecord> PublishedVenue(store::Database& db, const org::OrgDirectory& org,
                                          const std::string& token_hash) {
  SW_ASSIGN_OR_RETURN(auto venue_id, store::VenueFeedRepository(db).VenueOf(org.district_code(), token_hash));
  if (!venue_id) return NotFound(kNoSuchCalendarMessage);
  auto venue = FindVenue(db, org, cases::Actor{}, *venue_id);
  if (!venue.ok() && venue.status().code() == ErrorCode::kNotFound) return NotFound(kNoSuchCalendarMessage);
  return venue;
}

}  // namespace sanwang::support
