// The rules a booking request must fit (booking_rules.h), and opening hours on the working
// calendar's workdays and rest days (opening_hours.h, venue.h).
#include "support/booking_rules.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "support/opening_hours.h"
#include "support/venue.h"

namespace sanwang::support {
namespace {

using namespace std::chrono_literals;

UnixSeconds At(const char* local) { return *ParseIso8601(local); }

class BookingRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* home = std::getenv("SANWANG_SOURCE_DIR");
    auto loaded =
        WorkingCalendar::LoadDirectory(std::filesystem::path(home ? home : ".") / "config" / "calendar");
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    calendar_ = std::make_unique<WorkingCalendar>(std::move(loaded).value());
    venue_.name = "活动室";
    venue_.kind = "activity_room";
    venue_.capacity = 20;
    venue_.workday_hours = "08:30-21:00";
    venue_.rest_day_hours = "09:00-17:00";
    venue_.max_days_ahead = 7;
    venue_.max_minutes = 180;
  }
  // The field of the refusal, or "ok".
  std::string Refusal(const char* start, const char* end, std::int64_t people = 10) {
    Status s = CheckBooking(venue_, {At(start), At(end), "读书会", people}, now_, *calendar_);
    if (s.ok()) return "ok";
    EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument) << s.ToString();
    return s.field();
  }
  std::unique_ptr<WorkingCalendar> calendar_;
  store::VenueRecord venue_;
  UnixSeconds now_ = At("2026-11-30T09:00:00+08:00");  // a Monday
};

TEST_F(BookingRulesTest, WorkdayHoursApplyOnWorkdays) {
  EXPECT_EQ(Refusal("2026-12-01T08:30:00+08:00", "2026-12-01T10:00:00+08:00"), "ok");  // Tuesday
  EXPECT_EQ(Refusal("2026-12-01T08:00:00+08:00", "2026-12-01T09:00:00+08:00"), "starts_at");
  EXPECT_EQ(Refusal("2026-12-01T19:30:00+08:00", "2026-12-01T21:00:00+08:00"), "ok");
  EXPECT_EQ(Refusal("2026-12-01T20:00:00+08:00", "2026-12-01T21:30:00+08:00"), "ends_at");
}

TEST_F(BookingRulesTest, RestDayHoursApplyOnWeekendsAndAClosedDayRefuses) {
  // Saturday 5 December: rest-day hours 09:00-17:00.
  EXPECT_EQ(Refusal("2026-12-05T09:00:00+08:00", "2026-12-05T10:00:00+08:00"), "ok");
  EXPECT_EQ(Refusal("2026-12-05T16:00:00+08:00", "2026-12-05T17:30:00+08:00"), "ends_at");
  EXPECT_EQ(Refusal("2026-12-05T08:30:00+08:00", "2026-12-05T09:30:00+08:00"), "starts_at");
  venue_.rest_day_hours = "";
  EXPECT_EQ(Refusal("2026-12-05T09:00:00+08:00", "2026-12-05T10:00:00+08:00"), "starts_at");
  EXPECT_EQ(Refusal("2026-12-04T09:00:00+08:00", "2026-12-04T10:00:00+08:00"), "ok");  // Friday
}

TEST_F(BookingRulesTest, TheCalendarsHolidaysAndMakeupWorkdaysDecide) {
  venue_.max_days_ahead = 366;
  venue_.rest_day_hours = "";
  now_ = At("2026-09-25T09:00:00+08:00");
  // 1 October 2026 is a Thursday but a holiday; Saturday 10 October is a make-up workday.
  EXPECT_FALSE(calendar_->IsWorkday(2026y / 10 / 1));
  EXPECT_EQ(Refusal("2026-10-01T09:00:00+08:00", "2026-10-01T10:00:00+08:00"), "starts_at");
  EXPECT_EQ(Refusal("2026-10-10T09:00:00+08:00", "2026-10-10T10:00:00+08:00"), "ok");
}

TEST_F(BookingRulesTest, TimesMustLieOnTheHalfHourGrid) {
  EXPECT_EQ(Refusal("2026-12-01T09:15:00+08:00", "2026-12-01T10:00:00+08:00"), "starts_at");
  EXPECT_EQ(Refusal("2026-12-01T09:00:00+08:00", "2026-12-01T10:10:00+08:00"), "ends_at");
  EXPECT_EQ(Refusal("2026-12-01T09:00:00+08:00", "2026-12-01T09:00:30+08:00"), "ends_at");
  EXPECT_EQ(Refusal("2026-12-01T10:00:00+08:00", "2026-12-01T09:00:00+08:00"), "ends_at");
}

