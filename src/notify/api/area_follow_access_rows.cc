// Who may call the area follow routes (area_follow_routes.cc): everyone signed in follows
// areas for themselves. Each probe of a new follow names a circle of its own radius, so no
// caller is refused as following it already; each probe of a removal removes a follow the
// caller made first.
#include "api/access_matrix.h"

namespace sanwang::api {
namespace {

nlohmann::json NextCircle() {
  static int made = 0;
  return {{"lon", kInG1.lon}, {"lat", kInG1.lat}, {"radius_m", 100 + (++made % 2900)}};
}

}  // namespace

void AddAreaFollowAccessRows(ApiTest& test, AccessRows& rows) {
  auto list = [&test](const std::string& who) { return test.As(who, "GET", "/api/v1/me/area-follows"); };
  auto follow = [&test](const std::string& who) {
    return test.As(who, "POST", "/api/v1/me/area-follows", NextCircle());
  };
  auto remove = [&test](const std::string& who) {
    HttpResponse made = test.As(who, "POST", "/api/v1/me/area-follows", NextCircle());
    const std::string id =
        made.status == 201 ? std::to_string(ApiTest::Json(made)["id"].get<std::int64_t>()) : "1";
    return test.As(who, "POST", "/api/v1/me/area-follows/" + id + "/remove");
  };
  rows.insert({
      {"GET /api/v1/me/area-follows", {list, SignedInCallers()}},
      {"POST /api/v1/me/area-follows", {follow, SignedInCallers()}},
      {"POST /api/v1/me/area-follows/{id}/remove", {remove, SignedInCallers()}},
  });
}

}  // namespace sanwang::api
