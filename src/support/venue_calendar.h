// A venue's accepted bookings as an iCalendar feed (RFC 5545), for calendar programs to
// subscribe to: one VEVENT per booking with a stable UID, DTSTART/DTEND in UTC ("Z"), the
// purpose as SUMMARY (text-escaped), never the booker. Lines end in CRLF and are folded at
// 75 octets without splitting a UTF-8 character. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/time.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

std::string VenueCalendar(const store::VenueRecord& venue, const std::vector<store::BookingRecord>& bookings,
                          UnixSeconds now);

// The pieces, tested on their own.
std::string EscapeCalendarText(std::string_view text);
std::string FoldCalendarLine(std::string_view line);  // with its CRLF
std::string CalendarUtc(UnixSeconds t);               // "20261130T010000Z"

}  // namespace sanwang::support