TEST_F(BookingRulesTest, AheadPastLengthAndCapacity) {
  EXPECT_EQ(Refusal("2026-12-07T09:00:00+08:00", "2026-12-07T10:00:00+08:00"), "ok");  // 7 days ahead
  EXPECT_EQ(Refusal("2026-12-08T09:00:00+08:00", "2026-12-08T10:00:00+08:00"), "starts_at");
  EXPECT_EQ(Refusal("2026-11-30T08:30:00+08:00", "2026-11-30T10:00:00+08:00"), "starts_at");  // past
  EXPECT_EQ(Refusal("2026-12-01T09:00:00+08:00", "2026-12-01T12:00:00+08:00"), "ok");         // 180 minutes
  EXPECT_EQ(Refusal("2026-12-01T09:00:00+08:00", "2026-12-01T12:30:00+08:00"), "ends_at");
  EXPECT_EQ(Refusal("2026-12-01T09:00:00+08:00", "2026-12-01T10:00:00+08:00", 20), "ok");
  EXPECT_EQ(Refusal("2026-12-01T09:00:00+08:00", "2026-12-01T10:00:00+08:00", 21), "people");
  EXPECT_EQ(Refusal("2026-12-01T09:00:00+08:00", "2026-12-01T10:00:00+08:00", 0), "people");
}

TEST_F(BookingRulesTest, AnInactiveVenueIsNotBooked) {
  venue_.active = false;
  Status s = CheckBooking(venue_, {At("2026-12-01T09:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), "x", 1},
                          now_, *calendar_);
  EXPECT_EQ(s.code(), ErrorCode::kFailedPrecondition);
}

TEST(OpeningHoursTest, ParsesAndRefusesWithTheField) {
  auto hours = ParseDayHours("08:30-21:00", "hours.workday");
  ASSERT_TRUE(hours.ok() && hours->has_value());
  EXPECT_EQ((*hours)->open_second, 8 * 3600 + 30 * 60);
  EXPECT_EQ((*hours)->close_second, 21 * 3600);
  EXPECT_FALSE(ParseDayHours("", "x")->has_value());
  EXPECT_TRUE(ParseDayHours("00:00-24:00", "x").ok());
  for (const char* bad :
       {"8:30-21:00", "21:00-08:30", "08:30-08:30", "08:60-21:00", "08:30~21:00", "24:30-25:00"}) {
    auto r = ParseDayHours(bad, "hours.rest_day");
    EXPECT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().field(), "hours.rest_day") << bad;
  }
}

TEST(VenueTest, ValidationNamesTheField) {
  store::VenueRecord v;
  v.name = "球场";
  v.kind = "court";
  v.capacity = 12;
  v.workday_hours = "08:00-20:00";
  EXPECT_TRUE(ValidateVenue(v).ok());
  auto field_of = [](const store::VenueRecord& changed) { return ValidateVenue(changed).field(); };
  auto with = [&v](auto change) {
    store::VenueRecord copy = v;
    change(copy);
    return copy;
  };
  EXPECT_EQ(field_of(with([](auto& c) { c.kind = "pool"; })), "kind");
  EXPECT_EQ(field_of(with([](auto& c) { c.name = ""; })), "name");
  EXPECT_EQ(field_of(with([](auto& c) { c.capacity = 0; })), "capacity");
  EXPECT_EQ(field_of(with([](auto& c) { c.rest_day_hours = "late"; })), "hours.rest_day");
  EXPECT_EQ(field_of(with([](auto& c) { c.open_to = "everyone"; })), "open_to");
  EXPECT_EQ(field_of(with([](auto& c) { c.max_minutes = 45; })), "max_minutes");
  EXPECT_EQ(field_of(with([](auto& c) {
              c.lon = 200;
              c.lat = 34;
            })),
            "lon");
  EXPECT_EQ(field_of(with([](auto& c) { c.lon = 113; })), "lat");
}

}  // namespace
}  // namespace sanwang::support
