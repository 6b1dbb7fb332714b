// Who may call the personal calendar routes (calendar_routes.cc): everyone signed in reads,
// makes and rotates their own calendar link; the feed itself is public, its secret address
// the only credential, so every caller — anonymous included — gets it with a live address.
// Each probe makes the link state it needs (the make probe removes the caller's link
// first, the feed probe rotates a link of its own), so no probe depends on another.
#include "api/access_matrix.h"

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
  rows.insert({
      {"GET /api/v1/me/calendar-link", {get("/api/v1/me/calendar-link"), SignedInCallers()}},
      {"POST /api/v1/me/calendar-link", {create, SignedInCallers()}},
      {"POST /api/v1/me/calendar-link/rotate", {rotate, SignedInCallers()}},
      {"GET /api/v1/calendar/{token}.ics", {feed, AllCallers()}},
  });
}

}  // namespace sanwang::api
