#include "geo/geometry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

namespace sanwang::geo {
namespace {

// Weidu District's footprint, the community outline the grid tests cut up.
constexpr double kWest = 113.7435;
constexpr double kEast = 113.8855;
constexpr double kSouth = 33.9840;
constexpr double kNorth = 34.0948;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDegree = std::numbers::pi / 180;

Ring Rect(double west, double south, double east, double north) {
  return {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
}

Ring Reversed(Ring ring) {
  std::reverse(ring.begin(), ring.end());
  return ring;
}

MultiPolygon Shape(Ring outer, std::vector<Ring> holes = {}) {
  return {Polygon{std::move(outer), std::move(holes)}};
}

std::string ErrorOf(const MultiPolygon& shape) { return ValidateMultiPolygon(shape).message(); }

TEST(ValidateLonLatTest, AcceptsTheCornersOfTheWorld) {
  EXPECT_TRUE(ValidateLonLat({-180, -90}).ok());
  EXPECT_TRUE(ValidateLonLat({180, 90}).ok());
  EXPECT_TRUE(ValidateLonLat({113.8, 34.0}).ok());
}

TEST(ValidateLonLatTest, RejectsOutOfRangeWithTheField) {
  const Status lon = ValidateLonLat({200, 34});
  EXPECT_EQ(lon.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(lon.message(), "经度超出 [-180, 180] lon 200 is out of range [-180, 180]");
  EXPECT_EQ(lon.field(), "lon");
  const Status lat = ValidateLonLat({113.5, -90.5});
  EXPECT_EQ(lat.message(), "纬度超出 [-90, 90] lat -90.5 is out of range [-90, 90]");
  EXPECT_EQ(lat.field(), "lat");
}

TEST(ValidateLonLatTest, RejectsNonFiniteNumbers) {
  EXPECT_EQ(ValidateLonLat({kNaN, 34}).message(), "经度应为有限数值 lon is not a finite number");
  EXPECT_EQ(ValidateLonLat({113, std::numeric_limits<double>::infinity()}).field(), "lat");
}

TEST(ValidateMultiPolygonTest, AcceptsEitherWinding) {
  EXPECT_TRUE(ValidateMultiPolygon(Shape(Rect(0, 0, 1, 1))).ok());
  EXPECT_TRUE(ValidateMultiPolygon(Shape(Reversed(Rect(0, 0, 1, 1)))).ok());
}

TEST(ValidateMultiPolygonTest, AcceptsHolesAndPolygonsSharingAnEdge) {
  EXPECT_TRUE(ValidateMultiPolygon(Shape(Rect(0, 0, 4, 4), {Rect(1, 1, 2, 2)})).ok());
  const MultiPolygon neighbours = {Polygon{Rect(0, 0, 1, 1), {}}, Polygon{Rect(1, 0, 2, 1), {}}};
  EXPECT_TRUE(ValidateMultiPolygon(neighbours).ok());
}

TEST(ValidateMultiPolygonTest, AcceptsARepeatedPoint) {
  EXPECT_TRUE(ValidateMultiPolygon(Shape({{0, 0}, {1, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}})).ok());
}

TEST(ValidateMultiPolygonTest, RejectsASpike) {
  EXPECT_EQ(ErrorOf(Shape({{0, 0}, {1, 0}, {1, 1}, {1, 2}, {1, 1}, {0, 1}, {0, 0}})),
            "ring 0 of polygon 0 intersects itself");
}

TEST(ValidateMultiPolygonTest, RejectsAnEmptyShape) { EXPECT_EQ(ErrorOf({}), "the shape has no polygons"); }

TEST(ValidateMultiPolygonTest, NamesTheUnclosedRing) {
  Ring open = Rect(2, 0, 3, 1);
  open.back() = {2, 0.5};
  const MultiPolygon shape = {Polygon{Rect(0, 0, 1, 1), {}}, Polygon{open, {}}};
  const Status status = ValidateMultiPolygon(shape);
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "ring 0 of polygon 1 is not closed");
}

TEST(ValidateMultiPolygonTest, RejectsTooFewPoints) {
  EXPECT_EQ(ErrorOf(Shape({{0, 0}, {1, 0}, {0, 0}})),
            "ring 0 of polygon 0 has 3 points; a closed ring needs at least 4");
}

TEST(ValidateMultiPolygonTest, RejectsABowtie) {
  EXPECT_EQ(ErrorOf(Shape({{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}})),
            "ring 0 of polygon 0 intersects itself");
}

TEST(ValidateMultiPolygonTest, RejectsZeroArea) {
  EXPECT_EQ(ErrorOf(Shape({{0, 0}, {1, 1}, {2, 2}, {0, 0}})), "ring 0 of polygon 0 has zero area");
  EXPECT_EQ(ErrorOf(Shape({{5, 5}, {5, 5}, {5, 5}, {5, 5}})), "ring 0 of polygon 0 has zero area");
}

TEST(ValidateMultiPolygonTest, NamesTheBadPoint) {
  Ring ring = Rect(0, 0, 1, 1);
  ring[2].lat = kNaN;
  EXPECT_EQ(ErrorOf(Shape(ring)),
            "point 2 of ring 0 of polygon 0: 纬度应为有限数值 lat is not a finite number");
  ring = Rect(179, 0, 200, 1);
  EXPECT_EQ(ErrorOf(Shape(ring)),
            "point 1 of ring 0 of polygon 0: 经度超出 [-180, 180] lon 200 is out of range [-180, 180]");
}

TEST(ValidateMultiPolygonTest, RejectsAHoleOutsideItsOuterRing) {
  EXPECT_EQ(ErrorOf(Shape(Rect(0, 0, 4, 4), {Rect(1, 1, 2, 2), Rect(5, 5, 6, 6)})),
            "ring 2 of polygon 0 is a hole outside ring 0");
  EXPECT_EQ(ErrorOf(Shape(Rect(0, 0, 4, 4), {Rect(3, 3, 5, 5)})),
            "ring 1 of polygon 0 is a hole outside ring 0");
}

TEST(ValidateMultiPolygonTest, RejectsHolesThatMeetBadly) {
  EXPECT_EQ(ErrorOf(Shape(Rect(0, 0, 9, 9), {Rect(1, 1, 5, 5), Rect(2, 2, 3, 3)})),
            "polygon 0 has a hole inside another hole");
  EXPECT_EQ(ErrorOf(Shape(Rect(0, 0, 9, 9), {Rect(1, 1, 5, 5), Rect(4, 4, 6, 6)})),
            "polygon 0 has rings that cross or share an edge");
}

TEST(ValidateMultiPolygonTest, RejectsOverlappingPolygons) {
  const MultiPolygon shape = {Polygon{Rect(0, 0, 1, 1), {}}, Polygon{Rect(5, 5, 6, 6), {}},
                              Polygon{Rect(0.5, 0.5, 2, 2), {}}};
  EXPECT_EQ(ErrorOf(shape), "polygons 0 and 2 overlap");
}

TEST(BoundingBoxTest, SpansAllPolygons) {
  const MultiPolygon shape = {Polygon{Rect(1, 2, 3, 4), {}}, Polygon{Rect(-1, 3, 0, 5), {}}};
  EXPECT_EQ(BoundingBox(shape), (Box{{-1, 2}, {3, 5}}));
}

TEST(BoundingBoxTest, OfNothingContainsNothing) {
  const Box box = BoundingBox({});
  EXPECT_GT(box.min.lon, box.max.lon);
  EXPECT_GT(box.min.lat, box.max.lat);
}

// Grids cut from the community by the arithmetic an import script would use, so shared and
// outer edges come out equal only up to rounding.
std::vector<MultiPolygon> CutIntoGrids(int columns, int rows) {
  std::vector<MultiPolygon> grids;
  const double width = (kEast - kWest) / columns;
  const double height = (kNorth - kSouth) / rows;
  for (int i = 0; i < columns; ++i) {
    for (int j = 0; j < rows; ++j) {
      grids.push_back(Shape(
          Rect(kWest + i * width, kSouth + j * height, kWest + (i + 1) * width, kSouth + (j + 1) * height)));
    }
  }
  return grids;
}

TEST(CoversTest, CommunityCoversTheGridsCutFromIt) {
  const MultiPolygon community = Shape(Rect(kWest, kSouth, kEast, kNorth));
  for (const auto& [columns, rows] : {std::pair{7, 3}, {13, 11}, {31, 20}}) {
    MultiPolygon all;
    for (const MultiPolygon& grid : CutIntoGrids(columns, rows)) {
      EXPECT_TRUE(Covers(community, grid)) << columns << "x" << rows;
      all.push_back(grid.front());
    }
    EXPECT_TRUE(Covers(community, all)) << columns << "x" << rows;
  }
}

TEST(CoversTest, ToleratesAnEdgeOffByRounding) {
  const MultiPolygon community = Shape(Rect(kWest, kSouth, kEast, kNorth));
  const double past_east = std::nextafter(kEast, 180.0);
  EXPECT_TRUE(Covers(community, Shape(Rect(kEast - 0.01, kSouth, past_east, kSouth + 0.01))));
}

LonLat Along(LonLat from, LonLat to, double t) {
  return {from.lon + (to.lon - from.lon) * t, from.lat + (to.lat - from.lat) * t};
}

// Vertices interpolated on a slanted edge are off it by rounding, which plain
// covered_by rejects in most of these cases.
TEST(CoversTest, GridsCutAlongASlantedEdge) {
  const LonLat corner{kWest, kSouth};
  const LonLat east{kEast, kSouth};
  const LonLat north{kWest, kNorth};
  const MultiPolygon community = Shape({corner, east, north, corner});
  std::mt19937_64 random(3);
  std::uniform_real_distribution<double> share(0, 1);
  for (int n = 0; n < 300; ++n) {
    double from = share(random);
    double to = share(random);
    if (from > to) std::swap(from, to);
    const LonLat a = Along(east, north, from);
    const LonLat b = Along(east, north, to);
    const MultiPolygon strip = Shape({{kWest, a.lat}, a, b, {kWest, b.lat}, {kWest, a.lat}});
    ASSERT_TRUE(Covers(community, strip)) << from << " " << to;
    const MultiPolygon pushed_out =
        Shape({{kWest, a.lat}, {a.lon + 1e-6, a.lat}, {b.lon + 1e-6, b.lat}, {kWest, b.lat}, {kWest, a.lat}});
    ASSERT_FALSE(Covers(community, pushed_out)) << from << " " << to;
  }
}

TEST(CoversTest, RejectsAGridThatSticksOut) {
  const MultiPolygon community = Shape(Rect(kWest, kSouth, kEast, kNorth));
  // 1e-6 degrees is about 10 cm: small, but real.
  EXPECT_FALSE(Covers(community, Shape(Rect(kEast - 0.01, kSouth, kEast + 1e-6, kSouth + 0.01))));
  EXPECT_FALSE(Covers(community, Shape(Rect(kEast + 1, kSouth, kEast + 2, kSouth + 1))));
}

TEST(CoversTest, HolesAreNotCovered) {
  const MultiPolygon community = Shape(Rect(0, 0, 4, 4), {Rect(1, 1, 2, 2)});
  EXPECT_FALSE(Covers(community, Shape(Rect(1.2, 1.2, 1.8, 1.8))));
  EXPECT_TRUE(Covers(community, Shape(Rect(2, 2, 3, 3))));
  EXPECT_TRUE(Covers(community, Shape(Reversed(Rect(2, 0, 4, 1)))));
}

TEST(CoversTest, EverythingCoversNothingAndNothingCoversSomething) {
  EXPECT_TRUE(Covers(Shape(Rect(0, 0, 1, 1)), {}));
  EXPECT_FALSE(Covers({}, Shape(Rect(0, 0, 1, 1))));
}

TEST(ContainsPointTest, InsideOutsideAndOnTheBoundary) {
  for (const Ring& outer : {Rect(0, 0, 4, 4), Reversed(Rect(0, 0, 4, 4))}) {
    const MultiPolygon shape = Shape(outer, {Rect(1, 1, 2, 2)});
    EXPECT_TRUE(ContainsPoint(shape, {3, 3}));
    EXPECT_FALSE(ContainsPoint(shape, {5, 3}));
    EXPECT_TRUE(ContainsPoint(shape, {4, 2}));       // on an edge
    EXPECT_TRUE(ContainsPoint(shape, {0, 0}));       // on a vertex
    EXPECT_FALSE(ContainsPoint(shape, {1.5, 1.5}));  // in the hole
    EXPECT_TRUE(ContainsPoint(shape, {1.5, 1}));     // on the hole's edge
  }
}

TEST(ContainsPointTest, AnyPolygonOfTheShape) {
  const MultiPolygon shape = {Polygon{Rect(0, 0, 1, 1), {}}, Polygon{Rect(2, 0, 3, 1), {}}};
  EXPECT_TRUE(ContainsPoint(shape, {2.5, 0.5}));
  EXPECT_FALSE(ContainsPoint(shape, {1.5, 0.5}));
  EXPECT_FALSE(ContainsPoint({}, {0, 0}));
}

TEST(ContainsPointTest, SharedGridEdgeBelongsToBoth) {
  const std::vector<MultiPolygon> grids = CutIntoGrids(7, 3);
  const LonLat corner = grids[0].front().outer[2];  // shared by four grids
  EXPECT_TRUE(ContainsPoint(grids[0], corner));
  EXPECT_TRUE(ContainsPoint(grids[1], corner));
  EXPECT_TRUE(ContainsPoint(grids[3], corner));
  EXPECT_TRUE(ContainsPoint(grids[4], corner));
  EXPECT_FALSE(ContainsPoint(grids[2], corner));
}

void ExpectNear(LonLat actual, LonLat expected) {
  EXPECT_NEAR(actual.lon, expected.lon, 1e-12);
  EXPECT_NEAR(actual.lat, expected.lat, 1e-12);
}

TEST(CentroidTest, OfARectangleIsItsMiddle) {
  ExpectNear(Centroid(Shape(Rect(kWest, kSouth, kEast, kNorth))),
             {(kWest + kEast) / 2, (kSouth + kNorth) / 2});
}

TEST(CentroidTest, WeighsPartsAndHolesByArea) {
  // An L of a 2x1 and a 1x1 square: moments 2*(1, 0.5) + 1*(0.5, 1.5) over area 3.
  const MultiPolygon ell = {Polygon{Rect(0, 0, 2, 1), {}}, Polygon{Reversed(Rect(0, 1, 1, 2)), {}}};
  ExpectNear(Centroid(ell), {2.5 / 3, 2.5 / 3});
  // A 4x4 square less a unit hole at (3..4, 3..4) wound either way: (16*2 - 1*3.5) / 15.
  ExpectNear(Centroid(Shape(Rect(0, 0, 4, 4), {Rect(3, 3, 4, 4)})), {28.5 / 15, 28.5 / 15});
  ExpectNear(Centroid(Shape(Rect(0, 0, 4, 4), {Reversed(Rect(3, 3, 4, 4))})), {28.5 / 15, 28.5 / 15});
}

// The spherical law of cosines: a different formula from the haversine under test.
double CosineLawMeters(LonLat a, LonLat b) {
  const double c =
      std::sin(a.lat * kDegree) * std::sin(b.lat * kDegree) +
      std::cos(a.lat * kDegree) * std::cos(b.lat * kDegree) * std::cos((b.lon - a.lon) * kDegree);
  return kEarthRadiusMeters * std::acos(c);
}

TEST(DistanceMetersTest, MatchesKnownArcs) {
  const double degree = kEarthRadiusMeters * kDegree;  // 111,195.08 m
  EXPECT_NEAR(DistanceMeters({113.8, 34}, {113.8, 35}), degree, 1e-6);
  EXPECT_NEAR(DistanceMeters({0, 0}, {1, 0}), degree, 1e-6);
  EXPECT_NEAR(DistanceMeters({0, 0}, {90, 0}), kEarthRadiusMeters * std::numbers::pi / 2, 1e-6);
  EXPECT_NEAR(DistanceMeters({0, 0}, {180, 0}), kEarthRadiusMeters * std::numbers::pi, 1e-6);
  EXPECT_NEAR(DistanceMeters({10, 90}, {-170, -90}), kEarthRadiusMeters * std::numbers::pi, 1e-6);
  EXPECT_EQ(DistanceMeters({113.8, 34}, {113.8, 34}), 0);
}

TEST(DistanceMetersTest, XuchangToZhengzhou) {
  const LonLat xuchang{113.8526, 34.0357};
  const LonLat zhengzhou{113.6254, 34.7466};
  const double expected = CosineLawMeters(xuchang, zhengzhou);
  EXPECT_NEAR(DistanceMeters(xuchang, zhengzhou), expected, 0.01);
  EXPECT_NEAR(DistanceMeters(zhengzhou, xuchang), expected, 0.01);
}

// Area of a latitude/longitude rectangle on the sphere, exactly.
double SphericalRectangleArea(double west, double south, double east, double north) {
  return kEarthRadiusMeters * kEarthRadiusMeters * (east - west) * kDegree *
         (std::sin(north * kDegree) - std::sin(south * kDegree));
}

TEST(AreaSquareMetersTest, MatchesTheSphereForDistrictSizedShapes) {
  const double small = SphericalRectangleArea(113.80, 34.00, 113.81, 34.01);
  EXPECT_NEAR(AreaSquareMeters(Shape(Rect(113.80, 34.00, 113.81, 34.01))), small, small * 1e-6);
  const double district = SphericalRectangleArea(kWest, kSouth, kEast, kNorth);
  EXPECT_NEAR(AreaSquareMeters(Shape(Reversed(Rect(kWest, kSouth, kEast, kNorth)))), district,
              district * 1e-6);
}

TEST(AreaSquareMetersTest, SubtractsHolesAndAddsParts) {
  const double cell = SphericalRectangleArea(113.80, 34.00, 113.81, 34.01);
  const MultiPolygon shape = {
      Polygon{Rect(113.80, 34.00, 113.83, 34.01), {Reversed(Rect(113.812, 34.002, 113.818, 34.008))}},
      Polygon{Rect(113.80, 34.01, 113.81, 34.02), {}}};
  // Three cells less a hole of 0.36 cell plus one cell, all in nearly the same latitude band.
  const double expected = (3 - 0.36 + 1) * cell;
  EXPECT_NEAR(AreaSquareMeters(shape), expected, expected * 1e-3);
  EXPECT_EQ(AreaSquareMeters({}), 0);
}

TEST(OverlapSquareMetersTest, CountsTheSharedPartButNotATouchingEdge) {
  const MultiPolygon left = Shape(Rect(113.80, 34.00, 113.81, 34.01));
  const MultiPolygon right = Shape(Reversed(Rect(113.81, 34.00, 113.82, 34.01)));
  EXPECT_EQ(OverlapSquareMeters(left, right), 0);
  EXPECT_EQ(OverlapSquareMeters(left, Shape(Rect(113.83, 34.00, 113.84, 34.01))), 0);
  // Half of `left` lies under a shape shifted half a cell east.
  const MultiPolygon shifted = Shape(Rect(113.805, 34.00, 113.815, 34.01));
  const double half = AreaSquareMeters(left) / 2;
  EXPECT_NEAR(OverlapSquareMeters(left, shifted), half, half * 1e-3);
  EXPECT_NEAR(OverlapSquareMeters(shifted, left), half, half * 1e-3);
}

TEST(OverlapSquareMetersTest, EdgesThatMeetOnlyUpToRoundingShareNothing) {
  // The neighbour's west edge is a hair (about 1 mm) west of `left`'s east edge.
  const MultiPolygon left = Shape(Rect(113.80, 34.00, 113.81, 34.01));
  const MultiPolygon right = Shape(Rect(113.81 - 1e-8, 34.00, 113.82, 34.01));
  EXPECT_EQ(OverlapSquareMeters(left, right), 0);
}

}  // namespace
}  // namespace sanwang::geo
