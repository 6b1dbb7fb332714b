// The iCalendar feed of a venue (venue_calendar.h): accepted bookings only, with their
// purposes and never their bookers. The writer's own rules are icalendar_test.cc's.
#include "support/venue_calendar.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

TEST(VenueCalendarTest, AcceptedBookingsOnlyWithPurposeAndNoBooker) {
  store::VenueRecord venue;
  venue.name = "活动室";
  venue.address = "建设路1号";
  venue.district_code = "411002";
  store::BookingRecord accepted, pending;
  accepted.id = 7;
  accepted.state = "accepted";
  accepted.purpose = "合唱, 排练";
  accepted.booker_name = "张三";
  accepted.starts_at = *ParseIso8601("2026-12-01T09:00:00+08:00");
  accepted.ends_at = *ParseIso8601("2026-12-01T10:30:00+08:00");
  pending = accepted;
  pending.id = 8;
  pending.state = "pending";
  const std::string ics =
      VenueCalendar(venue, {accepted, pending}, *ParseIso8601("2026-11-30T09:00:00+08:00"));
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(ics.find("X-WR-CALNAME:活动室\r\n"), std::string::npos);
  EXPECT_NE(ics.find("UID:booking-7-411002@sanwang\r\n"), std::string::npos);
  EXPECT_EQ(ics.find("booking-8"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART:20261201T010000Z\r\nDTEND:20261201T023000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:合唱\\, 排练\r\n"), std::string::npos);
  EXPECT_NE(ics.find("LOCATION:活动室 建设路1号\r\n"), std::string::npos);
  EXPECT_EQ(ics.find("张三"), std::string::npos);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
}

}  // namespace
}  // namespace sanwang::support
