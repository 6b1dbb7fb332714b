// The one iCalendar (RFC 5545) writer of the support net: a named calendar of events, each
// with a stable UID, DTSTART/DTEND in UTC ("Z", so no VTIMEZONE is needed and every program
// shows them in its own zone), text escaped, an optional STATUS. Lines end in CRLF and are
// folded at 75 octets without splitting a UTF-8 character. The venue feed
// (venue_calendar.h) and a person's feed (person_calendar.h) both write through it. Pure
// functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/time.h"

namespace sanwang::support {

struct CalendarEvent {
  std::string uid;  // stable across fetches, so a subscribed program updates the event in place
  UnixSeconds starts_at = 0;
  UnixSeconds ends_at = 0;
  std::string summary;
  std::string location;     // left out when empty
  std::string description;  // left out when empty; may hold line breaks
  std::string status;       // TENTATIVE, CONFIRMED or CANCELLED; left out when empty
};

// BEGIN:VCALENDAR … END:VCALENDAR with `name` as X-WR-CALNAME and DTSTAMP `now` on each event.
std::string WriteCalendar(std::string_view name, const std::vector<CalendarEvent>& events, UnixSeconds now);

// The pieces, tested on their own.
std::string EscapeCalendarText(std::string_view text);
std::string FoldCalendarLine(std::string_view line);  // with its CRLF
std::string CalendarUtc(UnixSeconds t);               // "20261130T010000Z"

}  // namespace sanwang::support
