// The party-member and activity routes through Api::Handle on both engines: registering
// and its decisions, publishing with each bad field refused and nothing written, the last
// place going to one resident only, members-only activities, check-in and check-out
// crediting half hours, the yearly report per workplace, and phones masked for all but the
// organizers.
#include <set>

#include "api/api_test_fixture.h"
#include "support/api/activity_test_support.h"

namespace sanwang::api {
namespace {

class ActivityApiTest : public ApiTest {
 protected:
  std::int64_t ActivityRows() {
    return direct_db().Query("SELECT COUNT(*) FROM support_activities")->at(0).Int(0);
  }
  // The error field of a refused publication, checking that nothing was written.
  std::string RefusedField(const nlohmann::json& extra, int status = 400,
                           const std::string& who = "community") {
    const std::int64_t before = ActivityRows();
    nlohmann::json body = {
        {"unit_code", "C"},           {"title", "清洁家园"}, {"starts_at", ActivityTime(0)},
        {"ends_at", ActivityTime(2)}, {"place", "广场"},     {"places", 5}};
    body.update(extra);
    HttpResponse r = As(who, "POST", "/api/v1/activities", body);
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(ActivityRows(), before);
    return Json(r)["error"].value("field", "");
  }
  std::string Path(std::int64_t id) { return "/api/v1/activities/" + std::to_string(id); }
};

TEST_P(ActivityApiTest, ARegistrationIsConfirmedByItsCommunity) {
  const std::int64_t id = Register(*this, "resident1");
  ASSERT_NE(id, 0);
  auto again = As("resident1", "POST", "/api/v1/party-members/registrations",
                  {{"community_code", "C"}, {"workplace", "区财政局"}, {"party_branch", "机关第一党支部"}});
  EXPECT_EQ(again.status, 409) << again.body;
  const std::string path = "/api/v1/party-members/registrations/" + std::to_string(id);
  EXPECT_EQ(As("community2", "POST", path + "/confirm").status, 403);
  EXPECT_EQ(As("community", "POST", path + "/decline").status, 400);
  auto confirmed = As("community", "POST", path + "/confirm");
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(Json(confirmed)["state"], "confirmed");
  EXPECT_EQ(As("community", "POST", path + "/confirm").status, 422);
  nlohmann::json mine = Json(As("resident1", "GET", "/api/v1/party-members/registrations/mine"));
  EXPECT_EQ(mine["registration"]["state"], "confirmed");
  EXPECT_EQ(mine["registration"]["community"]["code"], "C");
  EXPECT_FALSE(mine["may_register"].get<bool>());
  EXPECT_TRUE(
      Json(As("resident2", "GET", "/api/v1/party-members/registrations/mine"))["may_register"].get<bool>());
  EXPECT_EQ(Json(As("community2", "GET", "/api/v1/party-members/registrations"))["items"].size(), 0u);
  EXPECT_EQ(
      Json(As("community", "GET", "/api/v1/party-members/registrations?state=confirmed"))["items"].size(),
      1u);
  // A page of one, then the page after the last: the total stays and the items run out.
  ASSERT_NE(Register(*this, "resident2", "C2"), 0);
  nlohmann::json first = Json(As("admin", "GET", "/api/v1/party-members/registrations?page_size=1"));
  EXPECT_EQ(first["total"], 2);
  EXPECT_EQ(first["page_size"], 1);
  ASSERT_EQ(first["items"].size(), 1u);
  nlohmann::json second = Json(As("admin", "GET", "/api/v1/party-members/registrations?page=2&page_size=1"));
  ASSERT_EQ(second["items"].size(), 1u);
  EXPECT_GT(first["items"][0]["id"].get<std::int64_t>(), second["items"][0]["id"].get<std::int64_t>());
  EXPECT_EQ(
      Json(As("admin", "GET", "/api/v1/party-members/registrations?page=3&page_size=1"))["items"].size(), 0u);
  EXPECT_EQ(As("admin", "GET", "/api/v1/party-members/registrations?page_size=201").status, 400);
}

TEST_P(ActivityApiTest, TheListComesInPagesWithItsTotal) {
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 5; ++i)
    ids.push_back(
        MakeActivity(*this, {{"starts_at", ActivityTime(i * 3)}, {"ends_at", ActivityTime(i * 3 + 1)}}));
  nlohmann::json first = Json(As("resident1", "GET", "/api/v1/activities?page_size=2"));
  EXPECT_EQ(first["total"], 5);
  EXPECT_EQ(first["page"], 1);
  EXPECT_EQ(first["page_size"], 2);
  ASSERT_EQ(first["items"].size(), 2u);
  EXPECT_EQ(first["items"][0]["id"], ids[0]);
  EXPECT_EQ(first["items"][1]["id"], ids[1]);
  nlohmann::json last = Json(As("resident1", "GET", "/api/v1/activities?page=3&page_size=2"));
  EXPECT_EQ(last["total"], 5);
  ASSERT_EQ(last["items"].size(), 1u);
  EXPECT_EQ(last["items"][0]["id"], ids[4]);
  EXPECT_TRUE(Json(As("resident1", "GET", "/api/v1/activities?page=4&page_size=2"))["items"].empty());
  EXPECT_EQ(As("resident1", "GET", "/api/v1/activities?page_size=201").status, 400);
  EXPECT_EQ(As("resident1", "GET", "/api/v1/activities?page=0").status, 400);
}

TEST_P(ActivityApiTest, ARegistrationNamesTheMissingField) {
  auto r = As("resident2", "POST", "/api/v1/party-members/registrations", {{"party_branch", "第一支部"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Json(r)["error"]["field"], "workplace");
  r = As("resident1", "POST", "/api/v1/party-members/registrations",
         {{"workplace", "区财政局"}, {"party_branch", "第一支部"}});
  EXPECT_EQ(r.status, 400);  // resident1's account names no community
  EXPECT_EQ(Json(r)["error"]["field"], "community_code");
  // resident2's account lies in C2: registered there by default.
  r = As("resident2", "POST", "/api/v1/party-members/registrations",
         {{"workplace", "市一中"}, {"party_branch", "第一支部"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Json(r)["community"]["code"], "C2");
}

TEST_P(ActivityApiTest, BadActivitiesAreRefusedNamingTheField) {
  EXPECT_EQ(RefusedField({{"title", ""}}), "title");
  EXPECT_EQ(RefusedField({{"ends_at", ActivityTime(-1)}}), "ends_at");
  EXPECT_EQ(
      RefusedField({{"starts_at", "2026-11-29T09:00:00+08:00"}, {"ends_at", "2026-11-29T11:00:00+08:00"}}),
      "starts_at");
  EXPECT_EQ(RefusedField({{"ends_at", ActivityTime(25)}}), "ends_at");  // longer than a day
  EXPECT_EQ(RefusedField({{"starts_at", "tomorrow"}}), "starts_at");
  EXPECT_EQ(RefusedField({{"places", 0}}), "places");
  EXPECT_EQ(RefusedField({{"open_to", "everyone"}}), "open_to");
  EXPECT_EQ(RefusedField({{"place", ""}}), "place");
  EXPECT_EQ(RefusedField({{"unit_code", "G1"}}), "unit_code");
  EXPECT_EQ(RefusedField({{"venue_id", 999}}), "venue_id");
  RefusedField({{"unit_code", "C"}}, 403, "community2");
}

TEST_P(ActivityApiTest, TheLastPlaceGoesToOneResidentOnly) {
  const std::int64_t id = MakeActivity(*this, {{"places", 1}});
  auto first = As("resident1", "POST", Path(id) + "/signups");
  ASSERT_EQ(first.status, 201) << first.body;
  auto second = As("resident2", "POST", Path(id) + "/signups");
  EXPECT_EQ(second.status, 409);
  EXPECT_EQ(Json(second)["error"]["message"], "名额已满 the activity is full");
  nlohmann::json seen = Json(As("resident2", "GET", Path(id)));
  EXPECT_EQ(seen["left"], 0);
  EXPECT_FALSE(seen["may_sign_up"].get<bool>());
  EXPECT_FALSE(seen["may_manage"].get<bool>());
  EXPECT_TRUE(Json(As("resident1", "GET", Path(id)))["signed_up"].get<bool>());
  // Withdrawing frees the place.
  ASSERT_EQ(As("resident1", "POST", Path(id) + "/signups/mine/withdraw").status, 200);
  EXPECT_EQ(As("resident1", "POST", Path(id) + "/signups/mine/withdraw").status, 422);
  EXPECT_EQ(As("resident2", "POST", Path(id) + "/signups").status, 201);
  EXPECT_EQ(Json(As("community", "GET", Path(id)))["taken"], 1);
}

TEST_P(ActivityApiTest, MembersOnlyActivitiesWantAConfirmedRegistration) {
  const std::int64_t id = MakeActivity(*this, {{"open_to", "members"}});
  EXPECT_EQ(As("resident1", "POST", Path(id) + "/signups").status, 403);
  const std::int64_t reg = Register(*this, "resident1");
  EXPECT_EQ(As("resident1", "POST", Path(id) + "/signups").status, 403);  // still pending
  ASSERT_EQ(As("community", "POST", "/api/v1/party-members/registrations/" + std::to_string(reg) + "/confirm")
                .status,
            200);
  auto signed_up = As("resident1", "POST", Path(id) + "/signups");
  ASSERT_EQ(signed_up.status, 201) << signed_up.body;
  EXPECT_EQ(Json(signed_up)["workplace"], "区财政局");
}

TEST_P(ActivityApiTest, CheckInAndOutCreditHalfHoursReportedPerWorkplace) {
  const std::int64_t reg = Register(*this, "resident1");
  As("community", "POST", "/api/v1/party-members/registrations/" + std::to_string(reg) + "/confirm");
  const std::int64_t id = MakeActivity(*this);
  auto s = As("resident1", "POST", Path(id) + "/signups");
  ASSERT_EQ(s.status, 201) << s.body;
  const std::string sid = std::to_string(Json(s)["id"].get<std::int64_t>());
  const std::string signup = Path(id) + "/signups/" + sid;
  // Checking in before the activity is refused while the time lies in the future.
  EXPECT_EQ(As("community", "POST", signup + "/check-in", {{"at", ActivityTime(0)}}).status, 400);
  clock_.Set(1796086800 + 3 * 3600);  // 12:00 on 1 December
  tokens_.clear();                    // the sessions have expired meanwhile: sign in again
  EXPECT_EQ(As("community2", "POST", signup + "/check-in").status, 403);
  EXPECT_EQ(As("community", "POST", signup + "/check-out").status, 422);
  ASSERT_EQ(As("community", "POST", signup + "/check-in", {{"at", ActivityTime(0)}}).status, 200);
  EXPECT_EQ(As("community", "POST", signup + "/check-in", {{"at", ActivityTime(1)}}).status, 422);
  EXPECT_EQ(As("community", "POST", signup + "/check-in").status, 400);  // 12:00 is after the end
  auto out = As("community", "POST", signup + "/check-out", {{"at", "2026-12-01T11:10:00+08:00"}});
  ASSERT_EQ(out.status, 200) << out.body;
  EXPECT_EQ(Json(out)["minutes"], 120);
  EXPECT_EQ(Json(out)["hours"], 2.0);
  nlohmann::json report = Json(As("street", "GET", "/api/v1/activities/hours/report?year=2026"));
  ASSERT_EQ(report["items"].size(), 1u) << report.dump();
  EXPECT_EQ(report["items"][0]["workplace"], "区财政局");
  EXPECT_EQ(report["items"][0]["minutes"], 120);
  EXPECT_EQ(report["items"][0]["people"][0]["activities"], 1);
  EXPECT_EQ(Json(As("street", "GET", "/api/v1/activities/hours/report?year=2025"))["items"].size(), 0u);
  EXPECT_EQ(
      Json(As("street", "GET", "/api/v1/activities/hours/report?year=2026&workplace=市一中"))["items"].size(),
      0u);
  EXPECT_EQ(As("street", "GET", "/api/v1/activities/hours/report?year=20x6").status, 400);
}

TEST_P(ActivityApiTest, PhonesAreShownToTheOrganizersOnly) {
  ASSERT_TRUE(
      direct_db().Execute("UPDATE users SET phone = '13839019598' WHERE username = 'resident1'").ok());
  const std::int64_t id = MakeActivity(*this);
  ASSERT_EQ(As("resident1", "POST", Path(id) + "/signups").status, 201);
  nlohmann::json other = Json(As("resident2", "GET", Path(id)));
  ASSERT_EQ(other["signups"].size(), 1u);
  EXPECT_EQ(other["signups"][0]["phone"], "138****9598");
  EXPECT_EQ(Json(As("community", "GET", Path(id)))["signups"][0]["phone"], "13839019598");
  EXPECT_EQ(Json(As("resident1", "GET", Path(id)))["signups"][0]["phone"], "13839019598");
  EXPECT_EQ(Json(As("community2", "GET", Path(id)))["signups"][0]["phone"], "138****9598");
}

TEST_P(ActivityApiTest, ResidentsSeeTheirCommunitysActivities) {
  MakeActivity(*this);
  MakeActivity(*this, {{"unit_code", "C2"}, {"title", "C2 的活动"}});
  // resident2 lives in C2; resident1's account names no community and sees the district's.
  auto seen = Json(As("resident2", "GET", "/api/v1/activities"))["items"];
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0]["unit"]["code"], "C2");
  EXPECT_TRUE(seen[0]["may_sign_up"].get<bool>());
  EXPECT_EQ(Json(As("resident1", "GET", "/api/v1/activities"))["items"].size(), 2u);
  EXPECT_EQ(Json(As("community", "GET", "/api/v1/activities?unit=C"))["items"].size(), 1u);
  EXPECT_EQ(As("community", "GET", "/api/v1/activities?unit=NOPE").status, 400);
}

TEST_P(ActivityApiTest, OrganizersListTheActivitiesOfTheirOwnUnits) {
  const std::int64_t in_c = MakeActivity(*this);
  const std::int64_t in_c2 = MakeActivity(*this, {{"unit_code", "C2"}, {"title", "C2 的活动"}});
  auto ids = [&](const std::string& who) {
    std::set<std::int64_t> out;
    HttpResponse r = As(who, "GET", "/api/v1/activities?managed=true");
    EXPECT_EQ(r.status, 200) << who << ": " << r.body;
    const nlohmann::json listed = Json(r);
    for (const auto& a : listed["items"]) out.insert(a["id"].get<std::int64_t>());
    return out;
  };
  EXPECT_EQ(ids("community"), (std::set<std::int64_t>{in_c}));
  EXPECT_EQ(ids("community2"), (std::set<std::int64_t>{in_c2}));
  EXPECT_EQ(ids("street"), (std::set<std::int64_t>{in_c, in_c2}));  // the street's communities too
  EXPECT_EQ(ids("admin"), (std::set<std::int64_t>{in_c, in_c2}));
  // Without it staff see every unit's; a resident organizes nothing.
  EXPECT_EQ(Json(As("community", "GET", "/api/v1/activities"))["items"].size(), 2u);
  HttpResponse resident = As("resident2", "GET", "/api/v1/activities?managed=true");
  EXPECT_EQ(resident.status, 403) << resident.body;
}

TEST_P(ActivityApiTest, ACancelledActivityTakesNoMoreSignups) {
  const std::int64_t id = MakeActivity(*this);
  ASSERT_EQ(As("community", "POST", Path(id) + "/cancel").status, 200);
  EXPECT_EQ(As("community", "POST", Path(id) + "/cancel").status, 422);
  EXPECT_EQ(As("resident1", "POST", Path(id) + "/signups").status, 422);
}

// The browser offers the pages by what /auth/me says; it agrees with what the routes allow.
TEST_P(ActivityApiTest, MeSaysWhoJoinsAndWhoOrganizes) {
  for (const std::string who : {"resident1", "grid1", "community", "street", "admin", "leader"}) {
    auto can = Json(As(who, "GET", "/api/v1/auth/me"))["can"];
    const bool joins = who == "resident1";
    const bool organizes = who == "community" || who == "street" || who == "admin";
    EXPECT_EQ(can["join_activities"], joins) << who;
    EXPECT_EQ(can["activities_manage"], organizes) << who;
    EXPECT_EQ(As(who, "GET", "/api/v1/party-members/registrations").status != 403, organizes) << who;
  }
}

SANWANG_INSTANTIATE_API_BACKENDS(ActivityApiTest);

}  // namespace
}  // namespace sanwang::api
