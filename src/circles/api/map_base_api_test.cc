// The map's base layer over the REST API, on the test district of api_test_fixture.h with
// streets stored as an import would: names and courses by box and zoom, the fallback to
// the walking network's stretches, landmarks, where a map opens, and a pin's address.
#include "api/api_test_fixture.h"
#include "api/circles_api_network.h"
#include "circles/map_streets.h"

namespace sanwang::api {
namespace {

// Along latitude 34.01 through G1..G3: 建设路 (secondary) with a bend of 33 m at 113.815 and
// a wobble of 2 m on either side;
// 和平街 (residential) north–south in G1; a nameless footway in G2.
const std::vector<circles::StreetLine> kStreets = {
    {1,
     "建设路",
     "secondary",
     {{113.800, 34.010}, {113.805, 34.01002}, {113.815, 34.0103}, {113.825, 34.01002}, {113.830, 34.010}}},
    {2, "和平街", "residential", {{113.805, 34.000}, {113.805, 34.005}, {113.805, 34.020}}},
    {3, "", "footway", {{113.812, 34.0105}, {113.818, 34.0105}}},
};

class MapBaseApiTest : public ApiTest {
 protected:
  void StoreStreets() { ASSERT_TRUE(circles::SaveStreets(*db_, "411002", kStreets).ok()); }
  nlohmann::json Get(const std::string& who, const std::string& target, int status = 200) {
    HttpResponse r = As(who, "GET", target);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    return Json(r);
  }
  static std::set<std::string> Names(const nlohmann::json& collection) {
    std::set<std::string> names;
    for (const auto& f : collection["features"]) names.insert(f["properties"]["name"].get<std::string>());
    return names;
  }
};

TEST_P(MapBaseApiTest, RoadsCarryTheirNamesAndWholeCourseWhenZoomedIn) {
  StoreStreets();
  auto roads = Get("resident1", "/api/v1/map/roads?bbox=113.79,33.99,113.84,34.03&zoom=18");
  ASSERT_EQ(roads["features"].size(), 3u);
  EXPECT_EQ(roads["truncated"], false);
  const auto& main = roads["features"][0];  // the most major first
  EXPECT_EQ(main["properties"]["name"], "建设路");
  EXPECT_EQ(main["properties"]["class"], "secondary");
  EXPECT_EQ(main["geometry"]["type"], "LineString");
  EXPECT_EQ(main["geometry"]["coordinates"].size(), 5u);  // the bend is drawn
  EXPECT_EQ(main["geometry"]["coordinates"][2][1], 34.0103);
}

TEST_P(MapBaseApiTest, LowZoomShowsMajorStreetsSimplified) {
  StoreStreets();
  auto city = Get("resident1", "/api/v1/map/roads?bbox=113.79,33.99,113.84,34.03&zoom=13");
  EXPECT_EQ(Names(city), (std::set<std::string>{"建设路"}));
  // At zoom 13 a pixel is about 16 m: the 33 m bend stays, the 2 m wobbles go.
  EXPECT_EQ(city["features"][0]["geometry"]["coordinates"].size(), 3u);
  auto wide = Get("resident1", "/api/v1/map/roads?bbox=113.79,33.99,113.84,34.03&zoom=11");
  EXPECT_TRUE(wide["features"].empty());  // no primary road in this district
  auto block = Get("resident1", "/api/v1/map/roads?bbox=113.79,33.99,113.84,34.03&zoom=15");
  EXPECT_EQ(Names(block), (std::set<std::string>{"建设路", "和平街"}));
  // Only what meets the box.
  auto north = Get("resident1", "/api/v1/map/roads?bbox=113.79,34.015,113.84,34.03&zoom=18");
  EXPECT_EQ(Names(north), (std::set<std::string>{"和平街"}));
}

TEST_P(MapBaseApiTest, WithoutStoredStreetsTheWalkingNetworkIsDrawn) {
  EXPECT_TRUE(Get("resident1", "/api/v1/map/roads?bbox=113.7,33.9,113.9,34.1")["features"].empty());
  ASSERT_TRUE(StoreTestCirclesNetwork(*db_).ok());
  auto roads = Get("resident1", "/api/v1/map/roads?bbox=113.7,33.9,113.9,34.1");
  EXPECT_EQ(roads["features"].size(), 6u);  // each two-way stretch once
  auto west = Get("resident1", "/api/v1/map/roads?bbox=113.79,34.0,113.806,34.02");
  EXPECT_EQ(west["features"].size(), 2u);  // n0-n1 and n1-n2 touch it
}

TEST_P(MapBaseApiTest, BadBoxOrZoomIsRefused) {
  EXPECT_EQ(Get("resident1", "/api/v1/map/roads", 400)["error"]["field"], "bbox");
  EXPECT_EQ(Get("resident1", "/api/v1/map/roads?bbox=113.9,33.9,113.7,34.1", 400)["error"]["field"], "bbox");
  EXPECT_EQ(Get("resident1", "/api/v1/map/roads?bbox=113.7,33.9,113.9,34.1&zoom=21", 400)["error"]["field"],
            "zoom");
  EXPECT_EQ(Get("resident1", "/api/v1/map/roads?bbox=113.7,33.9,113.9,34.1&zoom=1.5", 400)["error"]["field"],
            "zoom");
  EXPECT_EQ(Get("resident1", "/api/v1/map/landmarks?bbox=1,2,3", 400)["error"]["field"], "bbox");
  EXPECT_EQ(Get("resident1", "/api/v1/map/address?lon=200&lat=34", 400)["error"]["code"], "invalid_argument");
}

TEST_P(MapBaseApiTest, LandmarksAreTheUnitsAndWhenZoomedInTheFacilities) {
  ASSERT_TRUE(StoreTestCirclesNetwork(*db_).ok());
  auto wide = Get("resident1", "/api/v1/map/landmarks?bbox=113.79,33.99,113.84,34.03&zoom=13");
  std::map<std::string, std::string> kinds;
  for (const auto& f : wide["features"]) kinds[f["properties"]["id"]] = f["properties"]["kind"];
  // The communities and the street office, placed over their grids; no facilities yet.
  EXPECT_EQ(kinds,
            (std::map<std::string, std::string>{{"C", "community"}, {"C2", "community"}, {"S", "street"}}));
  auto close = Get("resident1", "/api/v1/map/landmarks?bbox=113.80,34.0,113.81,34.02&zoom=16");
  std::set<std::string> names = Names(close);
  EXPECT_TRUE(names.count("一号卫生服务站")) << close.dump();
  EXPECT_TRUE(names.count("单位C"));
  EXPECT_FALSE(names.count("健身路径"));  // at 113.823, outside the box
  EXPECT_FALSE(names.count("单位C2"));
}

TEST_P(MapBaseApiTest, TheMapOpensOnTheResidentsCommunityElseTheDistrict) {
  auto mine = Get("resident2", "/api/v1/map/start");  // a resident of C2 (grid G3)
  EXPECT_EQ(mine["source"], "community");
  EXPECT_EQ(mine["unit"]["code"], "C2");
  EXPECT_NEAR(mine["center"][1].get<double>(), 113.825, 1e-9);
  auto community = Get("community", "/api/v1/map/start");
  EXPECT_EQ(community["unit"]["code"], "C");
  EXPECT_NEAR(community["center"][1].get<double>(), 113.81, 1e-9);
  // A resident without a community, and a leader of the whole district: the district.
  auto nowhere = Get("resident1", "/api/v1/map/start");
  EXPECT_EQ(nowhere["source"], "district");
  EXPECT_TRUE(nowhere["unit"].is_null());
  EXPECT_EQ(Get("leader", "/api/v1/map/start")["source"], "district");
  EXPECT_GE(mine["zoom"].get<int>(), nowhere["zoom"].get<int>());
}

TEST_P(MapBaseApiTest, APinSuggestsTheNearestStreetAndItsCommunity) {
  StoreStreets();
  // 10 m north of 建设路 in G1.
  auto near_road = Get("resident1", "/api/v1/map/address?lon=113.808&lat=34.0102");
  EXPECT_EQ(near_road["address"], "建设路附近, 单位C");
  EXPECT_EQ(near_road["street"]["name"], "建设路");
  EXPECT_EQ(near_road["community"]["code"], "C");
  auto by_lane = Get("resident1", "/api/v1/map/address?lon=113.8052&lat=34.017");
  EXPECT_EQ(by_lane["address"], "和平街附近, 单位C");
  // Far from every street (1.1 km north of 建设路 in G3): only the community.
  auto away = Get("resident1", "/api/v1/map/address?lon=113.825&lat=34.0195");
  EXPECT_TRUE(away["street"].is_null());
  EXPECT_EQ(away["address"], "单位C2");
  // Outside every grid and street: nothing to suggest.
  EXPECT_EQ(Get("resident1", "/api/v1/map/address?lon=113.5&lat=34.5")["address"], "");
}

SANWANG_INSTANTIATE_API_BACKENDS(MapBaseApiTest);

}  // namespace
}  // namespace sanwang::api
