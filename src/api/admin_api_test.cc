// Admin routes: changing and enabling accounts, the catalog as CSV and item by item, and
// grid boundaries as GeoJSON — every change all or nothing, audited, and seen at once by
// the next request.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "api/api_test_fixture.h"
#include "org/roles.h"

namespace sanwang::api {
namespace {

class AdminApiTest : public ApiTest {
 protected:
  HttpResponse Send(const std::string& method, const std::string& target, const std::string& body,
                    const std::string& type) {
    return Request(method, target, body, TokenOf("admin"), {{"content-type", type}});
  }
  std::string CatalogCsv() {
    HttpResponse r = As("admin", "GET", "/api/v1/catalog/export.csv");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.content_type.rfind("text/csv", 0), 0u) << r.content_type;
    return r.body;
  }
  std::int64_t AuditRows(const std::string& action) {
    return db_->Query("SELECT COUNT(*) FROM audit_log WHERE outcome = 'ok' AND action = ?", {action})
        ->at(0)
        .Int(0);
  }
};

TEST_P(AdminApiTest, ChangingRoleOrUnitKeepsTheRulesAndEndsSessions) {
  std::string old_token = TokenOf("grid3");
  HttpResponse moved =
      As("admin", "PATCH", "/api/v1/users/grid3", {{"role", "community_staff"}, {"unit", "C2"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(Json(moved)["role"], "community_staff");
  EXPECT_EQ(Json(moved)["unit"]["code"], "C2");
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", old_token).status, 401);
  tokens_.erase("grid3");
  EXPECT_EQ(Json(As("grid3", "GET", "/api/v1/auth/me"))["role"], "community_staff");
  EXPECT_EQ(AuditRows("PATCH /api/v1/users/{username}"), 1);

  std::string token = TokenOf("grid3");
  HttpResponse renamed =
      As("admin", "PATCH", "/api/v1/users/grid3", {{"display_name", "王芳"}, {"phone", "13900000000"}});
  ASSERT_EQ(renamed.status, 200);
  EXPECT_EQ(Json(renamed)["phone"], "139****0000");
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", token).status, 200);  // same scope: still signed in
}

TEST_P(AdminApiTest, AccountsAreSearchedByWordsRoleUnitAndState) {
  auto names = [&](const std::string& query) {
    HttpResponse r = As("admin", "GET", "/api/v1/users" + query);
    EXPECT_EQ(r.status, 200) << query << " " << r.body;
    std::vector<std::string> found;
    auto j = Json(r);
    for (const auto& u : j["items"]) found.push_back(u["username"].get<std::string>());
    EXPECT_EQ(j["total"], found.size()) << query;
    return found;
  };
  ASSERT_EQ(As("admin", "POST", "/api/v1/users/grid2/disable", nlohmann::json::object()).status, 200);
  EXPECT_EQ(names("?role=grid_worker"), (std::vector<std::string>{"grid1", "grid2", "grid3"}));
  EXPECT_EQ(names("?role=grid_worker&unit=C"), (std::vector<std::string>{"grid1", "grid2"}));
  EXPECT_EQ(names("?role=grid_worker&unit=C&state=enabled"), (std::vector<std::string>{"grid1"}));
  EXPECT_EQ(names("?state=disabled"), (std::vector<std::string>{"grid2"}));
  EXPECT_EQ(names("?q=resident"), (std::vector<std::string>{"resident1", "resident2"}));
  auto second = Json(As("admin", "GET", "/api/v1/users?q=resident&page_size=1&page=2"));
  EXPECT_EQ(second["total"], 2);  // the matching accounts, not the page
  ASSERT_EQ(second["items"].size(), 1u);
  EXPECT_EQ(second["items"][0]["username"], "resident2");
  for (auto [query, field] : {std::pair{"?role=mayor", "role"}, std::pair{"?unit=NOPE", "unit"},
                              std::pair{"?state=locked", "state"}}) {
    HttpResponse r = As("admin", "GET", std::string("/api/v1/users") + query);
    EXPECT_EQ(r.status, 400) << query;
    EXPECT_EQ(Json(r)["error"]["field"], field) << query;
  }
}

TEST_P(AdminApiTest, BadAccountChangesAreRefusedAndChangeNothing) {
  auto field_of = [&](const std::string& user, const nlohmann::json& body, int status) {
    HttpResponse r = As("admin", "PATCH", "/api/v1/users/" + user, body);
    EXPECT_EQ(r.status, status) << body.dump() << " " << r.body;
    return Json(r)["error"].value("field", "");
  };
  EXPECT_EQ(field_of("grid3", {{"unit", "C"}}, 400), "unit");  // a grid worker belongs to a grid
  EXPECT_EQ(field_of("grid3", {{"role", "leader"}}, 400), "unit");
  EXPECT_EQ(field_of("grid3", {{"role", "mayor"}}, 400), "role");
  EXPECT_EQ(field_of("grid3", {{"unit", "NOPE"}}, 400), "unit");
  EXPECT_EQ(field_of("grid3", {{"display_name", ""}}, 400), "display_name");
  EXPECT_EQ(field_of("grid3", {{"role", 5}}, 400), "role");
  EXPECT_EQ(field_of("grid3", {{"rank", "x"}}, 400), "rank");
  field_of("nobody", {{"display_name", "某人"}}, 404);
  EXPECT_EQ(Json(As("grid3", "GET", "/api/v1/auth/me"))["role"], "grid_worker");
}

// Each listed account carries the actions the caller may take on it, as the domain decides
// (org/account_actions.h), and the caller's actions differ by office (三权分立).
TEST_P(AdminApiTest, TheAccountsListSaysWhatTheCallerMayDoToEachAccount) {
  ASSERT_EQ(As("admin", "POST", "/api/v1/users/grid2/disable").status, 200);
  auto actions_seen_by = [this](const std::string& who) {
    std::map<std::string, std::vector<std::string>> actions;
    HttpResponse list = As(who, "GET", "/api/v1/users?page_size=100");
    EXPECT_EQ(list.status, 200) << list.body;
    const nlohmann::json answer = Json(list);
    for (const auto& item : answer["items"]) {
      actions[item["username"].get<std::string>()] = item["actions"].get<std::vector<std::string>>();
    }
    return actions;
  };
  using Names = std::vector<std::string>;
  auto admin = actions_seen_by("admin");
  EXPECT_EQ(admin["grid3"], (Names{"edit", "disable"}));
  EXPECT_EQ(admin["grid2"], (Names{"edit", "enable"}));
  EXPECT_EQ(admin["admin"], (Names{"edit"}));
  EXPECT_EQ(admin["security"], Names{});
  EXPECT_EQ(admin["auditor"], Names{});
  auto security = actions_seen_by("security");
  EXPECT_EQ(security["grid3"], (Names{"reset_password", "reset_two_factor", "disable"}));
  EXPECT_EQ(security["grid2"], (Names{"reset_password", "reset_two_factor", "enable"}));
  EXPECT_EQ(security["admin"], (Names{"reset_password", "reset_two_factor", "disable"}));
  EXPECT_EQ(security["security"], Names{});
  EXPECT_EQ(security["auditor"], Names{});
  // What is not listed is refused.
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/auditor/disable").status, 403);
  EXPECT_EQ(As("security", "PATCH", "/api/v1/users/grid3", {{"display_name", "改名"}}).status, 403);
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/grid3/reset-password").status, 403);
}

// The security officer (安全管理员) resets credentials and locks accounts, keeps nothing
// else and reads none of the district's work; the administrator neither resets a password
// nor touches the security officer's account.
TEST_P(AdminApiTest, TheSecurityOfficerKeepsCredentialsAndNothingElse) {
  HttpResponse reset = As("security", "POST", "/api/v1/users/leader/reset-password");
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(Json(reset)["must_change_password"], true);
  EXPECT_EQ(As("security", "POST", "/api/v1/users/grid3/disable").status, 200);
  EXPECT_EQ(As("security", "POST", "/api/v1/users/grid3/enable").status, 200);
  for (auto [method, path] : {std::pair{"GET", "/api/v1/cases"}, std::pair{"GET", "/api/v1/audit"},
                              std::pair{"GET", "/api/v1/catalog/export.csv"}}) {
    EXPECT_EQ(As("security", method, path).status, 403) << path;
  }
  EXPECT_EQ(
      As("security", "POST", "/api/v1/users",
         {{"username", "new1"}, {"display_name", "新人"}, {"role", "resident"}, {"password", "Weidu2026ok"}})
          .status,
      403);
  const std::string before =
      db_->Query(
             "SELECT role || '|' || disabled || '|' || password_hash FROM users WHERE username = 'security'")
          ->at(0)
          .Text(0);
  EXPECT_EQ(As("admin", "PATCH", "/api/v1/users/security", {{"display_name", "换人"}}).status, 403);
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/security/disable").status, 403);
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/grid3/reset-two-factor").status, 403);
  EXPECT_EQ(As("admin", "PATCH", "/api/v1/users/grid3", {{"role", "security_officer"}, {"unit", "D"}}).status,
            403);
  EXPECT_EQ(
      db_->Query(
             "SELECT role || '|' || disabled || '|' || password_hash FROM users WHERE username = 'security'")
          ->at(0)
          .Text(0),
      before);
  EXPECT_EQ(Json(As("grid3", "GET", "/api/v1/auth/me"))["role"], "grid_worker");
}

TEST_P(AdminApiTest, DisabledAccountsCanBeEnabledAgain) {
  ASSERT_EQ(As("admin", "POST", "/api/v1/users/grid3/disable").status, 200);
  HttpResponse refused = Request("POST", "/api/v1/auth/sign-in",
                                 nlohmann::json{{"username", "grid3"}, {"password", kPassword}}.dump());
  EXPECT_EQ(refused.status, 401);
  HttpResponse enabled = As("admin", "POST", "/api/v1/users/grid3/enable");
  ASSERT_EQ(enabled.status, 200);
  EXPECT_EQ(Json(enabled)["disabled"], false);
  tokens_.erase("grid3");
  EXPECT_EQ(As("grid3", "GET", "/api/v1/auth/me").status, 200);
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/nobody/enable").status, 404);
  EXPECT_EQ(AuditRows("POST /api/v1/users/{username}/enable"), 1);
}

TEST_P(AdminApiTest, TheAuditorAloneReadsTheAuditLogAndNeitherOfficerKeepsItsAccount) {
  HttpResponse read = As("auditor", "GET", "/api/v1/audit");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_TRUE(Json(read)["items"].is_array());
  for (const char* who : {"admin", "supervisor", "leader"})
    EXPECT_EQ(As(who, "GET", "/api/v1/audit").status, 403) << who;
  // The auditor changes nothing else.
  EXPECT_EQ(As("auditor", "GET", "/api/v1/users").status, 403);
  EXPECT_EQ(As("auditor", "POST", "/api/v1/users/grid3/disable").status, 403);
  EXPECT_EQ(As("auditor", "GET", "/api/v1/cases").status, 403);

  // Neither the administrator nor the security officer makes an auditor or touches one's
  // account.
  const std::string before = db_->Query(
                                    "SELECT role || '|' || disabled || '|' || password_hash FROM users WHERE "
                                    "username = 'auditor'")
                                 ->at(0)
                                 .Text(0);
  const std::int64_t accounts = db_->Query("SELECT COUNT(*) FROM users")->at(0).Int(0);
  auto refused = [&](const HttpResponse& r) {
    EXPECT_EQ(r.status, 403) << r.body;
    EXPECT_NE(Json(r)["error"]["message"].get<std::string>().find("审计管理员账号只能在服务器命令行管理"),
              std::string::npos)
        << r.body;
  };
  refused(As("admin", "POST", "/api/v1/users",
             {{"username", "audit2"},
              {"display_name", "审计二"},
              {"role", "auditor"},
              {"unit_code", "D"},
              {"password", "Audit2026xyz"}}));
  refused(As("admin", "PATCH", "/api/v1/users/grid3", {{"role", "auditor"}, {"unit", "D"}}));
  refused(As("admin", "PATCH", "/api/v1/users/auditor", {{"display_name", "换人"}}));
  refused(As("admin", "POST", "/api/v1/users/auditor/disable"));
  refused(As("admin", "POST", "/api/v1/users/auditor/enable"));
  refused(As("security", "POST", "/api/v1/users/auditor/reset-password"));
  refused(As("security", "POST", "/api/v1/users/auditor/disable"));
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/auditor/reset-password").status, 403);
  EXPECT_EQ(
      db_->Query(
             "SELECT role || '|' || disabled || '|' || password_hash FROM users WHERE username = 'auditor'")
          ->at(0)
          .Text(0),
      before);
  EXPECT_EQ(db_->Query("SELECT COUNT(*) FROM users")->at(0).Int(0), accounts);
  EXPECT_EQ(Json(As("grid3", "GET", "/api/v1/auth/me"))["role"], "grid_worker");
  EXPECT_EQ(As("auditor", "GET", "/api/v1/audit").status, 200);  // still signed in
}

TEST_P(AdminApiTest, TheAccountsListOffersTheRolesTheServerLetsAnAdministratorGive) {
  HttpResponse list = As("admin", "GET", "/api/v1/users?role=grid_worker");
  ASSERT_EQ(list.status, 200) << list.body;
  const nlohmann::json answer = Json(list);
  std::set<std::string> offered;
  for (const auto& role : answer["assignable_roles"]) offered.insert(role.get<std::string>());
  EXPECT_FALSE(offered.contains("auditor"));
  EXPECT_FALSE(offered.contains("security_officer"));
  EXPECT_TRUE(offered.contains("admin"));
  EXPECT_TRUE(offered.contains("grid_worker"));
  // A role is offered exactly when a change to it passes the role check: here the change
  // then fails on its unknown unit and changes nothing, and a role not offered is refused.
  for (std::string_view role : org::AllRoles()) {
    HttpResponse r =
        As("admin", "PATCH", "/api/v1/users/grid3", {{"role", std::string(role)}, {"unit", "NO-SUCH-UNIT"}});
    if (offered.contains(std::string(role))) {
      EXPECT_EQ(r.status, 400) << role << " " << r.body;
      EXPECT_EQ(Json(r)["error"]["field"], "unit") << role;
    } else {
      EXPECT_EQ(r.status, 403) << role << " " << r.body;
    }
  }
  EXPECT_EQ(Json(As("grid3", "GET", "/api/v1/auth/me"))["role"], "grid_worker");
}

TEST_P(AdminApiTest, CatalogRoundTripsAsCsv) {
  std::string csv = CatalogCsv();
  // A byte order mark first, so that Excel reads the file as UTF-8; departments by name too.
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF"
                      "code,aspect_code,aspect_zh,aspect_en,name_zh,name_en,tier,department,department_zh,"
                      "department_en,sla_hours",
                      0),
            0u);
  EXPECT_NE(csv.find(",department,DEPT,区城市管理局,Urban Management,"), std::string::npos) << csv;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
  std::string edited = csv;
  edited.replace(edited.find("楼道堆放杂物"), std::string("楼道堆放杂物").size(), "楼道堆物");
  HttpResponse r = Send("POST", "/api/v1/catalog/import", edited, "text/csv");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Json(r), (nlohmann::json{{"aspects", 1}, {"items", 5}}));
  EXPECT_EQ(Json(As("", "GET", "/api/v1/catalog/items/A01-001"))["name"], "楼道堆物");
  EXPECT_EQ(AuditRows("POST /api/v1/catalog/import"), 1);
}

TEST_P(AdminApiTest, BadCatalogCsvNamesTheLineAndChangesNothing) {
  std::string csv = CatalogCsv();
  std::string renamed = csv;
  renamed.replace(renamed.find("楼道堆放杂物"), std::string("楼道堆放杂物").size(), "楼道堆物");
  std::string bad = renamed;
  bad.replace(bad.find(",community,"), std::string(",community,").size(), ",village,");
  HttpResponse r = Send("POST", "/api/v1/catalog/import", bad, "text/csv");
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(Json(r)["error"]["message"].get<std::string>().find("line 3"), std::string::npos) << r.body;
  EXPECT_EQ(Json(r)["error"]["field"], "tier");
  EXPECT_EQ(CatalogCsv(), csv);
  std::string unknown_department = renamed;
  unknown_department.replace(unknown_department.find(",DEPT,"), 6, ",PARKS,");
  EXPECT_EQ(Json(Send("POST", "/api/v1/catalog/import", unknown_department, "text/csv"))["error"]["field"],
            "department");
  EXPECT_EQ(Send("POST", "/api/v1/catalog/import", "", "text/csv").status, 400);
  EXPECT_EQ(CatalogCsv(), csv);
}

TEST_P(AdminApiTest, PutCatalogItemRewritesOneItem) {
  nlohmann::json item = {{"name_zh", "楼道堆物"},  {"name_en", "Stairwell clutter"},
                         {"tier", "community"},    {"department", ""},
                         {"sla_hours", 12},        {"online_answer_zh", ""},
                         {"online_answer_en", ""}, {"keywords", "楼道|堆物"}};
  HttpResponse r = As("admin", "PUT", "/api/v1/catalog/items/A01-001", item);
  ASSERT_EQ(r.status, 200) << r.body;
  auto now = Json(As("", "GET", "/api/v1/catalog/items/A01-001"));
  EXPECT_EQ(now["tier"], "community");
  EXPECT_EQ(now["sla_hours"], 12);
  EXPECT_EQ(now["aspect_code"], "A01");
  auto field_of = [&](const nlohmann::json& change) {
    nlohmann::json body = item;
    body.update(change);
    HttpResponse bad = As("admin", "PUT", "/api/v1/catalog/items/A01-001", body);
    EXPECT_EQ(bad.status, 400) << body.dump() << " " << bad.body;
    return Json(bad)["error"].value("field", "");
  };
  EXPECT_EQ(field_of({{"tier", "village"}}), "tier");
  EXPECT_EQ(field_of({{"sla_hours", 5000}}), "sla_hours");
  EXPECT_EQ(field_of({{"sla_hours", "8"}}), "sla_hours");
  EXPECT_EQ(field_of({{"tier", "department"}}), "department");
  EXPECT_EQ(field_of({{"tier", "online"}}), "online_answer_zh");
  EXPECT_EQ(field_of({{"name_zh", nullptr}}), "name_zh");
  EXPECT_EQ(As("admin", "PUT", "/api/v1/catalog/items/Z99-999", item).status, 404);
  EXPECT_EQ(Json(As("", "GET", "/api/v1/catalog/items/A01-001"))["sla_hours"], 12);
}

TEST_P(AdminApiTest, GridImportAddsGridsAllOrNothing) {
  const std::string g4 =
      R"({"type":"Feature","properties":{"code":"G4","name":"四网格","parent":"C2"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[113.83,34.0],[113.84,34.0],[113.84,34.02],[113.83,34.02],[113.83,34.0]]]}})";
  const std::string orphan =
      R"({"type":"Feature","properties":{"code":"G5","name":"五网格","parent":"NOPE"},)"
      R"("geometry":{"type":"Polygon","coordinates":[[[113.85,34.0],[113.86,34.0],[113.86,34.02],[113.85,34.02]]]}})";
  HttpResponse bad =
      Send("POST", "/api/v1/org/grids/import",
           R"({"type":"FeatureCollection","features":[)" + g4 + "," + orphan + "]}", "application/geo+json");
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(Json(bad)["error"]["message"].get<std::string>().rfind("feature 1", 0), 0u) << bad.body;
  EXPECT_EQ(Json(As("admin", "GET", "/api/v1/org/locate?lon=113.835&lat=34.01"))["grid"], nullptr);
  HttpResponse r = Send("POST", "/api/v1/org/grids/import",
                        R"({"type":"FeatureCollection","features":[)" + g4 + "]}", "application/geo+json");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Json(r)["grids"], 1);
  nlohmann::json located = Json(As("admin", "GET", "/api/v1/org/locate?lon=113.835&lat=34.01"));
  ASSERT_TRUE(located["grid"].is_object()) << located.dump();
  EXPECT_EQ(located["grid"]["code"], "G4");
  // The new grid is sent with the boundary it was given.
  nlohmann::json grid = Json(As("admin", "GET", "/api/v1/org/units/" + located["grid"]["id"].dump()));
  EXPECT_EQ(grid["geometry"]["type"], "Polygon");
  EXPECT_FALSE(grid["geometry"]["coordinates"].empty());
  EXPECT_EQ(Send("POST", "/api/v1/org/grids/import", "not json", "application/geo+json").status, 400);
  EXPECT_EQ(AuditRows("POST /api/v1/org/grids/import"), 1);
}

SANWANG_INSTANTIATE_API_BACKENDS(AdminApiTest);

}  // namespace
}  // namespace sanwang::api
