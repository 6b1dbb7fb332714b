// Venue usage statistics through Api::Handle on both engines: a fortnight of two venues —
// one of community C, one of C2 — with bookings accepted, marked no-show, cancelled and
// pending; the figures per venue, per unit and in total, the heat map's cells, and who may
// read them (the venues' managers and the district-wide roles).
#include "api/api_test_fixture.h"
#include "support/api/venue_test_support.h"

namespace sanwang::api {
namespace {

// Monday 23 November to Sunday 6 December 2026: ten workdays and four rest days, no holiday.
constexpr const char* kRange = "from=2026-11-23&to=2026-12-06";
// 2026-11-24 (a Tuesday) 00:00+08:00.
constexpr std::int64_t kDay = 86400, kHour = 3600;
constexpr std::int64_t kTuesday = 1796054400 - 7 * kDay;

class VenueUsageApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    room_ = MakeVenue(*this, {{"hours", {{"workday", "08:00-20:00"}, {"rest_day", "09:00-12:00"}}}});
    court_ = MakeVenue(*this, {{"owner_unit_code", "C2"},
                               {"name", "篮球场"},
                               {"kind", "court"},
                               {"hours", {{"workday", "09:00-17:00"}, {"rest_day", ""}}},
                               {"needs_approval", true}});
    ASSERT_NE(room_, 0);
    ASSERT_NE(court_, 0);
  }

  // Minutes are written beside each booking; the expectations add them up.
  void BookTheFortnight() {
    StoreBooking(*this, room_, "resident1", kTuesday + 10 * kHour);         // Tue 24th 10:00, 30, used
    StoreBooking(*this, room_, "resident1", kTuesday + 10 * kHour + 1800);  // Tue 24th 10:30, 30, used
    StoreBooking(*this, room_, "resident2", kTuesday + kDay + 15 * kHour, "no_show");  // Wed 15:00, 30
    StoreBooking(*this, court_, "resident2", kTuesday + 2 * kDay + 9 * kHour);  // Thu 26th 09:00, 30, used
    // Tuesday 1 December 10:00-12:00: 120 minutes ahead, accepted at once.
    ASSERT_EQ(As("resident1", "POST", Path(room_) + "/bookings", BookingBody(20, 4)).status, 201);
    // Not counted: a cancelled booking and one pending approval.
    HttpResponse gone = As("resident1", "POST", Path(room_) + "/bookings", BookingBody(30, 2));
    ASSERT_EQ(gone.status, 201);
    ASSERT_EQ(As("resident1", "POST",
                 "/api/v1/bookings/" + std::to_string(Json(gone)["id"].get<std::int64_t>()) + "/cancel")
                  .status,
              200);
    ASSERT_EQ(As("resident2", "POST", Path(court_) + "/bookings", BookingBody(20, 2)).status, 201);
  }

  static std::string Path(std::int64_t venue) { return "/api/v1/venues/" + std::to_string(venue); }

  nlohmann::json Usage(const std::string& who, const std::string& target) {
    HttpResponse r = As(who, "GET", target);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }

  static const nlohmann::json& Cell(const nlohmann::json& usage, int weekday, int hour) {
    return usage["heat"][(static_cast<std::size_t>(weekday) - 1) * 24 + static_cast<std::size_t>(hour)];
  }

  std::int64_t room_ = 0, court_ = 0;
  // Open minutes over the fortnight: ten workdays and four rest days.
  const double room_open_ = (10 * 12 * 60 + 4 * 3 * 60) / 60.0;
  const double court_open_ = (10 * 8 * 60) / 60.0;
};

