// The iCalendar feed of a venue (venue_calendar.h): structure, UTC times, escaping, folding.
#include "support/venue_calendar.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

TEST(VenueCalendarTest, UtcTimesWithZ) {
  EXPECT_EQ(CalendarUtc(*ParseIso8601("2026-11-30T09:00:00+08:00")), "20261130T010000Z");
  EXPECT_EQ(CalendarUtc(*ParseIso8601("2026-12-01T07:30:00+08:00")), "20261130T233000Z");
}

TEST(VenueCalendarTest, TextIsEscaped) { EXPECT_EQ(EscapeCalendarText("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne"); }

TEST(VenueCalendarTest, LongLinesFoldAt75OctetsWithoutSplittingACharacter) {
  std::string line = "SUMMARY:";
  for (int i = 0; i < 60; ++i) line += "党";  // three octets each
  const std::string folded = FoldCalendarLine(line);
  std::string joined;
  std::size_t start = 0;
  while (start < folded.size()) {
    const std::size_t end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    const std::string physical = folded.substr(start, end - start);
    EXPECT_LE(physical.size(), 75u);
    if (start != 0) {
      EXPECT_EQ(physical[0], ' ');
      EXPECT_NE(static_cast<unsigned char>(physical[1]) & 0xC0, 0x80) << "a cut inside a character";
    }
    joined += start == 0 ? physical : physical.substr(1);
    start = end + 2;
  }
  EXPECT_EQ(joined, line);
}

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
  EXPECT_NE(ics.find("UID:booking-7-411002@sanwang\r\n"), std::string::npos);
  EXPECT_EQ(ics.find("booking-8"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART:20261201T010000Z\r\nDTEND:20261201T023000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:合唱\\, 排练\r\n"), std::string::npos);
  EXPECT_EQ(ics.find("张三"), std::string::npos);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') {
      EXPECT_EQ(ics[i - 1], '\r') << "bare LF at " << i;
    }
  }
}

}  // namespace
}  // namespace sanwang::support
