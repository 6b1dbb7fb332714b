// The fifteen-minute circles over the REST API, on the street of circles_api_network.h:
// stored results served as analysed, the scope of planners' views, the point query, the
// facilities and roads layers, bad input, and a new network picked up while serving.
#include "api/api_test_fixture.h"
#include "api/circles_api_network.h"

namespace sanwang::api {
namespace {

class CirclesApiTest : public ApiTest {
 protected:
  void StoreNetwork() {
    Status stored = StoreTestCirclesNetwork(*db_);
    ASSERT_TRUE(stored.ok()) << stored.ToString();
  }
  nlohmann::json Get(const std::string& who, const std::string& target, int status = 200) {
    HttpResponse r = As(who, "GET", target);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    return Json(r);
  }
};

TEST_P(CirclesApiTest, WithoutANetworkPlannersAreToldToImportAndLayersAreEmpty) {
  EXPECT_EQ(Get("leader", "/api/v1/circles/coverage?type=clinic", 503)["error"]["code"], "unavailable");
  EXPECT_EQ(Get("resident1", "/api/v1/circles/nearby?lon=113.8025&lat=34.01", 503)["error"]["code"],
            "unavailable");
  EXPECT_TRUE(Get("resident1", "/api/v1/circles/facilities")["features"].empty());
  auto types = Get("resident1", "/api/v1/circles/types");
  ASSERT_FALSE(types.empty());
  EXPECT_EQ(types[0]["type"], "elderly_care");
  EXPECT_EQ(types[0]["analysed"], false);
}

TEST_P(CirclesApiTest, TypesSayWhichWereAnalysed) {
  StoreNetwork();
  auto types = Get("resident1", "/api/v1/circles/types");
  std::map<std::string, nlohmann::json> by_type;
  for (const auto& t : types) by_type[t["type"]] = t;
  EXPECT_EQ(by_type["clinic"]["analysed"], true);
  EXPECT_EQ(by_type["clinic"]["name_zh"], "社区卫生服务中心（站）");
  EXPECT_EQ(by_type["fitness"]["analysed"], true);
  EXPECT_EQ(by_type["school"]["analysed"], false);
}

TEST_P(CirclesApiTest, CoverageServesTheStoredSharesPerUnit) {
  StoreNetwork();
  auto j = Get("leader", "/api/v1/circles/coverage?level=grid&type=clinic");
  EXPECT_EQ(j["network_version"], "street-through-the-grids");
  EXPECT_EQ(j["computed_at"], "2026-11-30T08:55:00+08:00");
  ASSERT_EQ(j["rows"].size(), 3u);
  EXPECT_EQ(j["rows"][0]["code"], "G1");
  EXPECT_EQ(j["rows"][0]["name"], "一网格");
  EXPECT_EQ(j["rows"][0]["population"], 10);
  EXPECT_EQ(j["rows"][0]["share_5"], 1.0);  // hA walks 200 m: 167 s
  EXPECT_EQ(j["rows"][1]["code"], "G2");
  EXPECT_EQ(j["rows"][1]["share_5"], 0.0);  // hB walks 600 m: 500 s
  EXPECT_EQ(j["rows"][1]["share_10"], 1.0);
  EXPECT_EQ(j["rows"][2]["code"], "G3");
  EXPECT_EQ(j["rows"][2]["share_15"], 0.0);
  auto community = Get("leader", "/api/v1/circles/coverage?level=community&type=clinic");
  ASSERT_EQ(community["rows"].size(), 2u);
  EXPECT_EQ(community["rows"][0]["code"], "C");
  EXPECT_DOUBLE_EQ(community["rows"][0]["share_10"].get<double>(), 1.0);
  auto area = Get("admin", "/api/v1/circles/coverage?level=area&type=clinic");
  ASSERT_EQ(area["rows"].size(), 1u);
  EXPECT_DOUBLE_EQ(area["rows"][0]["share_10"].get<double>(), 0.3);
}

TEST_P(CirclesApiTest, CoverageAsGeoJsonCarriesTheBoundaries) {
  StoreNetwork();
  auto j = Get("supervisor", "/api/v1/circles/coverage?level=grid&type=fitness&format=geojson");
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 3u);
  EXPECT_EQ(j["features"][2]["properties"]["code"], "G3");
  EXPECT_DOUBLE_EQ(j["features"][2]["properties"]["share_5"].get<double>(), 30.0 / 70);  // hC beside it
  EXPECT_EQ(j["features"][2]["properties"]["share_10"], 1.0);                            // hD 520 m away
  EXPECT_EQ(j["features"][2]["geometry"]["type"], "Polygon");
}

TEST_P(CirclesApiTest, StaffSeeOnlyTheirOwnUnits) {
  StoreNetwork();
  auto c = Get("community", "/api/v1/circles/coverage?level=grid&type=clinic");
  ASSERT_EQ(c["rows"].size(), 2u);  // G1 and G2 of community C
  EXPECT_TRUE(Get("community", "/api/v1/circles/coverage?level=area&type=clinic")["rows"].empty());
  EXPECT_EQ(Get("street", "/api/v1/circles/coverage?level=grid&type=clinic")["rows"].size(), 3u);
  EXPECT_TRUE(Get("community", "/api/v1/circles/gaps?type=clinic")["features"].empty());
  auto gaps = Get("community2", "/api/v1/circles/gaps?type=clinic");
  ASSERT_EQ(gaps["features"].size(), 2u);
  EXPECT_TRUE(Get("community", "/api/v1/circles/suggestions?type=clinic&k=3")["features"].empty());
  EXPECT_EQ(As("resident1", "GET", "/api/v1/circles/coverage?type=clinic").status, 403);
  EXPECT_EQ(As("grid1", "GET", "/api/v1/circles/gaps?type=clinic").status, 403);
  EXPECT_EQ(As("dept", "GET", "/api/v1/circles/suggestions?type=clinic").status, 403);
}

TEST_P(CirclesApiTest, GapsAreTheHomesBeyondFifteenMinutesHeaviestFirst) {
  StoreNetwork();
  auto j = Get("center", "/api/v1/circles/gaps?type=clinic");
  ASSERT_EQ(j["features"].size(), 2u);
  EXPECT_EQ(j["truncated"], false);
  EXPECT_EQ(j["features"][0]["properties"]["home_id"], "hD");
  EXPECT_EQ(j["features"][0]["properties"]["population"], 40);
  EXPECT_TRUE(j["features"][0]["properties"]["seconds"].is_null());
  EXPECT_EQ(j["features"][0]["geometry"]["coordinates"][0], 113.8295);
  EXPECT_EQ(j["features"][1]["properties"]["home_id"], "hC");
  auto limited = Get("center", "/api/v1/circles/gaps?type=clinic&limit=1");
  EXPECT_EQ(limited["features"].size(), 1u);
  EXPECT_EQ(limited["truncated"], true);
}

TEST_P(CirclesApiTest, SuggestionsAreTheStoredGreedySites) {
  StoreNetwork();
  auto j = Get("leader", "/api/v1/circles/suggestions?type=clinic&k=5");
  EXPECT_EQ(j["stored_sites"], 1);  // one site brings everyone left within 15 minutes
  ASSERT_EQ(j["features"].size(), 1u);
  EXPECT_EQ(j["features"][0]["properties"]["rank"], 1);
  EXPECT_EQ(j["features"][0]["properties"]["added_population"], 70);
  EXPECT_EQ(Get("community2", "/api/v1/circles/suggestions?type=clinic&k=1")["features"].size(), 1u);
}

TEST_P(CirclesApiTest, NearbyListsFacilitiesWithinTheWalkNearestFirst) {
  StoreNetwork();
  // About 11 m north of hA: snapped onto n0-n1, 200 m from the clinic along the street.
  auto j = Get("resident1", "/api/v1/circles/nearby?lon=113.803&lat=34.0101");
  EXPECT_EQ(j["off_network"], false);
  const double snap = j["snap_m"].get<double>();
  EXPECT_NEAR(snap, 11.1, 0.2);
  ASSERT_EQ(j["facilities"].size(), 1u);
  EXPECT_EQ(j["facilities"][0]["type"], "clinic");
  EXPECT_EQ(j["facilities"][0]["name"], "一号卫生服务站");
  EXPECT_NEAR(j["facilities"][0]["seconds"].get<double>(), (200 + snap) / 1.2, 0.1);
  auto farther = Get("resident1", "/api/v1/circles/nearby?lon=113.803&lat=34.0101&minutes=30");
  ASSERT_EQ(farther["facilities"].size(), 2u);
  EXPECT_EQ(farther["facilities"][1]["type"], "fitness");
  EXPECT_NEAR(farther["facilities"][1]["seconds"].get<double>(), (1600 + snap) / 1.2, 0.1);
  auto beside = Get("resident2", "/api/v1/circles/nearby?lon=113.8235&lat=34.01");  // 0.6 of n4-n5
  ASSERT_GE(beside["facilities"].size(), 1u);
  EXPECT_EQ(beside["facilities"][0]["type"], "fitness");  // along the same stretch
  EXPECT_NEAR(beside["facilities"][0]["seconds"].get<double>(), 40.0 / 1.2, 0.2);
  auto far_away = Get("resident1", "/api/v1/circles/nearby?lon=113.803&lat=34.05");
  EXPECT_EQ(far_away["off_network"], true);
  EXPECT_TRUE(far_away["snap_m"].is_null());
  EXPECT_TRUE(far_away["facilities"].empty());
}

TEST_P(CirclesApiTest, BadInputIsRefusedNamingTheParameter) {
  StoreNetwork();
  EXPECT_EQ(Get("resident1", "/api/v1/circles/nearby?lon=abc&lat=34.01", 400)["error"]["field"], "lon");
  EXPECT_EQ(Get("resident1", "/api/v1/circles/nearby?lon=113.8&lat=34.01&minutes=0", 400)["error"]["field"],
            "minutes");
  EXPECT_EQ(Get("resident1", "/api/v1/circles/nearby?lon=113.8&lat=34.01&minutes=2.5", 400)["error"]["field"],
            "minutes");
  EXPECT_EQ(Get("resident1", "/api/v1/circles/nearby?lon=213.8&lat=34.01", 400)["error"]["code"],
            "invalid_argument");
  EXPECT_EQ(Get("leader", "/api/v1/circles/coverage?type=unknown", 400)["error"]["field"], "type");
  EXPECT_EQ(Get("leader", "/api/v1/circles/coverage", 400)["error"]["field"], "type");
  EXPECT_EQ(Get("leader", "/api/v1/circles/coverage?type=clinic&level=block", 400)["error"]["field"],
            "level");
  EXPECT_EQ(Get("leader", "/api/v1/circles/suggestions?type=clinic&k=0", 400)["error"]["field"], "k");
}

TEST_P(CirclesApiTest, FacilitiesAndRoadsAreMapLayers) {
  StoreNetwork();
  auto all = Get("resident1", "/api/v1/circles/facilities");
  ASSERT_EQ(all["features"].size(), 2u);
  auto clinics = Get("resident1", "/api/v1/circles/facilities?type=clinic");
  ASSERT_EQ(clinics["features"].size(), 1u);
  EXPECT_EQ(clinics["features"][0]["properties"]["id"], "c1");
  EXPECT_EQ(clinics["features"][0]["properties"]["name"], "一号卫生服务站");
  auto roads = Get("resident1", "/api/v1/map/roads?bbox=113.7,33.9,113.9,34.1");
  EXPECT_EQ(roads["features"].size(), 6u);  // each two-way stretch once
  EXPECT_EQ(roads["truncated"], false);
  EXPECT_EQ(roads["features"][0]["geometry"]["type"], "LineString");
  auto west = Get("resident1", "/api/v1/map/roads?bbox=113.79,34.0,113.806,34.02");
  EXPECT_EQ(west["features"].size(), 2u);  // n0-n1 and n1-n2 touch it
}

TEST_P(CirclesApiTest, ANewNetworkIsServedWithoutRestarting) {
  StoreNetwork();
  auto first = Get("leader", "/api/v1/circles/coverage?level=area&type=clinic");
  EXPECT_EQ(first["network_version"], "street-through-the-grids");
  ASSERT_TRUE(StoreTestCirclesNetwork(*db_, "street-v2").ok());
  auto second = Get("leader", "/api/v1/circles/coverage?level=area&type=clinic");
  EXPECT_EQ(second["network_version"], "street-v2");
  EXPECT_EQ(first["rows"], second["rows"]);
  auto count = db_->Query("SELECT COUNT(*) FROM circle_analyses");
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(count->at(0).Int(0), 1);
}

SANWANG_INSTANTIATE_API_BACKENDS(CirclesApiTest);

}  // namespace
}  // namespace sanwang::api
