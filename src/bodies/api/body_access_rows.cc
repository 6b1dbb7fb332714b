// Who may call the party and social organization routes (body_routes.cc): readers see
// those of units in their scope (community2 and dept an empty list for C's, and nothing of
// one of C); the keepers of community C — its community staff, the street's staff above it
// and admins — add and edit them. Grid workers and residents get nothing. Each probe that
// adds one uses a name of its own.
#include <memory>

#include "api/access_matrix.h"

namespace sanwang::api {
namespace {

std::set<std::string> Readers() {
  return {"community", "community2", "street", "dept", "center", "supervisor", "leader", "admin"};
}

nlohmann::json PartyBody(int n) {
  return {{"kind", "branch"},
          {"name", "C社区第" + std::to_string(n) + "党支部"},
          {"unit_code", "C"},
          {"secretary", "李强"}};
}

nlohmann::json SocialBody(int n) {
  return {{"kind", "activity_group"},       {"name", "C社区第" + std::to_string(n) + "文艺队"},
          {"field", "culture_sports"},      {"contact_name", "王芳"},
          {"contact_phone", "13812345678"}, {"community_code", "C"}};
}

std::string Made(ApiTest& test, const std::string& path, const nlohmann::json& body) {
  HttpResponse made = test.As("admin", "POST", path, body);
  EXPECT_EQ(made.status, 201) << made.body;
  return path + "/" + std::to_string(made.status == 201 ? ApiTest::Json(made)["id"].get<std::int64_t>() : 0);
}

}  // namespace

void AddOrgBodyAccessRows(ApiTest& test, AccessRows& rows) {
  const std::string party = Made(test, "/api/v1/party-orgs", PartyBody(0));
  const std::string social = Made(test, "/api/v1/social-orgs", SocialBody(0));
  auto next = std::make_shared<int>(1);
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto put = [&test](const std::string& target, const nlohmann::json& body) {
    return [&test, target, body](const std::string& who) { return test.As(who, "PUT", target, body); };
  };
  auto create_party = [&test, next](const std::string& who) {
    return test.As(who, "POST", "/api/v1/party-orgs", PartyBody((*next)++));
  };
  auto create_social = [&test, next](const std::string& who) {
    return test.As(who, "POST", "/api/v1/social-orgs", SocialBody((*next)++));
  };
  const std::set<std::string> keepers = {"community", "street", "admin"};
  const std::set<std::string> seers_of_c = {"community", "street", "center", "supervisor", "leader", "admin"};
  rows.insert({
      {"GET /api/v1/party-orgs", {get("/api/v1/party-orgs"), Readers()}},
      {"POST /api/v1/party-orgs", {create_party, keepers}},
      {"GET /api/v1/party-orgs/{id}", {get(party), seers_of_c}},
      {"PUT /api/v1/party-orgs/{id}", {put(party, {{"members", 40}}), keepers}},
      {"GET /api/v1/social-orgs", {get("/api/v1/social-orgs"), Readers()}},
      {"POST /api/v1/social-orgs", {create_social, keepers}},
      {"GET /api/v1/social-orgs/{id}", {get(social), seers_of_c}},
      {"PUT /api/v1/social-orgs/{id}", {put(social, {{"active", false}}), keepers}},
  });
}

}  // namespace sanwang::api
