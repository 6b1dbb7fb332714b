// Helpers shared by the activity API tests, their access rows and the sign-up race: an
// activity published through the API, activities and sign-ups written straight to the
// store, and registrations. Test code.
#pragma once

#include <string>

#include "api/api_test_fixture.h"
#include "store/user_repository.h"
#include "support/store/activity_repository.h"

namespace sanwang::api {

// "2026-12-01T09:00:00+08:00" plus `hours`: a day after the test clock's now.
inline std::string ActivityTime(int hours) { return FormatIso8601(1796086800 + std::int64_t{hours} * 3600); }

// A public activity of community C with 20 places, two hours from 9:00 on 1 December;
// `extra` fields replace the defaults. Returns its id (0 on failure).
inline std::int64_t MakeActivity(ApiTest& test, const nlohmann::json& extra = nlohmann::json::object()) {
  nlohmann::json body = {{"unit_code", "C"},
                         {"title", "清洁家园志愿服务"},
                         {"description", "清理楼道杂物"},
                         {"starts_at", ActivityTime(0)},
                         {"ends_at", ActivityTime(2)},
                         {"place", "幸福小区广场"},
                         {"places", 20},
                         {"open_to", "public"}};
  body.update(extra);
  HttpResponse r = test.As("admin", "POST", "/api/v1/activities", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

inline store::Id UserId(ApiTest& test, const std::string& username) {
  auto user = store::UserRepository(test.direct_db()).FindByUsername(username);
  EXPECT_TRUE(user.ok() && user->has_value());
  return user.ok() && user->has_value() ? (*user)->id : 0;
}

// An activity of community C written to the store directly, at any time (the past
// included, which the API refuses), an hour long.
inline std::int64_t StoreActivity(ApiTest& test, std::int64_t starts_at, std::int64_t places = 20) {
  auto unit = test.direct_db().Query("SELECT id FROM units WHERE code = 'C'");
  store::ActivityRecord a;
  a.district_code = "411002";
  a.unit_id = unit->at(0).Int(0);
  a.title = "助老服务";
  a.starts_at = starts_at;
  a.ends_at = starts_at + 3600;
  a.place = "社区食堂";
  a.places = places;
  a.open_to = "public";
  a.state = "published";
  a.created_at = starts_at - 86400;
  auto stored = store::ActivityRepository(test.direct_db()).Insert(a);
  EXPECT_TRUE(stored.ok()) << stored.status().ToString();
  return stored.ok() ? stored->id : 0;
}

inline std::int64_t StoreSignup(ApiTest& test, std::int64_t activity, const std::string& username,
                                const std::string& workplace = "") {
  store::ActivitySignupRecord s;
  s.district_code = "411002";
  s.activity_id = activity;
  s.user_id = UserId(test, username);
  s.workplace = workplace;
  auto stored = store::ActivityRepository(test.direct_db()).SignUp(s);
  EXPECT_TRUE(stored.ok()) << stored.status().ToString();
  return stored.ok() ? stored->id : 0;
}

// Ends `username`'s active registration in the store, so that they may register again.
inline void ClearRegistration(ApiTest& test, const std::string& username) {
  auto done = test.direct_db().Execute(
      "UPDATE support_party_registrations SET state = 'withdrawn' WHERE user_id = ? AND state IN ('pending', "
      "'confirmed')",
      {UserId(test, username)});
  EXPECT_TRUE(done.ok()) << done.status().ToString();
}

// A fresh pending registration of `username` with `community`; returns its id.
inline std::int64_t Register(ApiTest& test, const std::string& username, const std::string& community = "C",
                             const std::string& workplace = "区财政局") {
  ClearRegistration(test, username);
  HttpResponse r =
      test.As(username, "POST", "/api/v1/party-members/registrations",
              {{"community_code", community}, {"workplace", workplace}, {"party_branch", "机关第一党支部"}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

}  // namespace sanwang::api
