// The roster routes on the test district of api_test_fixture.h (D → S → C with grids G1
// and G2, C2 with G3): personal data masked for everyone, revealed to the worker's own unit,
// the audited reveal, bad input refused naming the field with nothing written, trainings
// and the staffing gaps with an understaffed community.
#include "api/api_test_fixture.h"
#include "support/store/roster_repository.h"

namespace sanwang::api {
namespace {

class RosterApiTest : public ApiTest {
 protected:
  static nlohmann::json Body(const std::string& id_number, const std::string& grid = "G1") {
    return {{"kind", "grid_worker"},
            {"name", "王芳"},
            {"post", "网格员"},
            {"unit_code", "C"},
            {"grid_code", grid},
            {"started_on", "2021-03-01"},
            {"qualification", "assistant"},
            {"id_number", id_number},
            {"phone", "13812345678"}};
  }
  std::int64_t Create(const nlohmann::json& body) {
    HttpResponse r = As("community", "POST", "/api/v1/roster/workers", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
  }
  std::size_t Listed() { return Json(As("admin", "GET", "/api/v1/roster/workers"))["items"].size(); }
  std::int64_t Reveals() {
    auto rows = direct_db().Query("SELECT COUNT(*) FROM audit_log WHERE action = 'roster_reveal'");
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }
};

TEST_P(RosterApiTest, PersonalDataIsMaskedForEveryoneUntilRevealed) {
  const std::int64_t id = Create(Body("410102199003071230"));
  nlohmann::json own = Json(As("community", "GET", "/api/v1/roster/workers/" + std::to_string(id)));
  EXPECT_EQ(own["id_number"], "410102********1230");
  EXPECT_EQ(own["phone"], "138****5678");
  EXPECT_EQ(own["masked"], true);
  EXPECT_EQ(own["may_edit"], true);
  EXPECT_EQ(own["may_reveal"], true);
  nlohmann::json above = Json(As("street", "GET", "/api/v1/roster/workers/" + std::to_string(id)));
  EXPECT_EQ(above["id_number"], "410102********1230");
  EXPECT_EQ(above["may_edit"], true);
  EXPECT_EQ(above["may_reveal"], false);
  EXPECT_EQ(own["grid_code"], "G1");
  nlohmann::json leader = Json(As("leader", "GET", "/api/v1/roster/workers"))["items"][0];
  EXPECT_EQ(leader["id_number"], "410102********1230");
  EXPECT_EQ(leader["phone"], "138****5678");
  EXPECT_EQ(leader["masked"], true);
  EXPECT_EQ(leader["may_reveal"], false);
  EXPECT_EQ(leader["may_edit"], false);
  EXPECT_TRUE(Json(As("community2", "GET", "/api/v1/roster/workers"))["items"].empty());
  EXPECT_EQ(As("grid1", "GET", "/api/v1/roster/workers").status, 403);
  EXPECT_EQ(As("resident1", "GET", "/api/v1/roster/workers").status, 403);
}

TEST_P(RosterApiTest, RevealIsForTheWorkersOwnUnitAndAdminsAndAudited) {
  const std::string path = "/api/v1/roster/workers/" + std::to_string(Create(Body("410102199003071230")));
  EXPECT_EQ(As("leader", "POST", path + "/reveal").status, 403);
  EXPECT_EQ(As("street", "POST", path + "/reveal").status, 403);  // keeps the unit above, not the unit
  EXPECT_EQ(Reveals(), 0);
  HttpResponse r = As("community", "POST", path + "/reveal");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Json(r)["id_number"], "410102199003071230");
  EXPECT_EQ(Json(r)["phone"], "13812345678");
  EXPECT_EQ(Reveals(), 1);
  auto detail = direct_db().Query("SELECT detail, target FROM audit_log WHERE action = 'roster_reveal'");
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->at(0).Text(0).find("410102"), std::string::npos) << "no personal data in the audit";
  EXPECT_EQ(detail->at(0).Text(0).find("13812345678"), std::string::npos);
}

TEST_P(RosterApiTest, BadInputIsRefusedNamingTheFieldAndNothingChanges) {
  const std::int64_t id = Create(Body("410102199003071230"));
  struct Case {
    nlohmann::json body;
    int status;
    const char* field;
  };
  nlohmann::json no_name = Body("410102198511204568");
  no_name.erase("name");
  nlohmann::json unknown = Body("410102198511204568");
  unknown["salary"] = 1;
  const std::vector<Case> table = {
      {Body("410102198511204567"), 400, "id_number"},  // wrong check character
      {Body("410102198511204568", "G3"), 400, "grid_code"},
      {Body("410102198511204568", ""), 400, "grid_code"},
      {no_name, 400, "name"},
      {Body("410102199003071230"), 409, "id_number"},  // already listed
  };
  for (const Case& c : table) {
    HttpResponse r = As("community", "POST", "/api/v1/roster/workers", c.body);
    EXPECT_EQ(r.status, c.status) << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(As("community", "POST", "/api/v1/roster/workers", unknown).status, 400);
  const std::string path = "/api/v1/roster/workers/" + std::to_string(id);
  HttpResponse bad_phone = As("community", "PUT", path, {{"phone", "12345"}});
  EXPECT_EQ(bad_phone.status, 400);
  EXPECT_EQ(Json(bad_phone)["error"]["field"], "phone");
  HttpResponse bad_hours = As("community", "POST", path + "/trainings",
                              {{"held_on", "2026-05-12"}, {"title", "培训"}, {"hours", 1.25}});
  EXPECT_EQ(Json(bad_hours)["error"]["field"], "hours");
  EXPECT_EQ(Json(As("admin", "POST", path + "/reveal"))["phone"], "13812345678");
  EXPECT_TRUE(Json(As("admin", "GET", path))["trainings"].empty());
  EXPECT_EQ(Listed(), 1u);
}

TEST_P(RosterApiTest, TrainingsAndGaps) {
  const std::string path = "/api/v1/roster/workers/" + std::to_string(Create(Body("410102199003071230")));
  HttpResponse t = As("community", "POST", path + "/trainings",
                      {{"held_on", "2026-05-12"}, {"title", "社工实务"}, {"hours", 3.5}});
  ASSERT_EQ(t.status, 201) << t.body;
  nlohmann::json worker = Json(As("supervisor", "GET", path));
  ASSERT_EQ(worker["trainings"].size(), 1u);
  EXPECT_EQ(worker["trainings"][0]["hours"], 3.5);

  nlohmann::json gaps = Json(As("street", "GET", "/api/v1/roster/gaps"));
  EXPECT_EQ(gaps["households_per_worker"], 300);
  ASSERT_EQ(gaps["grids_without_worker"].size(), 2u);  // G2 and G3; G1 has its worker
  EXPECT_EQ(gaps["grids_without_worker"][0]["code"], "G2");
  EXPECT_EQ(gaps["communities_without_households"].size(), 2u);
  HttpResponse inactive = As("community", "PUT", path, {{"active", false}});
  ASSERT_EQ(inactive.status, 200) << inactive.body;
  EXPECT_EQ(Json(As("street", "GET", "/api/v1/roster/gaps"))["grids_without_worker"].size(), 3u);

  // 601 households need three workers; C has none active left.
  auto community = direct_db().Query("SELECT id FROM units WHERE code = 'C'");
  ASSERT_TRUE(community.ok() && !community->empty());
  ASSERT_TRUE(
      store::RosterRepository(direct_db()).SetHouseholds({"411002", community->at(0).Int(0), 601, ""}).ok());
  nlohmann::json understaffed = Json(As("street", "GET", "/api/v1/roster/gaps"))["understaffed"];
  ASSERT_EQ(understaffed.size(), 1u);
  EXPECT_EQ(understaffed[0]["code"], "C");
  EXPECT_EQ(understaffed[0]["households"], 601);
  EXPECT_EQ(understaffed[0]["workers"], 0);
  EXPECT_EQ(understaffed[0]["needed"], 3);
}

SANWANG_INSTANTIATE_API_BACKENDS(RosterApiTest);

}  // namespace
}  // namespace sanwang::api
