#include "geo/polyline.h"

#include <gtest/gtest.h>

#include <cmath>

namespace sanwang::geo {
namespace {

// About 1.1 m per 1e-5 degree of latitude; near 34° N a 1e-5 degree of longitude is ~0.92 m.
constexpr double kLat = 34.0;

TEST(SimplifyLineTest, DropsPointsWithinTheToleranceAndKeepsTheEnds) {
  // A straight street along a parallel with a 2 m wobble in the middle.
  const Polyline line = {
      {113.80, kLat}, {113.801, kLat + 0.00001}, {113.802, kLat - 0.00002}, {113.803, kLat}};
  const Polyline simple = SimplifyLine(line, 5);
  ASSERT_EQ(simple.size(), 2u);
  EXPECT_EQ(simple.front(), line.front());
  EXPECT_EQ(simple.back(), line.back());
}

TEST(SimplifyLineTest, KeepsACornerBeyondTheTolerance) {
  // An L-shaped street: 100 m east, then 100 m north; the corner is ~70 m from the chord.
  const Polyline line = {{113.80, kLat}, {113.8005, kLat}, {113.8011, kLat}, {113.8011, kLat + 0.0009}};
  const Polyline simple = SimplifyLine(line, 10);
  ASSERT_EQ(simple.size(), 3u);
  EXPECT_EQ(simple[1], line[2]);
  // A tolerance larger than the corner's offset drops it too.
  EXPECT_EQ(SimplifyLine(line, 100).size(), 2u);
}

TEST(SimplifyLineTest, NoToleranceOrTwoPointsLeavesTheLineAsItIs) {
  const Polyline line = {{113.80, kLat}, {113.8005, kLat + 0.00001}, {113.801, kLat}};
  EXPECT_EQ(SimplifyLine(line, 0), line);
  const Polyline two = {line[0], line[2]};
  EXPECT_EQ(SimplifyLine(two, 50), two);
  EXPECT_TRUE(SimplifyLine({}, 5).empty());
}

TEST(SimplifyLineTest, AClosedLoopKeepsItsShape) {
  // A square block walked round: first and last point are the same.
  const Polyline ring = {
      {113.80, kLat}, {113.801, kLat}, {113.801, kLat + 0.001}, {113.80, kLat + 0.001}, {113.80, kLat}};
  EXPECT_EQ(SimplifyLine(ring, 10).size(), ring.size());
}

TEST(DistanceToLineTest, MeasuresToTheNearestSegmentNotTheNearestVertex) {
  // A 200 m street along the parallel; the point stands 20 m north of its middle.
  const Polyline line = {{113.80, kLat}, {113.80 + 200 / (111195.0 * std::cos(kLat * M_PI / 180)), kLat}};
  const LonLat middle_north = {(line[0].lon + line[1].lon) / 2, kLat + 20 / 111195.0};
  EXPECT_NEAR(DistanceToLineMeters(middle_north, line), 20, 0.2);
  EXPECT_NEAR(DistanceToLineMeters(line[0], line), 0, 1e-6);
  EXPECT_TRUE(std::isinf(DistanceToLineMeters(line[0], {})));
}

TEST(PolylineBoxTest, SpansEveryPoint) {
  const Polyline line = {{113.80, 34.01}, {113.82, 34.00}, {113.81, 34.03}};
  const Box box = LineBounds(line);
  EXPECT_EQ(box.min, (LonLat{113.80, 34.00}));
  EXPECT_EQ(box.max, (LonLat{113.82, 34.03}));
}

}  // namespace
}  // namespace sanwang::geo
