// A venue's accepted bookings as an iCalendar feed (RFC 5545), for calendar programs to
// subscribe to: one VEVENT per booking with a stable UID, the purpose as SUMMARY, never
// the booker. Written by icalendar.h. Pure function; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/time.h"
#include "support/icalendar.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

std::string VenueCalendar(const store::VenueRecord& venue, const std::vector<store::BookingRecord>& bookings,
                          UnixSeconds now);

// "booking-7-411002@sanwang": the same booking has the same UID in every feed that holds it.
std::string BookingEventUid(store::Id booking_id, const std::string& district_code);

}  // namespace sanwang::support
