#include "geo/polygon_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <thread>

namespace sanwang::geo {
namespace {

constexpr double kWest = 113.7435;
constexpr double kEast = 113.8855;
constexpr double kSouth = 33.9840;
constexpr double kNorth = 34.0948;
constexpr int kColumns = 24;
constexpr int kRows = 18;

Ring Rect(double west, double south, double east, double north) {
  return {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
}

MultiPolygon Shape(Ring outer, std::vector<Ring> holes = {}) {
  return {Polygon{std::move(outer), std::move(holes)}};
}

double Column(int i) { return kWest + i * (kEast - kWest) / kColumns; }
double Row(int j) { return kSouth + j * (kNorth - kSouth) / kRows; }

// Grids 1000, 1001, ...: rectangles tiling the district, sharing edges exactly.
std::vector<IdentifiedShape> GridOfRectangles() {
  std::vector<IdentifiedShape> grids;
  for (int i = 0; i < kColumns; ++i) {
    for (int j = 0; j < kRows; ++j) {
      grids.emplace_back(1000 + i * kRows + j, Shape(Rect(Column(i), Row(j), Column(i + 1), Row(j + 1))));
    }
  }
  return grids;
}

// A star-shaped polygon around `centre`, sometimes with a square hole; its vertices are
// at increasing angles, so it never crosses itself.
MultiPolygon Irregular(LonLat centre, double radius, std::mt19937_64& random) {
  std::uniform_real_distribution<double> reach(0.5, 1.0);
  const int corners = 6 + static_cast<int>(random() % 7);
  Ring outer;
  for (int k = 0; k < corners; ++k) {
    const double angle = 2 * std::numbers::pi * k / corners;
    const double r = radius * reach(random);
    outer.push_back({centre.lon + r * std::cos(angle), centre.lat + r * std::sin(angle)});
  }
  outer.push_back(outer.front());
  const double h = radius / 5;
  if (random() % 2 == 0) return Shape(outer);
  return Shape(outer, {Rect(centre.lon - h, centre.lat - h, centre.lon + h, centre.lat + h)});
}

// The grid, plus irregular shapes with smaller ids that overlap it and each other and
// reach beyond the district, in shuffled order.
std::vector<IdentifiedShape> MixedShapes(std::mt19937_64& random) {
  std::vector<IdentifiedShape> shapes = GridOfRectangles();
  std::uniform_real_distribution<double> lon(kWest - 0.02, kEast + 0.02);
  std::uniform_real_distribution<double> lat(kSouth - 0.02, kNorth + 0.02);
  std::uniform_real_distribution<double> radius(0.002, 0.03);
  for (std::int64_t id = 1; id <= 40; ++id) {
    shapes.emplace_back(id, Irregular({lon(random), lat(random)}, radius(random), random));
  }
  std::shuffle(shapes.begin(), shapes.end(), random);
  return shapes;
}

// Random points over an area larger than the district, then every grid corner and edge
// midpoint, where boundary handling decides the answer.
std::vector<LonLat> QueryPoints(std::mt19937_64& random) {
  std::uniform_real_distribution<double> lon(kWest - 0.05, kEast + 0.05);
  std::uniform_real_distribution<double> lat(kSouth - 0.05, kNorth + 0.05);
  std::vector<LonLat> points;
  points.reserve(5000 + 3 * (kColumns + 1) * (kRows + 1));
  for (int n = 0; n < 5000; ++n) points.push_back({lon(random), lat(random)});
  for (int i = 0; i <= kColumns; ++i) {
    for (int j = 0; j <= kRows; ++j) {
      points.push_back({Column(i), Row(j)});
      points.push_back({(Column(i) + Column(i + 1)) / 2, Row(j)});
      points.push_back({Column(i), (Row(j) + Row(j + 1)) / 2});
    }
  }
  return points;
}

TEST(PolygonIndexTest, GeneratedShapesAreValid) {
  std::mt19937_64 random(7);
  for (const auto& [id, shape] : MixedShapes(random)) {
    EXPECT_TRUE(ValidateMultiPolygon(shape).ok()) << id << ": " << ValidateMultiPolygon(shape).message();
  }
}

TEST(PolygonIndexTest, AgreesWithTheLinearScanEverywhere) {
  std::mt19937_64 random(42);
  const std::vector<IdentifiedShape> shapes = MixedShapes(random);
  const PolygonIndex index(shapes);
  const LinearPolygonScan scan(shapes);
  ASSERT_EQ(index.size(), shapes.size());
  ASSERT_EQ(scan.size(), shapes.size());
  int outside = 0;
  int irregular = 0;
  for (const LonLat p : QueryPoints(random)) {
    const std::optional<std::int64_t> expected = scan.Locate(p);
    ASSERT_EQ(index.Locate(p), expected) << "at " << p.lon << ", " << p.lat;
    outside += !expected.has_value();
    irregular += expected.has_value() && *expected < 1000;
  }
  // The comparison means something only if both kinds of answer occurred often.
  EXPECT_GT(outside, 500);
  EXPECT_GT(irregular, 100);
}

TEST(PolygonIndexTest, EmptyIndexFindsNothing) {
  const PolygonIndex index({});
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.Locate({113.8, 34.0}), std::nullopt);
  EXPECT_EQ(LinearPolygonScan({}).Locate({113.8, 34.0}), std::nullopt);
}

TEST(PolygonIndexTest, OverlapGoesToTheSmallestIdWhateverTheOrder) {
  std::vector<IdentifiedShape> shapes = {
      {7, Shape(Rect(0, 0, 2, 2))}, {3, Shape(Rect(1, 1, 3, 3))}, {5, Shape(Rect(0, 0, 3, 3))}};
  for (int turn = 0; turn < 3; ++turn) {
    std::rotate(shapes.begin(), shapes.begin() + 1, shapes.end());
    const PolygonIndex index(shapes);
    EXPECT_EQ(index.Locate({1.5, 1.5}), 3);
    EXPECT_EQ(index.Locate({0.5, 0.5}), 5);
    EXPECT_EQ(index.Locate({2.5, 0.5}), 5);
    EXPECT_EQ(index.Locate({3.5, 0.5}), std::nullopt);
    EXPECT_EQ(LinearPolygonScan(shapes).Locate({1.5, 1.5}), 3);
  }
}

TEST(PolygonIndexTest, SharedEdgeGoesToTheSmallestId) {
  const PolygonIndex index({{9, Shape(Rect(0, 0, 1, 1))}, {4, Shape(Rect(1, 0, 2, 1))}});
  EXPECT_EQ(index.Locate({1, 0.5}), 4);
  EXPECT_EQ(index.Locate({0, 0.5}), 9);
  EXPECT_EQ(index.Locate({2, 1}), 4);
}

TEST(PolygonIndexTest, HolesBelongToWhatFillsThem) {
  const PolygonIndex index({{1, Shape(Rect(0, 0, 4, 4), {Rect(1, 1, 2, 2)})},
                            {2, Shape(Rect(1, 1, 2, 2))},
                            {3, Shape(Rect(10, 10, 11, 11))}});
  EXPECT_EQ(index.Locate({1.5, 1.5}), 2);
  EXPECT_EQ(index.Locate({3, 3}), 1);
  EXPECT_EQ(index.Locate({1, 1.5}), 1);  // the hole's edge is part of both
}

TEST(PolygonIndexTest, EmptyShapesCountButContainNothing) {
  const PolygonIndex index({{1, {}}, {2, Shape(Rect(0, 0, 1, 1))}});
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(index.Locate({0.5, 0.5}), 2);
  EXPECT_EQ(index.Locate({5, 5}), std::nullopt);
}

TEST(PolygonIndexTest, SurvivesAMove) {
  PolygonIndex index({{1, Shape(Rect(0, 0, 1, 1))}});
  PolygonIndex moved = std::move(index);
  EXPECT_EQ(moved.Locate({0.5, 0.5}), 1);
  index = std::move(moved);
  EXPECT_EQ(index.Locate({0.5, 0.5}), 1);
}

TEST(PolygonIndexTest, ConcurrentReadersGetTheSameAnswers) {
  std::mt19937_64 random(99);
  const std::vector<IdentifiedShape> shapes = MixedShapes(random);
  const PolygonIndex index(shapes);
  const LinearPolygonScan scan(shapes);
  const std::vector<LonLat> points = QueryPoints(random);
  std::vector<std::optional<std::int64_t>> first(points.size());
  std::vector<std::optional<std::int64_t>> second(points.size());
  {
    std::jthread a([&] {
      for (std::size_t i = 0; i < points.size(); ++i) first[i] = index.Locate(points[i]);
    });
    std::jthread b([&] {
      for (std::size_t i = 0; i < points.size(); ++i) second[i] = index.Locate(points[i]);
    });
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    ASSERT_EQ(first[i], scan.Locate(points[i]));
    ASSERT_EQ(second[i], first[i]);
  }
}

}  // namespace
}  // namespace sanwang::geo
