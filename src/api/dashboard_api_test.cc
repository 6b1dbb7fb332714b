// The dashboard, rankings, map layers and client configuration, with figures checked on
// three matters played through the engine over a week of November on the fake clock.
#include "api/api_test_fixture.h"
#include "cases/case_engine.h"
#include "store/catalog_repository.h"

namespace sanwang::api {
namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;
constexpr UnixSeconds kNov2 = 1793581200;  // 2026-11-02T09:00:00+08:00, a Monday

class DashboardApiTest : public ApiTest {
 protected:
  // Case 1 (G1): filed Mon 09:00, accepted 09:30 and resolved 10:00 — both on time —
  // and rated satisfied. Case 2 (G1): filed Tue 09:00, accepted 15:00 (due 11:00) and
  // resolved Thu 15:00 (due Wed 10:30) — both late. Case 3 (G3): filed Wed 09:00, due Thu
  // 10:30, still open on Tue 10 November, when the sweep flags it overdue.
  void PlayWeek() {
    clock_.Set(kNov2);
    first_ = FileCase("resident1", kInG1);
    clock_.Set(kNov2 + kHour / 2);
    Move("grid1", first_, {{"action", "accept"}});
    clock_.Set(kNov2 + kHour);
    Move("grid1", first_, {{"action", "resolve"}, {"note", "已清理"}});
    Move("resident1", first_, {{"action", "rate"}, {"satisfied", true}});
    clock_.Set(kNov2 + kDay);
    tokens_.clear();
    second_ = FileCase("resident1", kInG1);
    clock_.Set(kNov2 + kDay + 6 * kHour);
    Move("grid1", second_, {{"action", "accept"}});
    clock_.Set(kNov2 + 2 * kDay);
    tokens_.clear();
    third_ = FileCase("resident2", kInG3);
    clock_.Set(kNov2 + 3 * kDay + 6 * kHour);
    Move("grid1", second_, {{"action", "resolve"}, {"note", "已处理"}});
    clock_.Set(kNov2 + 8 * kDay);
    tokens_.clear();
    Sweep();
  }
  void Move(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    tokens_.clear();  // the clock jumps by hours: sign in afresh
    HttpResponse r = As(who, "POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", body);
    ASSERT_EQ(r.status, 200) << r.body;
  }
  void Sweep() {
    store::OrgRepository org_repo(*db_);
    auto org = org::OrgDirectory::Load(org_repo, "411002");
    store::CatalogRepository catalog_repo(*db_);
    auto catalog = cases::Catalog::Load(catalog_repo, "411002");
    ASSERT_TRUE(org.ok() && catalog.ok());
    cases::CaseEngine engine(*db_, clock_, *calendar_, *workflow_, *org, *catalog);
    auto swept = engine.Sweep();
    ASSERT_TRUE(swept.ok()) << swept.status().ToString();
    EXPECT_EQ(swept->supervised, 1);
  }
  void UseRankingMinimum(int min_cases) {
    ApiOptions options;
    options.ranking.min_cases = min_cases;
    api_ = std::make_unique<Api>(*pool_, clock_, *calendar_, *workflow_, "411002", options);
    ASSERT_TRUE(api_->Reload().ok());
  }
  nlohmann::json Get(const std::string& who, const std::string& target, int status = 200) {
    HttpResponse r = As(who, "GET", target);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    return Json(r);
  }

