#include "circles/buildings.h"

#include <gtest/gtest.h>

namespace sanwang::circles {
namespace {

// A rectangle 0.0002° of longitude by 0.0001° of latitude at 34° N.
std::vector<geo::LonLat> Rectangle(bool clockwise) {
  std::vector<geo::LonLat> ring = {
      {113.8, 34.0}, {113.8002, 34.0}, {113.8002, 34.0001}, {113.8, 34.0001}, {113.8, 34.0}};
  if (clockwise) std::reverse(ring.begin(), ring.end());
  return ring;
}

TEST(BuildingsTest, FootprintAreaAndCentroidOfARectangle) {
  // Independent: the sides by the haversine distance.
  const double width = geo::DistanceMeters({113.8, 34.00005}, {113.8002, 34.00005});
  const double height = geo::DistanceMeters({113.8001, 34.0}, {113.8001, 34.0001});
  for (bool clockwise : {false, true}) {
    Footprint f = FootprintOf(Rectangle(clockwise));
    EXPECT_NEAR(f.area_m2, width * height, width * height * 1e-3);
    EXPECT_NEAR(f.centroid.lon, 113.8001, 1e-9);
    EXPECT_NEAR(f.centroid.lat, 34.00005, 1e-9);
  }
  Footprint flat = FootprintOf({{1, 1}, {2, 2}, {3, 3}, {1, 1}});
  EXPECT_EQ(flat.area_m2, 0);
}

TEST(BuildingsTest, WeightIsLevelsTimesFootprintPerPersonOrOne) {
  HomeSettings settings;
  Footprint f{{0, 0}, 365.2};
  EXPECT_NEAR(BuildingWeight(f, 6, settings), 60, 1e-9);
  EXPECT_NEAR(BuildingWeight(f, std::nullopt, settings), 10, 1e-9);  // default 1 level
  settings.weight = "one";
  EXPECT_EQ(BuildingWeight(f, 6, settings), 1);
  EXPECT_EQ(ParseLevels("5"), 5);
  EXPECT_EQ(ParseLevels("3.5"), 3.5);
  EXPECT_EQ(ParseLevels("2;3"), 2);
  EXPECT_FALSE(ParseLevels("many"));
  EXPECT_FALSE(ParseLevels("0"));
  EXPECT_FALSE(ParseLevels(nullptr));
}

}  // namespace
}  // namespace sanwang::circles
