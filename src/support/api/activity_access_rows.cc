// Who may call the party-member and activity routes (party_member_routes.cc,
// activity_routes.cc): residents register, withdraw their registration, sign up and
// withdraw; the organizers of community C — its community staff, the street's staff above
// it and admins — confirm or decline registrations there, publish and cancel its
// activities and check participants in and out; community2 organizes C2 and is refused in
// C. The hours report is for organizers and the district-wide roles. Each probe works on
// state of its own (a fresh registration or activity), so no probe meets another's.
#include "api/access_matrix.h"
#include "support/api/activity_test_support.h"

namespace sanwang::api {
namespace {

bool IsResident(const std::string& who) { return who == "resident1" || who == "resident2"; }

}  // namespace

void AddActivityAccessRows(ApiTest& test, AccessRows& rows) {
  const std::int64_t activity = MakeActivity(test);
  const std::string base = "/api/v1/activities/" + std::to_string(activity);
  const std::int64_t now = 1796000400;  // the test clock
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto register_self = [&test](const std::string& who) {
    if (IsResident(who)) ClearRegistration(test, who);
    return test.As(who, "POST", "/api/v1/party-members/registrations",
                   {{"community_code", "C"}, {"workplace", "区财政局"}, {"party_branch", "机关第一党支部"}});
  };
  auto decide = [&test](const std::string& action, const nlohmann::json& body) {
    return [&test, action, body](const std::string& who) {
      const std::int64_t id = Register(test, "resident1");
      return test.As(who, "POST", "/api/v1/party-members/registrations/" + std::to_string(id) + "/" + action,
                     body);
    };
  };
  auto withdraw_registration = [&test](const std::string& who) {
    const std::int64_t id = Register(test, IsResident(who) ? who : "resident1");
    return test.As(who, "POST", "/api/v1/party-members/registrations/" + std::to_string(id) + "/withdraw");
  };
  auto publish = [&test](const std::string& who) {
    return test.As(who, "POST", "/api/v1/activities",
                   {{"unit_code", "C"},
                    {"title", "垃圾分类宣传"},
                    {"starts_at", ActivityTime(24)},
                    {"ends_at", ActivityTime(26)},
                    {"place", "社区服务站"},
                    {"places", 10}});
  };
  auto cancel = [&test](const std::string& who) {
    const std::int64_t id = MakeActivity(test);
    return test.As(who, "POST", "/api/v1/activities/" + std::to_string(id) + "/cancel");
  };
  auto sign_up = [&test](const std::string& who) {
    const std::int64_t id = MakeActivity(test);
    return test.As(who, "POST", "/api/v1/activities/" + std::to_string(id) + "/signups");
  };
  auto withdraw = [&test](const std::string& who) {
    const std::int64_t id = MakeActivity(test);
    if (IsResident(who)) StoreSignup(test, id, who);
    return test.As(who, "POST", "/api/v1/activities/" + std::to_string(id) + "/signups/mine/withdraw");
  };
  // An activity that began half an hour ago with resident1 signed up (and checked in).
  auto attendance = [&test](const std::string& action) {
    return [&test, action](const std::string& who) {
      const std::int64_t id = StoreActivity(test, now - 1800);
      const std::int64_t sid = StoreSignup(test, id, "resident1", "区财政局");
      if (action == "check-out") {
        EXPECT_TRUE(store::ActivityRepository(test.direct_db()).CheckIn(sid, now - 1800).ok());
      }
      return test.As(
          who, "POST",
          "/api/v1/activities/" + std::to_string(id) + "/signups/" + std::to_string(sid) + "/" + action);
    };
  };
  const std::set<std::string> residents = {"resident1", "resident2"};
  const std::set<std::string> organizers = {"community", "street", "admin"};
  rows.insert({
      {"POST /api/v1/party-members/registrations", {register_self, residents}},
      {"GET /api/v1/party-members/registrations/mine",
       {get("/api/v1/party-members/registrations/mine"), SignedInCallers()}},
      // community2 organizes C2: an empty list, not a refusal.
      {"GET /api/v1/party-members/registrations",
       {get("/api/v1/party-members/registrations?state=pending"),
        {"community", "community2", "street", "admin"}}},
      {"POST /api/v1/party-members/registrations/{id}/confirm", {decide("confirm", nullptr), organizers}},
      {"POST /api/v1/party-members/registrations/{id}/decline",
       {decide("decline", {{"reason", "不在本社区居住 lives elsewhere"}}), organizers}},
      {"POST /api/v1/party-members/registrations/{id}/withdraw", {withdraw_registration, residents}},
      {"GET /api/v1/activities", {get("/api/v1/activities"), SignedInCallers()}},
      {"POST /api/v1/activities", {publish, organizers}},
      {"GET /api/v1/activities/{id}", {get(base), SignedInCallers()}},
      {"POST /api/v1/activities/{id}/cancel", {cancel, organizers}},
      {"POST /api/v1/activities/{id}/signups", {sign_up, residents}},
      {"POST /api/v1/activities/{id}/signups/mine/withdraw", {withdraw, residents}},
      {"POST /api/v1/activities/{id}/signups/{sid}/check-in", {attendance("check-in"), organizers}},
      {"POST /api/v1/activities/{id}/signups/{sid}/check-out", {attendance("check-out"), organizers}},
      {"GET /api/v1/activities/hours/report",
       {get("/api/v1/activities/hours/report?year=2026"),
        {"community", "community2", "street", "center", "supervisor", "leader", "admin"}}},
      {"GET /api/v1/activities/hours/report.xlsx",
       {get("/api/v1/activities/hours/report.xlsx?year=2026"),
        {"community", "community2", "street", "center", "supervisor", "leader", "admin"}}},
  });
}

}  // namespace sanwang::api