TEST_P(VenueUsageApiTest, AStreetSeesItsCommunitiesVenuesPerVenueAndPerUnit) {
  BookTheFortnight();
  nlohmann::json usage = Usage("street", std::string("/api/v1/venues/usage?unit=S&") + kRange);
  EXPECT_EQ(usage["unit"]["code"], "S");
  EXPECT_EQ(usage["from"], "2026-11-23");
  EXPECT_EQ(usage["to"], "2026-12-06");
  const double room_booked = (30 + 30 + 30 + 120) / 60.0, court_booked = 30 / 60.0;
  EXPECT_DOUBLE_EQ(usage["total"]["open_hours"].get<double>(), room_open_ + court_open_);
  EXPECT_DOUBLE_EQ(usage["total"]["booked_hours"].get<double>(), room_booked + court_booked);
  EXPECT_DOUBLE_EQ(usage["total"]["used_hours"].get<double>(), (30 + 30 + 30) / 60.0);
  EXPECT_DOUBLE_EQ(usage["total"]["occupancy"].get<double>(),
                   (room_booked + court_booked) / (room_open_ + court_open_));

  ASSERT_EQ(usage["units"].size(), 2u);
  EXPECT_EQ(usage["units"][0]["code"], "C");
  EXPECT_EQ(usage["units"][0]["venues"], 1);
  EXPECT_DOUBLE_EQ(usage["units"][0]["booked_hours"].get<double>(), room_booked);
  EXPECT_DOUBLE_EQ(usage["units"][0]["used_hours"].get<double>(), (30 + 30) / 60.0);
  EXPECT_EQ(usage["units"][1]["code"], "C2");
  EXPECT_DOUBLE_EQ(usage["units"][1]["open_hours"].get<double>(), court_open_);
  EXPECT_DOUBLE_EQ(usage["units"][1]["occupancy"].get<double>(), court_booked / court_open_);
  ASSERT_EQ(usage["venues"].size(), 2u);
  EXPECT_EQ(usage["venues"][0]["id"], room_);
  EXPECT_EQ(usage["venues"][0]["owner_unit_code"], "C");

  ASSERT_EQ(usage["heat"].size(), 7u * 24u);
  // Tuesdays 10:00-11:00: the two past half hours of the 24th and the hour of 1 December;
  // both venues open there on both Tuesdays.
  EXPECT_DOUBLE_EQ(Cell(usage, 2, 10)["booked_hours"].get<double>(), 2.0);
  EXPECT_DOUBLE_EQ(Cell(usage, 2, 10)["open_hours"].get<double>(), 4.0);
  EXPECT_DOUBLE_EQ(Cell(usage, 2, 10)["occupancy"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(Cell(usage, 3, 15)["booked_hours"].get<double>(), 0.5);  // the no-show
  EXPECT_DOUBLE_EQ(Cell(usage, 6, 10)["open_hours"].get<double>(), 2.0);    // Saturdays: the room only
  EXPECT_DOUBLE_EQ(Cell(usage, 1, 7)["open_hours"].get<double>(), 0.0);
}

TEST_P(VenueUsageApiTest, OneVenuesUsageForItsManagers) {
  BookTheFortnight();
  nlohmann::json room = Usage("community", Path(room_) + "/usage?" + kRange);
  EXPECT_EQ(room["unit"]["code"], "C");
  ASSERT_EQ(room["venues"].size(), 1u);
  EXPECT_DOUBLE_EQ(room["total"]["open_hours"].get<double>(), room_open_);
  EXPECT_DOUBLE_EQ(room["total"]["booked_hours"].get<double>(), (30 + 30 + 30 + 120) / 60.0);
  EXPECT_DOUBLE_EQ(room["total"]["used_hours"].get<double>(), (30 + 30) / 60.0);
  EXPECT_DOUBLE_EQ(Cell(room, 2, 10)["open_hours"].get<double>(), 2.0);

  // The community's own default unit is C: the court of C2 is not in it.
  nlohmann::json own = Usage("community", std::string("/api/v1/venues/usage?") + kRange);
  EXPECT_EQ(own["unit"]["code"], "C");
  EXPECT_EQ(own["venues"].size(), 1u);
  // The district-wide roles read every unit; by default the district.
  nlohmann::json district = Usage("leader", std::string("/api/v1/venues/usage?") + kRange);
  EXPECT_EQ(district["unit"]["code"], "D");
  ASSERT_EQ(district["units"].size(), 1u);  // both venues lie under the street
  EXPECT_EQ(district["units"][0]["code"], "S");
  EXPECT_EQ(district["units"][0]["venues"], 2);
  EXPECT_EQ(Usage("center", Path(court_) + "/usage?" + kRange)["venues"].size(), 1u);
}

TEST_P(VenueUsageApiTest, OthersAreRefusedAndBadRangesNameTheField) {
  EXPECT_EQ(As("community2", "GET", Path(room_) + "/usage").status, 403);
  EXPECT_EQ(As("community", "GET", "/api/v1/venues/usage?unit=S").status, 403);
  EXPECT_EQ(As("community", "GET", "/api/v1/venues/usage?unit=C2").status, 403);
  EXPECT_EQ(As("resident1", "GET", "/api/v1/venues/usage").status, 403);
  EXPECT_EQ(As("grid1", "GET", Path(room_) + "/usage").status, 403);
  HttpResponse reversed = As("street", "GET", "/api/v1/venues/usage?from=2026-12-06&to=2026-11-23");
  EXPECT_EQ(reversed.status, 400);
  EXPECT_EQ(Json(reversed)["error"]["field"], "to");
  EXPECT_EQ(As("street", "GET", "/api/v1/venues/usage?from=2025-01-01&to=2026-12-31").status, 400);
  HttpResponse unknown = As("street", "GET", "/api/v1/venues/usage?unit=NOPE");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(Json(unknown)["error"]["field"], "unit");
  // A year is allowed, and an empty one counts nothing.
  nlohmann::json year = Usage("street", "/api/v1/venues/usage?from=2026-01-01&to=2026-12-31");
  EXPECT_DOUBLE_EQ(year["total"]["booked_hours"].get<double>(), 0.0);
}

SANWANG_INSTANTIATE_API_BACKENDS(VenueUsageApiTest);

}  // namespace

}  // namespace sanwang::api
