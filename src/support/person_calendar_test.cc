// What a person's calendar holds (person_calendar.h): every booking state and sign-up
// state shown or marked cancelled as RFC 5545 allows, the venue's address, and no names.
#include "support/person_calendar.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

const UnixSeconds kNow = *ParseIso8601("2026-11-30T09:00:00+08:00");

store::BookingRecord Booking(store::Id id, const std::string& state) {
  store::BookingRecord b;
  b.id = id;
  b.district_code = "411002";
  b.state = state;
  b.purpose = "读书会";
  b.people = 6;
  b.venue_name = "和平社区活动室";
  b.venue_address = "和平路18号";
  b.booker_name = "张三";
  b.starts_at = *ParseIso8601("2026-12-01T09:00:00+08:00");
  b.ends_at = *ParseIso8601("2026-12-01T10:30:00+08:00");
  return b;
}

store::ActivityRecord Activity(store::Id id, const std::string& state) {
  store::ActivityRecord a;
  a.id = id;
  a.district_code = "411002";
  a.state = state;
  a.title = "清洁家园";
  a.description = "清理楼道杂物";
  a.place = "幸福小区广场";
  a.unit_name = "和平社区";
  a.starts_at = *ParseIso8601("2026-12-02T14:00:00+08:00");
  a.ends_at = *ParseIso8601("2026-12-02T16:00:00+08:00");
  return a;
}

PersonCalendarSource Source() {
  PersonCalendarSource s;
  s.district_code = "411002";
  for (const char* state : {"pending", "accepted", "refused", "cancelled", "no_show"}) {
    s.bookings.push_back(Booking(static_cast<store::Id>(s.bookings.size() + 1), state));
  }
  s.activities = {Activity(21, "published"), Activity(22, "published"), Activity(23, "cancelled")};
  s.signed_up = {21, 23};  // withdrawn from 22
  return s;
}

TEST(PersonCalendarTest, BookingStatesShowAsTentativeConfirmedOrCancelled) {
  EXPECT_EQ(BookingEventStatus("pending"), "TENTATIVE");
  EXPECT_EQ(BookingEventStatus("accepted"), "CONFIRMED");
  EXPECT_EQ(BookingEventStatus("no_show"), "CONFIRMED");
  EXPECT_EQ(BookingEventStatus("refused"), "CANCELLED");
  EXPECT_EQ(BookingEventStatus("cancelled"), "CANCELLED");
}

TEST(PersonCalendarTest, ASignUpIsOnWhileTheActivityIsPublishedAndThePersonStaysSignedUp) {
  EXPECT_EQ(ActivityEventStatus(Activity(1, "published"), true), "CONFIRMED");
  EXPECT_EQ(ActivityEventStatus(Activity(1, "published"), false), "CANCELLED");
  EXPECT_EQ(ActivityEventStatus(Activity(1, "cancelled"), true), "CANCELLED");
}

TEST(PersonCalendarTest, EachBookingAndSignUpIsAnEventWithItsVenueAndState) {
  const std::vector<CalendarEvent> events = PersonCalendarEvents(Source());
  ASSERT_EQ(events.size(), 8u);
  const CalendarEvent& pending = events[0];
  EXPECT_EQ(pending.uid, "booking-1-411002@sanwang");
  EXPECT_EQ(pending.status, "TENTATIVE");
  EXPECT_EQ(pending.summary, "(待审核 pending) 和平社区活动室 · 读书会");
  EXPECT_EQ(pending.location, "和平社区活动室 和平路18号");
  EXPECT_EQ(pending.description,
            "状态 state: 待审核 pending\n地址 address: 和平路18号\n用途 purpose: 读书会\n人数 people: 6");
  EXPECT_EQ(events[1].summary, "和平社区活动室 · 读书会");
  EXPECT_EQ(events[1].status, "CONFIRMED");
  EXPECT_EQ(events[2].status, "CANCELLED");
  EXPECT_EQ(events[3].summary, "(已取消 cancelled) 和平社区活动室 · 读书会");

  const CalendarEvent& joined = events[5];
  EXPECT_EQ(joined.uid, "activity-21-411002@sanwang");
  EXPECT_EQ(joined.summary, "清洁家园");
  EXPECT_EQ(joined.status, "CONFIRMED");
  EXPECT_EQ(joined.location, "幸福小区广场");
  EXPECT_EQ(joined.description, "状态 state: 已报名 signed up\n主办 organizer: 和平社区\n清理楼道杂物");
  EXPECT_EQ(events[6].summary, "(已退出 withdrawn) 清洁家园");
  EXPECT_EQ(events[6].status, "CANCELLED");
  EXPECT_EQ(events[7].summary, "(活动已取消 activity cancelled) 清洁家园");
  EXPECT_EQ(events[7].status, "CANCELLED");
}

TEST(PersonCalendarTest, TheFeedNamesNoOne) {
  const std::string ics = PersonCalendar(Source(), kNow);
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_EQ(ics.find("张三"), std::string::npos);
  std::size_t events = 0;
  for (std::size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos;
       at = ics.find("BEGIN:VEVENT", at + 1))
    ++events;
  EXPECT_EQ(events, 8u);
  EXPECT_NE(ics.find("DTSTART:20261201T010000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART:20261202T060000Z\r\n"), std::string::npos);
}

TEST(PersonCalendarTest, AnEmptyCalendarIsStillACalendar) {
  PersonCalendarSource empty;
  empty.district_code = "411002";
  const std::string ics = PersonCalendar(empty, kNow);
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_EQ(ics.find("BEGIN:VEVENT"), std::string::npos);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
}

}  // namespace
}  // namespace sanwang::support
