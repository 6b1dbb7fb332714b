// Everything on one person's calendar, as the feed their calendar link serves
// (calendar_link.h): the venues they booked and the volunteer activities they signed up
// for, from 90 days back onwards.
//
// Which states show, and how (RFC 5545 STATUS):
//   booking pending → TENTATIVE, accepted → CONFIRMED, no-show → CONFIRMED (the time was
//   held), refused or cancelled → CANCELLED, so that a program that showed it removes it;
//   activity signed up and published → CONFIRMED; the activity cancelled, or the person's
//   sign-up withdrawn → CANCELLED.
// A booking's event names the venue, its address and the booking's state; an activity's
// its title, place, organizing unit and state. Nothing in it names anyone: not the person
// (the address is a secret, but it is sent to calendar services), not other participants.
// Pure functions but ReadPersonCalendar; thread-safe.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/time.h"
#include "store/database.h"
#include "support/icalendar.h"
#include "support/store/activity_records.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

// How far back the feed reaches: events that ended longer ago are left out.
inline constexpr std::int64_t kPersonCalendarPastSeconds = std::int64_t{90} * 86400;

// What the calendar is made from: the person's own bookings, the activities they signed up
// for, and which of those they are still signed up for.
struct PersonCalendarSource {
  std::string district_code;
  std::vector<store::BookingRecord> bookings;
  std::vector<store::ActivityRecord> activities;
  std::set<store::Id> signed_up;
};

// Reads the source for the person from the store, up to 500 bookings and 500 activities.
Result<PersonCalendarSource> ReadPersonCalendar(store::Database& db, const std::string& district_code,
                                                store::Id person, UnixSeconds now);

// The events, bookings then activities, each in the order given.
std::vector<CalendarEvent> PersonCalendarEvents(const PersonCalendarSource& source);
std::string PersonCalendar(const PersonCalendarSource& source, UnixSeconds now);

// The STATUS of a booking's and an activity's event.
std::string BookingEventStatus(const std::string& booking_state);
std::string ActivityEventStatus(const store::ActivityRecord& activity, bool signed_up);

}  // namespace sanwang::support
