// Who may call the calendar link routes (calendar_routes.cc): everyone signed in reads,
// makes and rotates their own calendar link; a venue's managers (its community's staff, the
// street's above it, admins) publish, rotate and unpublish the venue's; the feeds
// themselves are public, the secret address the only credential, so every caller —
// anonymous included — gets them with a live address.
// Each probe makes the link state it needs (the make probe removes the caller's link
// first, the feed probe rotates a link of its own), so no probe depends on another.
#include "api/access_matrix.h"
#include "support/api/venue_test_support.h"

namespace sanwang::api {

void AddCalendarAccessRows(ApiTest& test, AccessRows& rows) {
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto create = [&test](const std::string& who) {
    auto removed = test.direct_db().Execute(
        "DELETE FROM support_calendar_links WHERE user_id = (SELECT id FROM users WHERE username = ?)",
        {who});
    EXPECT_TRUE(removed.ok()) << removed.status().ToString();
    return test.As(who, "POST", "/api/v1/me/calendar-link");
  };
  auto rotate = [&test](const std::string& who) {
    return test.As(who, "POST", "/api/v1/me/calendar-link/rotate");
  };
  auto feed = [&test](const std::string& who) {
    HttpResponse made = test.As("resident2", "POST", "/api/v1/me/calendar-link/rotate");
    EXPECT_EQ(made.status, 200) << made.body;
    const std::string path =
        made.status == 200 ? ApiTest::Json(made)["path"].get<std::string>() : "/api/v1/calendar/none.ics";
    return test.As(who, "GET", path);
  };
  // A venue of community C: its managers are community, street and admin.
  const std::string venue_link = "/api/v1/venues/" + std::to_string(MakeVenue(test)) + "/feed-link";
  auto post = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "POST", target); };
  };
  auto venue_feed = [&test, venue_link](const std::string& who) {
    HttpResponse made = test.As("community", "POST", venue_link + "/rotate");
    EXPECT_EQ(made.status, 200) << made.body;
    const std::string path = made.status == 200 ? ApiTest::Json(made)["path"].get<std::string>()
                                                : "/api/v1/calendar/venues/none.ics";
    return test.As(who, "GET", path);
  };
  const std::set<std::string> venue_managers = {"community", "street", "admin"};
  rows.insert({
      {"GET /api/v1/me/calendar-link", {get("/api/v1/me/calendar-link"), SignedInCallers()}},
      {"POST /api/v1/me/calendar-link", {create, SignedInCallers()}},
      {"POST /api/v1/me/calendar-link/rotate", {rotate, SignedInCallers()}},
      {"GET /api/v1/calendar/{token}.ics", {feed, AllCallers()}},
      {"GET /api/v1/venues/{id}/feed-link", {get(venue_link), venue_managers}},
      {"POST /api/v1/venues/{id}/feed-link/rotate", {post(venue_link + "/rotate"), venue_managers}},
      {"POST /api/v1/venues/{id}/feed-link/remove", {post(venue_link + "/remove"), venue_managers}},
      {"GET /api/v1/calendar/venues/{token}.ics", {venue_feed, AllCallers()}},
  });
}

}  // namespace sanwang::api
