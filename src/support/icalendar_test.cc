// The iCalendar writer (icalendar.h): UTC times, escaping, folding, and the frame of a
// calendar with its events.
#include "support/icalendar.h"

#include <gtest/gtest.h>

#include "support/icalendar_test_lines.h"

namespace sanwang::support {
namespace {

TEST(ICalendarTest, UtcTimesWithZ) {
  EXPECT_EQ(CalendarUtc(*ParseIso8601("2026-11-30T09:00:00+08:00")), "20261130T010000Z");
  EXPECT_EQ(CalendarUtc(*ParseIso8601("2026-12-01T07:30:00+08:00")), "20261130T233000Z");
}

TEST(ICalendarTest, TextIsEscaped) { EXPECT_EQ(EscapeCalendarText("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne"); }

TEST(ICalendarTest, LongLinesFoldAt75OctetsWithoutSplittingACharacter) {
  std::string line = "SUMMARY:";
  for (int i = 0; i < 60; ++i) line += "党";  // three octets each
  const std::vector<std::string> physical = PhysicalCalendarLines(FoldCalendarLine(line));
  ASSERT_GT(physical.size(), 1u);
  std::string joined = physical[0];
  for (std::size_t i = 1; i < physical.size(); ++i) {
    EXPECT_EQ(physical[i][0], ' ');
    EXPECT_NE(static_cast<unsigned char>(physical[i][1]) & 0xC0, 0x80) << "a cut inside a character";
    joined += physical[i].substr(1);
  }
  EXPECT_EQ(joined, line);
}

TEST(ICalendarTest, ACalendarFramesItsEventsAndLeavesEmptyPropertiesOut) {
  CalendarEvent full{"e-1@sanwang",
                     *ParseIso8601("2026-12-01T09:00:00+08:00"),
                     *ParseIso8601("2026-12-01T10:30:00+08:00"),
                     "合唱, 排练",
                     "活动室 建设路1号",
                     "状态: 待审核\n人数: 5",
                     "TENTATIVE"};
  CalendarEvent bare{"e-2@sanwang", full.starts_at, full.ends_at, "读书会", "", "", ""};
  const std::string ics = WriteCalendar("我的日历", {full, bare}, *ParseIso8601("2026-11-30T09:00:00+08:00"));
  const std::vector<std::string> lines = PhysicalCalendarLines(ics);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines[1], "VERSION:2.0");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_NE(ics.find("X-WR-CALNAME:我的日历\r\n"), std::string::npos);
  EXPECT_NE(ics.find("BEGIN:VEVENT\r\nUID:e-1@sanwang\r\nDTSTAMP:20261130T010000Z\r\n"
                     "DTSTART:20261201T010000Z\r\nDTEND:20261201T023000Z\r\nSUMMARY:合唱\\, 排练\r\n"
                     "LOCATION:活动室 建设路1号\r\nDESCRIPTION:状态: 待审核\\n人数: 5\r\nSTATUS:TENTATIVE\r\n"
                     "END:VEVENT\r\n"),
            std::string::npos)
      << ics;
  EXPECT_NE(ics.find("UID:e-2@sanwang\r\nDTSTAMP:20261130T010000Z\r\nDTSTART:20261201T010000Z\r\n"
                     "DTEND:20261201T023000Z\r\nSUMMARY:读书会\r\nEND:VEVENT\r\n"),
            std::string::npos)
      << ics;
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') {
      EXPECT_EQ(ics[i - 1], '\r') << "bare LF at " << i;
    }
  }
}

}  // namespace
}  // namespace sanwang::support
