#include "circles/edge_snapper.h"

#include <gtest/gtest.h>

namespace sanwang::circles {
namespace {

// An L-shaped stretch: 0.002° east, then 0.001° north (about 185 m + 111 m).
const std::vector<geo::LonLat> kLine = {{113.8, 34.0}, {113.802, 34.0}, {113.802, 34.001}};

double LineLength() {
  return geo::DistanceMeters(kLine[0], kLine[1]) + geo::DistanceMeters(kLine[1], kLine[2]);
}

TEST(EdgeSnapperTest, SnapsToTheNearestPointOfTheEdgeNotItsNodes) {
  EdgeSnapper snapper({{7, 8, kLine}, {9, kNoId, {{113.9, 34.1}, {113.91, 34.1}}}}, 200);
  // 20 m south of the point 30% along the first leg.
  const geo::LonLat foot{113.8006, 34.0};
  const double south = 20 / geo::DistanceMeters({113.8, 34.0}, {113.8, 34.001}) * 0.001;
  EdgePosition at = snapper.Snap({113.8006, 34.0 - south});
  ASSERT_TRUE(at.on_network());
  EXPECT_EQ(at.edge, 7u);
  EXPECT_EQ(at.twin, 8u);
  EXPECT_NEAR(at.snap_m, 20, 0.01);
  EXPECT_NEAR(at.fraction, geo::DistanceMeters(kLine[0], foot) / LineLength(), 1e-5);
  // Halfway up the second leg, 10 m east of it.
  const double east = 10 / geo::DistanceMeters({113.802, 34.0005}, {113.803, 34.0005}) * 0.001;
  at = snapper.Snap({113.802 + east, 34.0005});
  EXPECT_NEAR(at.snap_m, 10, 0.01);
  EXPECT_NEAR(at.fraction,
              (geo::DistanceMeters(kLine[0], kLine[1]) + geo::DistanceMeters(kLine[1], {113.802, 34.0005})) /
                  LineLength(),
              1e-5);
}

TEST(EdgeSnapperTest, BeyondAnEndTheEndIsTheFoot) {
  EdgeSnapper snapper({{1, kNoId, kLine}}, 500);
  EdgePosition at = snapper.Snap({113.7990, 34.0});
  EXPECT_EQ(at.fraction, 0);
  EXPECT_EQ(at.twin, kNoId);
  EXPECT_NEAR(at.snap_m, geo::DistanceMeters({113.799, 34.0}, kLine[0]), 0.01);
  EXPECT_EQ(snapper.Snap({113.802, 34.0012}).fraction, 1);
}

TEST(EdgeSnapperTest, PointsBeyondTheMaximumAreOffTheNetwork) {
  EdgeSnapper snapper({{1, 2, kLine}}, 50);
  EXPECT_TRUE(snapper.Snap({113.801, 34.0004}).on_network());   // about 44 m
  EXPECT_FALSE(snapper.Snap({113.801, 34.0005}).on_network());  // about 56 m
  EXPECT_FALSE(EdgeSnapper({}, 50).Snap({113.801, 34.0}).on_network());
}

}  // namespace
}  // namespace sanwang::circles
