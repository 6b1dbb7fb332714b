#include "support/venue_calendar.h"

namespace sanwang::support {

std::string BookingEventUid(store::Id booking_id, const std::string& district_code) {
  return "booking-" + std::to_string(booking_id) + "-" + district_code + "@sanwang";
}

std::string VenueCalendar(const store::VenueRecord& venue, const std::vector<store::BookingRecord>& bookings,
                          UnixSeconds now) {
  std::vector<CalendarEvent> events;
  for (const store::BookingRecord& b : bookings) {
    if (b.state != "accepted") continue;
    CalendarEvent e;
    e.uid = BookingEventUid(b.id, venue.district_code);
    e.starts_at = b.starts_at;
    e.ends_at = b.ends_at;
    e.summary = b.purpose;
    e.location = venue.name + (venue.address.empty() ? "" : " " + venue.address);
    events.push_back(std::move(e));
  }
  return WriteCalendar(venue.name, events, now);
}

}  // namespace sanwang::support
