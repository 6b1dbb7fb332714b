// The party and social organization routes on the test district of api_test_fixture.h
// (D → S → C with grids G1 and G2, C2 with G3): the party tree under a community with a
// cycle refused, the contact phone masked outside the community served and kept when sent
// back masked, bad input refused naming the field with nothing written, and the scopes of
// the lists.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class OrgBodyApiTest : public ApiTest {
 protected:
  std::int64_t Create(const std::string& who, const std::string& path, const nlohmann::json& body) {
    HttpResponse r = As(who, "POST", path, body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
  }
  static nlohmann::json Party(const std::string& kind, const std::string& name, const std::string& unit) {
    return {{"kind", kind}, {"name", name}, {"unit_code", unit}, {"secretary", "李强"}, {"members", 12}};
  }
  static nlohmann::json Social(const std::string& name) {
    return {{"kind", "social_organization"}, {"name", name},           {"credit_code", "91350100M000100Y43"},
            {"field", "elder_care"},         {"contact_name", "王芳"}, {"contact_phone", "13812345678"},
            {"community_code", "C"}};
  }
  std::size_t Listed(const std::string& path) { return Json(As("admin", "GET", path))["items"].size(); }
};

TEST_P(OrgBodyApiTest, ABranchUnderACommunitysGeneralBranchAppearsInTheUnitsTree) {
  const std::int64_t committee =
      Create("street", "/api/v1/party-orgs", Party("party_committee", "S党工委", "S"));
  nlohmann::json general = Party("general_branch", "C党总支", "C");
  general["parent_id"] = committee;
  general["secretary_username"] = "community";
  const std::int64_t general_id = Create("community", "/api/v1/party-orgs", general);
  nlohmann::json branch = Party("branch", "C第一党支部", "C");
  branch["parent_id"] = general_id;
  Create("community", "/api/v1/party-orgs", branch);

  nlohmann::json tree = Json(As("community", "GET", "/api/v1/party-orgs?unit=C"));
  EXPECT_EQ(tree["may_add"], true);
  ASSERT_EQ(tree["items"].size(), 2u);
  EXPECT_EQ(tree["items"][0]["kind"], "general_branch");  // the larger body first
  EXPECT_EQ(tree["items"][0]["parent_name"], "S党工委");
  EXPECT_EQ(tree["items"][0]["has_account"], true);
  EXPECT_EQ(tree["items"][0]["secretary_username"], "community");
  EXPECT_EQ(tree["items"][1]["parent_id"], general_id);
  EXPECT_EQ(Json(As("street", "GET", "/api/v1/party-orgs?unit=S"))["items"].size(), 3u);
  nlohmann::json by_leader = Json(As("leader", "GET", "/api/v1/party-orgs?unit=C"));
  EXPECT_EQ(by_leader["may_add"], false);
  EXPECT_EQ(by_leader["items"][0]["may_edit"], false);
  EXPECT_EQ(by_leader["items"][0]["secretary_username"], "");
  EXPECT_EQ(As("community2", "GET", "/api/v1/party-orgs?unit=C").status, 403);
  EXPECT_TRUE(Json(As("community2", "GET", "/api/v1/party-orgs"))["items"].empty());

  // The street's committee may not sit under the community's general branch, its own child.
  HttpResponse looped = As("admin", "PUT", "/api/v1/party-orgs/" + std::to_string(committee),
                           {{"unit_code", "C"}, {"parent_id", general_id}});
  EXPECT_EQ(looped.status, 400) << looped.body;
  EXPECT_EQ(Json(looped)["error"]["field"], "parent");
  nlohmann::json kept = Json(As("admin", "GET", "/api/v1/party-orgs/" + std::to_string(committee)));
  EXPECT_EQ(kept["unit_code"], "S");
  EXPECT_TRUE(kept["parent_id"].is_null());
}

TEST_P(OrgBodyApiTest, TheContactPhoneIsForTheCommunityServedAndAdmins) {
  const std::int64_t id = Create("community", "/api/v1/social-orgs", Social("夕阳红互助会"));
  const std::string path = "/api/v1/social-orgs/" + std::to_string(id);
  EXPECT_EQ(Json(As("community", "GET", path))["contact_phone"], "13812345678");
  EXPECT_EQ(Json(As("admin", "GET", path))["contact_phone"], "13812345678");
  nlohmann::json above = Json(As("street", "GET", path));
  EXPECT_EQ(above["contact_phone"], "138****5678");
  EXPECT_EQ(above["contact_masked"], true);
  EXPECT_EQ(above["may_edit"], true);
  EXPECT_EQ(Json(As("leader", "GET", "/api/v1/social-orgs"))["items"][0]["contact_phone"], "138****5678");

  // The street edits with the phone as it saw it: the stored phone stays.
  HttpResponse edited = As("street", "PUT", path, {{"contact_phone", "138****5678"}, {"field", "health"}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(Json(As("community", "GET", path))["contact_phone"], "13812345678");
  EXPECT_EQ(Json(As("community", "GET", path))["field"], "health");
  EXPECT_EQ(As("dept", "GET", path).status, 404);
  EXPECT_EQ(As("grid1", "GET", "/api/v1/social-orgs").status, 403);
}

TEST_P(OrgBodyApiTest, BadInputIsRefusedNamingTheFieldAndNothingChanges) {
  Create("admin", "/api/v1/social-orgs", Social("夕阳红互助会"));
  struct Case {
    nlohmann::json body;
    int status;
    const char* field;
  };
  nlohmann::json bad_code = Social("新社团");
  bad_code["credit_code"] = "91350100M000100Y44";
  nlohmann::json not_community = Social("新社团");
  not_community["community_code"] = "S";
  nlohmann::json bad_phone = Social("新社团");
  bad_phone["contact_phone"] = "12345";
  nlohmann::json unknown = Social("新社团");
  unknown["email"] = "a@b.c";
  const std::vector<Case> table = {{bad_code, 400, "credit_code"},
                                   {not_community, 400, "community_code"},
                                   {bad_phone, 400, "contact_phone"},
                                   {Social("夕阳红互助会"), 409, "name"},
                                   {unknown, 400, "email"}};
  for (const Case& c : table) {
    HttpResponse r = As("admin", "POST", "/api/v1/social-orgs", c.body);
    EXPECT_EQ(r.status, c.status) << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(Listed("/api/v1/social-orgs"), 1u);

  nlohmann::json under_branch = Party("branch", "C第二党支部", "C");
  under_branch["parent_id"] = Create("admin", "/api/v1/party-orgs", Party("branch", "C第一党支部", "C"));
  HttpResponse r = As("admin", "POST", "/api/v1/party-orgs", under_branch);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Json(r)["error"]["field"], "parent");
  r = As("admin", "POST", "/api/v1/party-orgs", Party("branch", "网格支部", "G1"));
  EXPECT_EQ(Json(r)["error"]["field"], "unit_code");
  r = As("community", "POST", "/api/v1/party-orgs", Party("branch", "C2支部", "C2"));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Listed("/api/v1/party-orgs"), 1u);
}

SANWANG_INSTANTIATE_API_BACKENDS(OrgBodyApiTest);

}  // namespace
}  // namespace sanwang::api