  std::int64_t first_ = 0, second_ = 0, third_ = 0;
};

TEST_P(DashboardApiTest, DistrictDashboardFigures) {
  PlayWeek();
  auto d = Get("admin", "/api/v1/dashboard?from=2026-11-01&to=2026-11-10");
  EXPECT_EQ(d["unit"], (nlohmann::json{{"code", "D"}, {"name", "单位D"}}));
  EXPECT_EQ(d["from"], "2026-11-01");
  EXPECT_EQ(d["to"], "2026-11-10");
  EXPECT_EQ(d["today"], (nlohmann::json{{"new", 0}, {"open", 1}, {"overdue", 1}}));
  EXPECT_EQ(d["rates"], (nlohmann::json{{"on_time_acceptance", 0.5},
                                        {"on_time_resolution", 0.5},
                                        {"satisfaction", 1.0},
                                        {"rated", 1},
                                        {"mean_stars", 5.0}}));  // the one rating: satisfied, 5 stars
  ASSERT_EQ(d["by_day"].size(), 10u);
  EXPECT_EQ(d["by_day"][0],
            (nlohmann::json{{"date", "2026-11-01"}, {"new", 0}, {"resolved", 0}, {"overdue", 0}}));
  EXPECT_EQ(d["by_day"][1],
            (nlohmann::json{{"date", "2026-11-02"}, {"new", 1}, {"resolved", 1}, {"overdue", 0}}));
  EXPECT_EQ(d["by_day"][2],
            (nlohmann::json{{"date", "2026-11-03"}, {"new", 1}, {"resolved", 0}, {"overdue", 0}}));
  EXPECT_EQ(d["by_day"][3],
            (nlohmann::json{{"date", "2026-11-04"}, {"new", 1}, {"resolved", 0}, {"overdue", 1}}));
  EXPECT_EQ(d["by_day"][4],
            (nlohmann::json{{"date", "2026-11-05"}, {"new", 0}, {"resolved", 1}, {"overdue", 1}}));
  EXPECT_EQ(d["by_aspect"], nlohmann::json::parse(
                                R"([{"code":"A01","name_zh":"环境卫生","name_en":"Sanitation","count":3}])"));
}

TEST_P(DashboardApiTest, CommunityDashboardIsItsOwnAndAgreesWithTheMonthlySummary) {
  PlayWeek();
  auto days = Get("community", "/api/v1/dashboard?from=2026-11-01&to=2026-11-10");
  EXPECT_EQ(days["unit"]["code"], "C");
  EXPECT_EQ(days["today"], (nlohmann::json{{"new", 0}, {"open", 0}, {"overdue", 0}}));
  EXPECT_EQ(days["by_day"][4]["overdue"], 0);  // case 3 lies in the other community
  EXPECT_EQ(days["rates"], (nlohmann::json{{"on_time_acceptance", 0.5},
                                           {"on_time_resolution", 0.5},
                                           {"satisfaction", 1.0},
                                           {"rated", 1},
                                           {"mean_stars", 5.0}}));  // the one rating: satisfied, 5 stars
  auto month = Get("community", "/api/v1/dashboard?unit=C&from=2026-11-01&to=2026-11-30");
  EXPECT_EQ(month["rates"], days["rates"]);
  auto october = Get("community", "/api/v1/dashboard?from=2026-10-01&to=2026-10-31");
  EXPECT_EQ(october["rates"]["satisfaction"], nullptr);
  auto grid = Get("grid3", "/api/v1/dashboard?from=2026-11-01&to=2026-11-10");
  EXPECT_EQ(grid["today"]["overdue"], 1);
}

TEST_P(DashboardApiTest, DashboardScopeAndBadInput) {
  EXPECT_EQ(Get("community", "/api/v1/dashboard?unit=C2", 403)["error"]["code"], "permission_denied");
  Get("grid1", "/api/v1/dashboard?unit=C", 403);
  Get("dept", "/api/v1/dashboard", 403);
  Get("resident1", "/api/v1/dashboard", 403);
  Get("street", "/api/v1/dashboard?unit=C2");
  Get("center", "/api/v1/dashboard?unit=G3");
  EXPECT_EQ(Get("admin", "/api/v1/dashboard?unit=NOPE", 400)["error"]["field"], "unit");
  EXPECT_EQ(Get("admin", "/api/v1/dashboard?from=2026-13-01", 400)["error"]["field"], "from");
  EXPECT_EQ(Get("admin", "/api/v1/dashboard?to=yesterday", 400)["error"]["field"], "to");
  EXPECT_EQ(Get("admin", "/api/v1/dashboard?from=2026-11-10&to=2026-11-01", 400)["error"]["field"], "from");
  EXPECT_EQ(Get("admin", "/api/v1/dashboard?from=2024-01-01&to=2026-11-01", 400)["error"]["field"], "from");
  auto by_default = Get("admin", "/api/v1/dashboard");
  EXPECT_EQ(by_default["to"], "2026-11-30");
  EXPECT_EQ(by_default["from"], "2026-11-01");
}

TEST_P(DashboardApiTest, UnitsWithTooFewCasesAreListedUnranked) {
  PlayWeek();
  UseRankingMinimum(2);
  auto communities = Get("leader", "/api/v1/rankings?level=community&from=2026-11-01&to=2026-11-30");
  EXPECT_EQ(communities["min_cases"], 2);
  ASSERT_EQ(communities["rows"].size(), 2u);
  EXPECT_EQ(communities["rows"][0]["code"], "C");  // two cases: ranked
  EXPECT_EQ(communities["rows"][0]["rank"], 1);
  EXPECT_EQ(communities["rows"][1]["code"], "C2");  // one case: listed, scored, unranked
  EXPECT_EQ(communities["rows"][1]["rank"], nullptr);
  EXPECT_EQ(communities["rows"][1]["score"], 0.0);
}

TEST_P(DashboardApiTest, RankingsScoreAndOrderUnits) {
  PlayWeek();
  UseRankingMinimum(1);
  auto communities = Get("leader", "/api/v1/rankings?level=community&from=2026-11-01&to=2026-11-30");
  EXPECT_EQ(communities["level"], "community");
  ASSERT_EQ(communities["rows"].size(), 2u);
  // C: 100 × (0.25·0.5 + 0.35·0.5 + 0.30·1 + 0.10·(1 − 0/2)) = 70.
  EXPECT_EQ(communities["rows"][0], (nlohmann::json{{"rank", 1},
                                                    {"code", "C"},
                                                    {"name", "单位C"},
                                                    {"cases", 2},
                                                    {"on_time_acceptance", 0.5},
                                                    {"on_time_resolution", 0.5},
                                                    {"satisfaction", 1.0},
                                                    {"rated", 1},
                                                    {"mean_stars", 5.0},
                                                    {"overdue", 0},
                                                    {"score", 70.0}}));
  // C2: only the overdue term can be measured, and its one case is overdue.
  EXPECT_EQ(communities["rows"][1]["code"], "C2");
  EXPECT_EQ(communities["rows"][1]["rank"], 2);
  EXPECT_EQ(communities["rows"][1]["overdue"], 1);
  EXPECT_EQ(communities["rows"][1]["on_time_acceptance"], nullptr);
  EXPECT_EQ(communities["rows"][1]["score"], 0.0);
  auto grids = Get("community", "/api/v1/rankings?level=grid&from=2026-11-01&to=2026-11-10");
  ASSERT_EQ(grids["rows"].size(), 2u);
  EXPECT_EQ(grids["rows"][0]["code"], "G1");
  EXPECT_EQ(grids["rows"][0]["score"], 70.0);
  EXPECT_EQ(grids["rows"][1]["code"], "G2");
  EXPECT_EQ(grids["rows"][1]["score"], nullptr);  // no case, no score: listed last, unranked
  EXPECT_EQ(grids["rows"][1]["rank"], nullptr);
  EXPECT_EQ(Get("community", "/api/v1/rankings?level=grid&unit=C2", 403)["error"]["code"],
            "permission_denied");
  EXPECT_EQ(Get("leader", "/api/v1/rankings?level=street", 400)["error"]["field"], "level");
}

TEST_P(DashboardApiTest, MapUnitsCarryLoadAndStaff) {
  PlayWeek();
  auto grids = Get("admin", "/api/v1/map/units?level=grid");
  EXPECT_EQ(grids["type"], "FeatureCollection");
  ASSERT_EQ(grids["features"].size(), 3u);
  auto g1 = grids["features"][0];
  EXPECT_EQ(g1["geometry"]["type"], "Polygon");
  EXPECT_EQ(g1["properties"],
            nlohmann::json::parse(R"({"code":"G1","name":"一网格","kind":"grid","parent_code":"C",
      "open":0,"overdue":0,"workers":[{"username":"grid1","display_name":"测试grid1"}]})"));
  EXPECT_EQ(grids["features"][2]["properties"]["open"], 1);
  EXPECT_EQ(grids["features"][2]["properties"]["overdue"], 1);
  auto communities = Get("street", "/api/v1/map/units?level=community");
  ASSERT_EQ(communities["features"].size(), 2u);
  EXPECT_EQ(communities["features"][1]["properties"]["code"], "C2");
  EXPECT_EQ(communities["features"][1]["properties"]["open"], 1);
  EXPECT_EQ(communities["features"][0]["properties"]["workers"][0]["username"], "community");
  EXPECT_EQ(Get("grid1", "/api/v1/map/units")["features"].size(), 1u);
  Get("grid1", "/api/v1/map/units?unit=G2", 403);
  EXPECT_EQ(Get("admin", "/api/v1/map/units?level=street", 400)["error"]["field"], "level");
}

TEST_P(DashboardApiTest, MapCasesArePointsWithinScope) {
  PlayWeek();
  auto all = Get("admin", "/api/v1/map/cases");
  EXPECT_EQ(all["truncated"], false);
  ASSERT_EQ(all["features"].size(), 3u);
  auto newest = all["features"][0];
  EXPECT_EQ(newest["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(newest["geometry"]["coordinates"][0].get<double>(), kInG3.lon);
  EXPECT_EQ(newest["properties"],
            nlohmann::json::parse(
                R"({"id":)" + std::to_string(third_) +
                R"(,"state":"dispatched","open":true,"item_code":"A01-001","item_name":"楼道堆放杂物",
      "overdue":true,"created_at":"2026-11-04T09:00:00+08:00"})"));
  EXPECT_EQ(Get("admin", "/api/v1/map/cases?state=closed")["features"].size(), 1u);
  // The workflow's open states: the third case only, since the second is resolved.
  EXPECT_EQ(Get("admin", "/api/v1/map/cases?state=open")["features"].size(), 1u);
  EXPECT_EQ(
      Get("admin", "/api/v1/map/cases?from=2026-11-03&to=2026-11-03")["features"][0]["properties"]["id"],
      second_);
  EXPECT_EQ(Get("grid1", "/api/v1/map/cases")["features"].size(), 2u);
  Get("grid1", "/api/v1/map/cases?unit=C2", 403);
  EXPECT_EQ(Get("admin", "/api/v1/map/cases?state=lost", 400)["error"]["field"], "state");
  EXPECT_EQ(Get("admin", "/api/v1/map/cases?from=11/03", 400)["error"]["field"], "from");
}

TEST_P(DashboardApiTest, ClientConfigFramesTheDistrict) {
  HttpResponse r = Request("GET", "/api/v1/client-config");
  ASSERT_EQ(r.status, 200);
  auto j = Json(r);
  EXPECT_EQ(j["district_name_zh"], "单位D");
  EXPECT_EQ(j["tile_url"], "");
  EXPECT_NEAR(j["center"][0].get<double>(), 34.01, 1e-9);
  EXPECT_NEAR(j["center"][1].get<double>(), 113.815, 1e-9);
  EXPECT_EQ(j["zoom"], 15);  // 0.03° across 1000 px
}

SANWANG_INSTANTIATE_API_BACKENDS(DashboardApiTest);

}  // namespace
}  // namespace sanwang::api
