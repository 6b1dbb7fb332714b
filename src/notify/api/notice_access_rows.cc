// Who may call the notice routes (notice_routes.cc) and the areas' feeds
// (area_feed_routes.cc): an area's feed is public; every signed-in account lists, counts
// and marks read its own notices; no one else's (the API test proves a notice of another
// account answers 404). The read probe marks a notice written for the caller first (for the
// anonymous caller, resident1's), so each probe has a notice of its own.
#include "api/access_matrix.h"
#include "notify/store/inbox_repository.h"
#include "store/user_repository.h"

namespace sanwang::api {
namespace {

// A fresh unread notice for `username`; its id.
std::int64_t NoticeFor(ApiTest& test, const std::string& username) {
  auto user = store::UserRepository(test.direct_db()).FindByUsername(username);
  EXPECT_TRUE(user.ok() && user->has_value());
  if (!user.ok() || !user->has_value()) return 0;
  store::NoticeRecord n;
  n.district_code = (**user).district_code;
  n.user_id = (**user).id;
  n.kind = "case_accepted";
  n.title = n.title_en = n.body = n.body_en = "probe";
  n.link = "/r/matters/1";
  n.created_at = 1796000400;
  auto id = store::InboxRepository(test.direct_db()).Insert(n);
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : 0;
}

}  // namespace

void AddNoticeAccessRows(ApiTest& test, AccessRows& rows) {
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto read_one = [&test](const std::string& who) {
    const std::int64_t id = NoticeFor(test, who.empty() ? "resident1" : who);
    return test.As(who, "POST", "/api/v1/notices/" + std::to_string(id) + "/read");
  };
  auto read_all = [&test](const std::string& who) {
    return test.As(who, "POST", "/api/v1/notices/read-all");
  };
  rows.insert({
      {"GET /api/v1/notices", {get("/api/v1/notices"), SignedInCallers()}},
      {"GET /api/v1/notices/unread-count", {get("/api/v1/notices/unread-count"), SignedInCallers()}},
      {"POST /api/v1/notices/{id}/read", {read_one, SignedInCallers()}},
      {"POST /api/v1/notices/read-all", {read_all, SignedInCallers()}},
      {"GET /api/v1/areas/{code}/reports.atom", {get("/api/v1/areas/C/reports.atom"), AllCallers()}},
      {"GET /api/v1/areas/circle.atom",
       {get("/api/v1/areas/circle.atom?lon=113.805&lat=34.01&radius_m=500"), AllCallers()}},
  });
}

}  // namespace sanwang::api
