// The venue and booking routes through Api::Handle on both engines: venues created and
// edited by their managers only, bookings refused with the field named and nothing written,
// a taken time as 409, approvals and refusals freeing the time, who sees the booker, and the
// iCalendar feed.
#include "api/api_test_fixture.h"
#include "support/api/venue_test_support.h"
#include "support/store/booking_repository.h"

namespace sanwang::api {
namespace {

class VenueApiTest : public ApiTest {
 protected:
  std::size_t SlotRows(std::int64_t venue) { return store::BookingRepository(*db_).Slots(venue)->size(); }
  std::size_t BookingRows() {
    store::BookingQuery q;
    q.district_code = "411002";
    return store::BookingRepository(*db_).List(q)->size();
  }
  // The error field of a refused booking, checking that nothing was written.
  std::string RefusedField(std::int64_t venue, const std::string& who, const nlohmann::json& body,
                           int status = 400) {
    const std::size_t before = BookingRows();
    HttpResponse r = As(who, "POST", "/api/v1/venues/" + std::to_string(venue) + "/bookings", body);
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(BookingRows(), before);
    return Json(r)["error"].value("field", "");
  }
};

TEST_P(VenueApiTest, ManagersCreateAndEditVenuesOfTheirScope) {
  const std::int64_t id = MakeVenue(*this);
  ASSERT_NE(id, 0);
  const std::string path = "/api/v1/venues/" + std::to_string(id);
  nlohmann::json venue = Json(As("resident1", "GET", path));
  EXPECT_EQ(venue["owner_unit_code"], "C");
  EXPECT_EQ(venue["owner_unit_name"], "单位C");
  EXPECT_EQ(venue["hours"]["workday"], "00:00-24:00");
  EXPECT_EQ(venue["open_to"], "public");
  EXPECT_TRUE(venue["lon"].is_null());
  EXPECT_FALSE(venue["manage"].get<bool>());
  EXPECT_TRUE(Json(As("community", "GET", path))["manage"].get<bool>());

  EXPECT_EQ(As("community2", "PUT", path, {{"capacity", 5}}).status, 403);
  HttpResponse edited = As("street", "PUT", path,
                           {{"capacity", 12}, {"hours", {{"rest_day", ""}}}, {"lon", 113.8}, {"lat", 34.0}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(Json(edited)["capacity"], 12);
  EXPECT_EQ(Json(edited)["hours"]["rest_day"], "");
  EXPECT_EQ(Json(edited)["hours"]["workday"], "00:00-24:00");

  HttpResponse bad = As("community", "POST", "/api/v1/venues",
                        {{"owner_unit_code", "C"},
                         {"name", "球场"},
                         {"kind", "court"},
                         {"capacity", 10},
                         {"hours", {{"workday", "8:30-21:00"}}}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(Json(bad)["error"]["field"], "hours.workday");
  HttpResponse other = As("community", "POST", "/api/v1/venues",
                          {{"owner_unit_code", "C2"}, {"name", "球场"}, {"kind", "court"}, {"capacity", 10}});
  EXPECT_EQ(other.status, 403) << other.body;
}

TEST_P(VenueApiTest, InactiveVenuesAreHiddenFromAllButTheirManagers) {
  const std::int64_t id = MakeVenue(*this, {{"active", false}, {"kind", "court"}});
  EXPECT_EQ(As("resident1", "GET", "/api/v1/venues/" + std::to_string(id)).status, 404);
  EXPECT_TRUE(Json(As("resident1", "GET", "/api/v1/venues"))["items"].empty());
  nlohmann::json managed = Json(As("community", "GET", "/api/v1/venues?unit=C&kind=court"))["items"];
  ASSERT_EQ(managed.size(), 1u);
  EXPECT_TRUE(managed[0]["manage"].get<bool>());
  EXPECT_EQ(Json(As("community", "GET", "/api/v1/venues?kind=playground"))["items"].size(), 0u);
  EXPECT_EQ(As("community", "GET", "/api/v1/venues?kind=pool").status, 400);
}

TEST_P(VenueApiTest, BookingRefusalsNameTheFieldAndWriteNothing) {
  const std::int64_t venue =
      MakeVenue(*this, {{"max_minutes", 120}, {"capacity", 10}, {"max_days_ahead", 7}});
  EXPECT_EQ(RefusedField(venue, "resident1", BookingBody(2, 0)), "ends_at");  // end not after start
  nlohmann::json off = BookingBody(2, 2);
  off["starts_at"] = "2026-12-01T01:10:00+08:00";
  EXPECT_EQ(RefusedField(venue, "resident1", off), "starts_at");
  EXPECT_EQ(RefusedField(venue, "resident1", BookingBody(2, 5)), "ends_at");         // 150 minutes
  EXPECT_EQ(RefusedField(venue, "resident1", BookingBody(2, 2, 11)), "people");      // capacity 10
  EXPECT_EQ(RefusedField(venue, "resident1", BookingBody(-48, 2)), "starts_at");     // yesterday
  EXPECT_EQ(RefusedField(venue, "resident1", BookingBody(48 * 8, 2)), "starts_at");  // 8 days ahead
  nlohmann::json no_purpose = BookingBody(2, 2);
  no_purpose["purpose"] = "";
  EXPECT_EQ(RefusedField(venue, "resident1", no_purpose), "purpose");
  nlohmann::json unknown = BookingBody(2, 2);
  unknown["room"] = 1;
  RefusedField(venue, "resident1", unknown);
  EXPECT_EQ(SlotRows(venue), 0u);
}

TEST_P(VenueApiTest, OpeningHoursOfWorkdaysAndRestDays) {
  const std::int64_t venue =
      MakeVenue(*this, {{"hours", {{"workday", "08:30-21:00"}, {"rest_day", ""}}}, {"max_days_ahead", 14}});
  // Tuesday 1 December, 08:00: before opening.
  EXPECT_EQ(RefusedField(venue, "resident1", BookingBody(16, 2)), "starts_at");
  EXPECT_EQ(
      As("resident1", "POST", "/api/v1/venues/" + std::to_string(venue) + "/bookings", BookingBody(18, 2))
          .status,
      201);
  // Saturday 5 December: closed.
  EXPECT_EQ(RefusedField(venue, "resident1", BookingBody(4 * 48 + 20, 2)), "starts_at");

  // The week calendar gets each date's hours from the working calendar.
  nlohmann::json week =
      Json(As("resident1", "GET",
              "/api/v1/venues/" + std::to_string(venue) + "/bookings?from=2026-11-30&to=2026-12-06"));
  ASSERT_EQ(week["days"].size(), 7u);
  EXPECT_EQ(week["days"][0]["date"], "2026-11-30");
  EXPECT_EQ(week["days"][1]["hours"], "08:30-21:00");
  EXPECT_EQ(week["days"][5]["date"], "2026-12-05");
  EXPECT_EQ(week["days"][5]["hours"], "");
  EXPECT_EQ(week["items"].size(), 1u);
}

TEST_P(VenueApiTest, ATakenTimeIs409AndRefusingFreesIt) {
  const std::int64_t venue = MakeVenue(*this, {{"needs_approval", true}});
  const std::string path = "/api/v1/venues/" + std::to_string(venue) + "/bookings";
  HttpResponse first = As("resident1", "POST", path, BookingBody(20, 4));
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(Json(first)["state"], "pending");
  const std::string id = std::to_string(Json(first)["id"].get<std::int64_t>());
  HttpResponse second = As("resident2", "POST", path, BookingBody(23, 2));
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(Json(second)["error"]["message"], "该时段已被预订 the venue is already booked for that time");
  EXPECT_EQ(SlotRows(venue), 4u);

  EXPECT_EQ(As("community2", "POST", "/api/v1/bookings/" + id + "/refuse", {{"reason", "x"}}).status, 403);
  EXPECT_EQ(Json(As("community", "POST", "/api/v1/bookings/" + id + "/refuse",
                    nlohmann::json::object()))["error"]["field"],
            "reason");
  HttpResponse refused =
      As("community", "POST", "/api/v1/bookings/" + id + "/refuse", {{"reason", "场地维修 repairs"}});
  ASSERT_EQ(refused.status, 200) << refused.body;
  EXPECT_EQ(Json(refused)["state"], "refused");
  EXPECT_EQ(SlotRows(venue), 0u);
  EXPECT_EQ(As("community", "POST", "/api/v1/bookings/" + id + "/approve").status, 422);
  EXPECT_EQ(As("resident2", "POST", path, BookingBody(23, 2)).status, 201);
  auto mine = Json(As("resident1", "GET", "/api/v1/bookings/mine"))["items"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["reason"], "场地维修 repairs");
}

TEST_P(VenueApiTest, ApproveCancelAndNoShow) {
  const std::int64_t venue = MakeVenue(*this, {{"needs_approval", true}});
  const std::string path = "/api/v1/venues/" + std::to_string(venue) + "/bookings";
  const std::string id =
      std::to_string(Json(As("resident1", "POST", path, BookingBody(20, 2)))["id"].get<std::int64_t>());
  auto pending = Json(As("street", "GET", "/api/v1/bookings?state=pending"))["items"];
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0]["booker_name"], "测试resident1");
  EXPECT_TRUE(Json(As("community2", "GET", "/api/v1/bookings?state=pending"))["items"].empty());
  EXPECT_EQ(As("street", "POST", "/api/v1/bookings/" + id + "/approve").status, 200);
  EXPECT_EQ(As("street", "POST", "/api/v1/bookings/" + id + "/no-show").status, 422);  // not started yet
  EXPECT_EQ(As("resident2", "POST", "/api/v1/bookings/" + id + "/cancel").status, 403);
  HttpResponse cancelled = As("resident1", "POST", "/api/v1/bookings/" + id + "/cancel");
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(Json(cancelled)["state"], "cancelled");
  EXPECT_EQ(SlotRows(venue), 0u);

  const std::int64_t past = StoreBooking(*this, venue, "resident1", 1796000400 - 3600);
  HttpResponse no_show = As("community", "POST", "/api/v1/bookings/" + std::to_string(past) + "/no-show");
  ASSERT_EQ(no_show.status, 200) << no_show.body;
  EXPECT_EQ(Json(no_show)["state"], "no_show");
}

TEST_P(VenueApiTest, BookingListsComeInPagesWithTheirTotal) {
  const std::int64_t venue = MakeVenue(*this, {{"needs_approval", true}});
  const std::string path = "/api/v1/venues/" + std::to_string(venue) + "/bookings";
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 3; ++i) {
    ids.push_back(Json(As("resident1", "POST", path, BookingBody(20 + 2 * i, 1)))["id"].get<std::int64_t>());
  }
  ASSERT_EQ(As("resident2", "POST", path, BookingBody(30, 1)).status, 201);
  nlohmann::json mine = Json(As("resident1", "GET", "/api/v1/bookings/mine?page=2&page_size=2"));
  EXPECT_EQ(mine["total"], 3);
  EXPECT_EQ(mine["page"], 2);
  ASSERT_EQ(mine["items"].size(), 1u);
  EXPECT_EQ(mine["items"][0]["id"], ids[2]);
  nlohmann::json managed = Json(As("community", "GET", "/api/v1/bookings?state=pending&page_size=3"));
  EXPECT_EQ(managed["total"], 4);
  ASSERT_EQ(managed["items"].size(), 3u);
  EXPECT_EQ(managed["items"][0]["id"], ids[0]);
  EXPECT_EQ(Json(As("community", "GET", "/api/v1/bookings?state=pending&page=2&page_size=3"))["items"].size(),
            1u);
  EXPECT_EQ(As("resident1", "GET", "/api/v1/bookings/mine?page_size=500").status, 400);
}

TEST_P(VenueApiTest, MyBookingsShowWhatComesNextFirstThenThePastLatestFirst) {
  const std::int64_t venue = MakeVenue(*this);
  const std::string path = "/api/v1/venues/" + std::to_string(venue) + "/bookings";
  auto book = [&](int slot) {
    return Json(As("resident1", "POST", path, BookingBody(slot, 1)))["id"].get<std::int64_t>();
  };
  const std::int64_t later = book(40);
  const std::int64_t sooner = book(10);
  // Two that ended before the test clock's now, the older one stored last.
  const std::int64_t yesterday = StoreBooking(*this, venue, "resident1", 1796000400 - 24 * 3600);
  const std::int64_t last_week = StoreBooking(*this, venue, "resident1", 1796000400 - 7 * 24 * 3600);
  nlohmann::json mine = Json(As("resident1", "GET", "/api/v1/bookings/mine"));
  std::vector<std::int64_t> order;
  for (const auto& b : mine["items"]) order.push_back(b["id"].get<std::int64_t>());
  EXPECT_EQ(order, (std::vector<std::int64_t>{sooner, later, yesterday, last_week}));
  // The managers' list stays by start, earliest first.
  nlohmann::json managed = Json(As("community", "GET", "/api/v1/bookings"));
  std::vector<std::int64_t> by_start;
  for (const auto& b : managed["items"]) by_start.push_back(b["id"].get<std::int64_t>());
  EXPECT_EQ(by_start, (std::vector<std::int64_t>{last_week, yesterday, sooner, later}));
}

TEST_P(VenueApiTest, StaffOnlyVenuesRefuseResidents) {
  const std::int64_t venue = MakeVenue(*this, {{"open_to", "staff"}});
  RefusedField(venue, "resident1", BookingBody(20, 2), 403);
  EXPECT_EQ(
      As("grid1", "POST", "/api/v1/venues/" + std::to_string(venue) + "/bookings", BookingBody(20, 2)).status,
      201);
}

TEST_P(VenueApiTest, OnlyTheBookerAndManagersSeeWhoBookedAndWhy) {
  const std::int64_t venue = MakeVenue(*this);
  const std::string path = "/api/v1/venues/" + std::to_string(venue) + "/bookings";
  ASSERT_EQ(As("resident1", "POST", path, BookingBody(20, 2)).status, 201);
  const std::string week = path + "?from=2026-12-01&to=2026-12-07";
  auto own = Json(As("resident1", "GET", week))["items"];
  ASSERT_EQ(own.size(), 1u);
  EXPECT_TRUE(own[0]["mine"].get<bool>());
  EXPECT_EQ(own[0]["purpose"], "读书会");
  EXPECT_EQ(own[0]["starts_at"], "2026-12-01T10:00:00+08:00");
  auto other = Json(As("resident2", "GET", week))["items"];
  ASSERT_EQ(other.size(), 1u);
  EXPECT_FALSE(other[0]["mine"].get<bool>());
  EXPECT_EQ(other[0]["purpose"], "已预订 booked");
  EXPECT_FALSE(other[0].contains("booker_name"));
  EXPECT_EQ(Json(As("community", "GET", week))["items"][0]["booker_name"], "测试resident1");
  EXPECT_EQ(Json(As("community2", "GET", week))["items"][0].contains("booker_name"), false);
  EXPECT_TRUE(Json(As("resident2", "GET", path + "?from=2026-12-02&to=2026-12-07"))["items"].empty());
  EXPECT_EQ(As("resident2", "GET", path + "?from=2026-12-01&to=2027-03-01").status, 400);
}

TEST_P(VenueApiTest, TheCalendarFeedShowsAcceptedBookingsWithoutBookers) {
  const std::int64_t venue = MakeVenue(*this);
  ASSERT_EQ(
      As("resident1", "POST", "/api/v1/venues/" + std::to_string(venue) + "/bookings", BookingBody(20, 2))
          .status,
      201);
  HttpResponse feed = As("resident2", "GET", "/api/v1/venues/" + std::to_string(venue) + "/calendar.ics");
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.content_type, "text/calendar; charset=utf-8");
  EXPECT_NE(feed.body.find("DTSTART:20261201T020000Z\r\n"), std::string::npos) << feed.body;
  EXPECT_NE(feed.body.find("SUMMARY:读书会\r\n"), std::string::npos);
  EXPECT_EQ(feed.body.find("resident1"), std::string::npos);
}

SANWANG_INSTANTIATE_API_BACKENDS(VenueApiTest);

}  // namespace
}  // namespace sanwang::api
