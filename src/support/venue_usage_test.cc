// Venue usage over a week whose Tuesday is a holiday and whose Saturday is a make-up
// workday: open time from the working calendar, booked and used time from the bookings'
// states and the clock, clipped to the range, and the weekday × hour heat map.
#include "support/venue_usage.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

using namespace std::chrono;

UnixSeconds At(const std::string& text) { return ParseIso8601(text).value(); }

class VenueUsageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto parsed = WorkingCalendar::Parse(
        "periods = [\"08:30-12:00\"]\n",
        {"year = 2026\nworkdays = [\"2026-12-05\"]\n[[holiday]]\nname = \"h\"\nfrom = \"2026-12-01\"\n"
         "to = \"2026-12-01\"\n"});
    ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
    calendar_ = std::make_unique<WorkingCalendar>(std::move(parsed).value());
    venue_.id = 1;
    venue_.workday_hours = "08:30-21:00";
    venue_.rest_day_hours = "10:00-12:00";
    closed_.id = 2;
  }

  void Book(store::Id venue, const std::string& from, const std::string& to, const std::string& state) {
    store::BookingRecord b;
    b.id = static_cast<store::Id>(bookings_.size() + 1);
    b.venue_id = venue;
    b.starts_at = At(from);
    b.ends_at = At(to);
    b.state = state;
    bookings_.push_back(b);
  }

  VenueUsageTally Tally() {
    const std::vector<store::VenueRecord> venues = {venue_, closed_};
    return TallyVenueUsage(*calendar_, venues, bookings_,
                           {2026y / 11 / 30, 2026y / 12 / 6, At("2026-12-02T12:00:00+08:00")});
  }

  std::unique_ptr<WorkingCalendar> calendar_;
  store::VenueRecord venue_, closed_;
  std::vector<store::BookingRecord> bookings_;
};

TEST_F(VenueUsageTest, OpenTimeFollowsTheWorkingCalendar) {
  const VenueUsageTally tally = Tally();
  // Mon, Wed, Thu, Fri and the make-up Saturday on workday hours; the holiday and Sunday on
  // rest-day hours.
  EXPECT_EQ(tally.venues[0].figures.open_minutes, 5 * 750 + 2 * 120);
  EXPECT_EQ(tally.venues[1].figures.open_minutes, 0);
  EXPECT_EQ(tally.venues[1].figures.Occupancy(), 0.0);
  EXPECT_EQ(tally.total.open_minutes, 5 * 750 + 2 * 120);
  EXPECT_EQ(tally.heat[0][8].open_minutes, 30);  // Monday 08:30-09:00
  EXPECT_EQ(tally.heat[0][9].open_minutes, 60);
  EXPECT_EQ(tally.heat[1][9].open_minutes, 0);  // the holiday opens at 10:00
  EXPECT_EQ(tally.heat[1][10].open_minutes, 60);
  EXPECT_EQ(tally.heat[5][20].open_minutes, 60);  // the make-up Saturday
  EXPECT_EQ(tally.heat[6][20].open_minutes, 0);
}

TEST_F(VenueUsageTest, AcceptedAndNoShowBookingsCountAsBookedAndOnlyAcceptedPastTimeAsUsed) {
  Book(1, "2026-12-01T10:00:00+08:00", "2026-12-01T12:00:00+08:00", "accepted");  // 120, used
  Book(1, "2026-11-30T14:00:00+08:00", "2026-11-30T15:00:00+08:00", "no_show");   // 60, not used
  Book(1, "2026-12-02T11:00:00+08:00", "2026-12-02T13:00:00+08:00", "accepted");  // 120, half used
  Book(1, "2026-11-29T23:00:00+08:00", "2026-11-30T01:00:00+08:00", "accepted");  // 60 inside
  Book(1, "2026-12-06T20:00:00+08:00", "2026-12-07T00:30:00+08:00", "accepted");  // 240 inside
  Book(1, "2026-12-03T09:00:00+08:00", "2026-12-03T10:00:00+08:00", "pending");
  Book(1, "2026-12-03T10:00:00+08:00", "2026-12-03T11:00:00+08:00", "refused");
  Book(1, "2026-11-30T10:00:00+08:00", "2026-11-30T11:00:00+08:00", "cancelled");
  Book(99, "2026-11-30T10:00:00+08:00", "2026-11-30T11:00:00+08:00", "accepted");  // not listed
  const VenueUsageTally tally = Tally();
  const UsageFigures& f = tally.venues[0].figures;
  EXPECT_EQ(f.booked_minutes, 120 + 60 + 120 + 60 + 240);
  EXPECT_EQ(f.used_minutes, 120 + 60 + 60);
  EXPECT_DOUBLE_EQ(f.Occupancy(), (120.0 + 60 + 120 + 60 + 240) / (5 * 750 + 2 * 120));
  EXPECT_EQ(tally.total.booked_minutes, f.booked_minutes);
  EXPECT_EQ(tally.heat[1][10].booked_minutes, 60);  // Tuesday 10:00-11:00
  EXPECT_EQ(tally.heat[0][14].booked_minutes, 60);  // the no-show held the time
  EXPECT_EQ(tally.heat[2][12].booked_minutes, 60);  // Wednesday 12:00-13:00, not yet used
  EXPECT_EQ(tally.heat[0][0].booked_minutes, 60);   // only the part on Monday
  EXPECT_EQ(tally.heat[6][23].booked_minutes, 60);  // Sunday 23:00; Monday 7 December is outside
  EXPECT_EQ(tally.heat[3][9].booked_minutes, 0);    // pending does not count
}

}  // namespace
}  // namespace sanwang::support
