#include "core/working_calendar.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace sanwang {
namespace {

using namespace std::chrono_literals;

std::filesystem::path CalendarDir() {
  const char* home = std::getenv("SANWANG_SOURCE_DIR");
  return std::filesystem::path(home ? home : ".") / "config" / "calendar";
}

UnixSeconds At(const char* local) { return *ParseIso8601(local); }

class ShippedCalendarTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = WorkingCalendar::LoadDirectory(CalendarDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    calendar_ = std::make_unique<WorkingCalendar>(std::move(loaded).value());
  }
  std::unique_ptr<WorkingCalendar> calendar_;
};

TEST_F(ShippedCalendarTest, HolidaysAndMakeupWorkdays2025And2026) {
  EXPECT_FALSE(calendar_->IsWorkday(2025y / 1 / 1));
  EXPECT_FALSE(calendar_->IsWorkday(2025y / 1 / 28));  // Spring Festival
  EXPECT_TRUE(calendar_->IsWorkday(2025y / 1 / 26));   // a Sunday worked
  EXPECT_TRUE(calendar_->IsWorkday(2025y / 2 / 8));    // a Saturday worked
  EXPECT_FALSE(calendar_->IsWorkday(2025y / 10 / 8));
  EXPECT_TRUE(calendar_->IsWorkday(2025y / 10 / 9));
  EXPECT_FALSE(calendar_->IsWorkday(2026y / 2 / 23));  // a Monday off
  EXPECT_TRUE(calendar_->IsWorkday(2026y / 2 / 14));
  EXPECT_TRUE(calendar_->IsWorkday(2026y / 10 / 10));
  EXPECT_FALSE(calendar_->IsWorkday(2026y / 11 / 29));  // an ordinary Sunday
  EXPECT_TRUE(calendar_->IsWorkday(2026y / 11 / 30));
  EXPECT_TRUE(calendar_->IsWorkday(2027y / 3 / 1));  // no file: Monday–Friday
}

TEST_F(ShippedCalendarTest, DeadlineWithinOneDay) {
  // 08:30–12:00 and 14:30–17:30: 3 h from 10:00 crosses the lunch break.
  EXPECT_EQ(calendar_->AddWorkingHours(At("2026-11-30T10:00:00"), 3), At("2026-11-30T15:30:00"));
}

TEST_F(ShippedCalendarTest, DeadlineStartsOutsideHoursAndSkipsTheWeekend) {
  // Friday 20:00 + 4 h: Monday 08:30 + 3.5 h morning, 0.5 h after lunch.
  EXPECT_EQ(calendar_->AddWorkingHours(At("2026-11-27T20:00:00"), 4), At("2026-11-30T15:00:00"));
  // A case filed on Saturday morning with an immediate SLA is due at Monday's opening.
  EXPECT_EQ(calendar_->AddWorkingHours(At("2026-11-28T09:00:00"), 0), At("2026-11-30T08:30:00"));
}

TEST_F(ShippedCalendarTest, DeadlineSkipsSpringFestivalAndCountsMakeupSaturday) {
  // Friday 2026-02-13 17:00 + 1 h: 0.5 h that day, then the make-up Saturday 02-14.
  EXPECT_EQ(calendar_->AddWorkingHours(At("2026-02-13T17:00:00"), 1), At("2026-02-14T09:00:00"));
  // Saturday 02-14 17:00 + 1 h: the holiday runs to Monday 02-23; work resumes Tuesday 02-24.
  EXPECT_EQ(calendar_->AddWorkingHours(At("2026-02-14T17:00:00"), 1), At("2026-02-24T09:00:00"));
}

TEST_F(ShippedCalendarTest, WorkingSecondsBetweenInvertsAdd) {
  for (UnixSeconds start = At("2026-01-01T00:00:00"); start < At("2026-12-31T00:00:00");
       start += 86400 * 3 + 3701) {
    for (int hours : {1, 4, 16, 40, 120}) {
      UnixSeconds due = calendar_->AddWorkingHours(start, hours);
      EXPECT_EQ(calendar_->WorkingSecondsBetween(start, due), hours * 3600) << FormatIso8601(start);
    }
  }
  EXPECT_EQ(calendar_->WorkingSecondsBetween(At("2026-11-30T12:00:00"), At("2026-11-30T10:00:00")), 0);
}

TEST(WorkingCalendarParseTest, RejectsBadData) {
  const std::string hours = "periods = [\"09:00-12:00\"]";
  EXPECT_FALSE(WorkingCalendar::Parse("periods = [\"12:00-09:00\"]", {}).ok());
  EXPECT_FALSE(WorkingCalendar::Parse("periods = []", {}).ok());
  EXPECT_FALSE(WorkingCalendar::Parse(hours, {"workdays = [\"2026-11-30\"]"}).ok());  // a Monday
  EXPECT_FALSE(WorkingCalendar::Parse(hours, {"[[holiday]]\nfrom=\"2026-05-05\"\nto=\"2026-05-01\""}).ok());
  EXPECT_FALSE(WorkingCalendar::Parse(hours, {"[[holiday]]\nfrom=\"2026-02-30\"\nto=\"2026-03-01\""}).ok());
  EXPECT_FALSE(WorkingCalendar::Parse(hours, {"this is = not toml ["}).ok());
  EXPECT_TRUE(WorkingCalendar::Parse(hours, {"workdays = [\"2026-11-29\"]"}).ok());
}

}  // namespace
}  // namespace sanwang
