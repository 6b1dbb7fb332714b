#include "geo/china_coordinates.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace sanwang::geo {
namespace {

// Weidu District, Xuchang: the footprint Sanwang serves first.
constexpr double kWest = 113.7435;
constexpr double kEast = 113.8855;
constexpr double kSouth = 33.9840;
constexpr double kNorth = 34.0948;

constexpr LonLat kWeiduCentre{113.81, 34.04};
constexpr LonLat kHelsinki{24.94, 60.17};
constexpr LonLat kHongKong{114.17, 22.28};

// A conversion published by another implementation, with the tolerance its own tests
// or printout allow.
struct Reference {
  LonLat from;
  LonLat to;
  double tolerance;
};

// WGS-84 -> GCJ-02.
const std::vector<Reference> kWgsToGcj = {
    // googollee/eviltransform go/transform_test.go (also python/test.py,
    // javascript/test.js): Shanghai, Shenzhen, Beijing. Printed to full double precision
    // (its own tests compare 6 decimals); 1e-9 leaves room only for rounding.
    {{121.5272106, 31.1774276}, {121.531541859215, 31.17530398364597}, 1e-9},
    {{113.912316, 22.543847}, {113.9171764808363, 22.540796131694766}, 1e-9},
    {{116.377817, 39.911954}, {116.38404722455657, 39.91334545536069}, 1e-9},
    // hujiulong/gcoord test/unit/crs/WGS84.spec.ts, toBeCloseTo(x, 5): within 5e-6.
    {{123, 45}, {123.00607541, 45.00197815}, 5e-6},
    // wandergis/coordtransform README.md, example output printed to full precision.
    {{116.404, 39.915}, {116.41024449916938, 39.91640428150164}, 1e-9},
};

// GCJ-02 -> WGS-84, from sources that invert by iteration (not the one-step estimate).
const std::vector<Reference> kGcjToWgs = {
    // hujiulong/gcoord test/unit/crs/GCJ02.spec.ts; gcoord iterates to a 1e-6 residual.
    {{123, 45}, {122.99395597, 44.99804071}, 5e-6},
};

// GCJ-02 -> BD-09.
const std::vector<Reference> kGcjToBd = {
    // hujiulong/gcoord test/unit/crs/GCJ02.spec.ts, toBeCloseTo(x, 5).
    {{123, 45}, {123.00636499, 45.00636899}, 5e-6},
    // wandergis/coordtransform README.md, example output printed to full precision.
    {{116.404, 39.915}, {116.41036949371029, 39.92133699351021}, 1e-9},
};

// BD-09 -> GCJ-02. Both sources use Baidu's closed-form inverse, which misses the exact
// inverse by up to about 2e-6 degrees over China; the tolerances allow for that.
const std::vector<Reference> kBdToGcj = {
    // hujiulong/gcoord test/unit/crs/BD09.spec.ts, toBeCloseTo(x, 5).
    {{123, 45}, {122.99363304, 44.99365430}, 5e-6},
    // wandergis/coordtransform README.md (its closed form, printed to full precision).
    {{116.404, 39.915}, {116.39762729119315, 39.90865673957631}, 2e-6},
};

// WGS-84 <-> BD-09 through GCJ-02.
const std::vector<Reference> kWgsToBd = {
    // hujiulong/gcoord test/unit/crs/WGS84.spec.ts, toBeCloseTo(x, 5).
    {{123, 45}, {123.0124491, 45.0083293}, 5e-6},
};
const std::vector<Reference> kBdToWgs = {
    // hujiulong/gcoord test/unit/crs/BD09.spec.ts, toBeCloseTo(x, 5).
    {{123, 45}, {122.98762210, 44.99171540}, 5e-6},
};

void ExpectNear(LonLat actual, LonLat expected, double tolerance, const std::string& what) {
  EXPECT_NEAR(actual.lon, expected.lon, tolerance) << what;
  EXPECT_NEAR(actual.lat, expected.lat, tolerance) << what;
}

std::string Describe(LonLat p) { return "(" + std::to_string(p.lon) + ", " + std::to_string(p.lat) + ")"; }

void CheckReferences(const std::vector<Reference>& references, LonLat (*convert)(LonLat)) {
  for (const Reference& r : references) {
    ExpectNear(convert(r.from), r.to, r.tolerance, "from " + Describe(r.from));
  }
}

// Weidu on a 12 x 12 grid, plus places spread over China's corners and its middle.
std::vector<LonLat> SamplePoints() {
  std::vector<LonLat> points;
  constexpr int kSteps = 12;
  for (int i = 0; i <= kSteps; ++i) {
    for (int j = 0; j <= kSteps; ++j) {
      points.push_back({kWest + (kEast - kWest) * i / kSteps, kSouth + (kNorth - kSouth) * j / kSteps});
    }
  }
  const std::vector<LonLat> across_china = {
      {116.39, 39.91},  // Beijing
      {121.47, 31.23},  // Shanghai
      {87.62, 43.83},   // Urumqi
      {75.99, 39.47},   // Kashgar
      {91.11, 29.65},   // Lhasa
      {126.63, 45.75},  // Harbin
      {122.53, 52.97},  // Mohe
      {109.51, 18.25},  // Sanya
      {104.07, 30.57},  // Chengdu
      {113.26, 23.13},  // Guangzhou
  };
  points.insert(points.end(), across_china.begin(), across_china.end());
  return points;
}

TEST(ChinaCoordinatesTest, MatchesPublishedWgsToGcjPairs) { CheckReferences(kWgsToGcj, &Wgs84ToGcj02); }

TEST(ChinaCoordinatesTest, InvertsPublishedWgsToGcjPairs) {
  // The inverse stops within 1e-9 degrees of the exact answer; allow for that on top.
  for (const Reference& r : kWgsToGcj) {
    ExpectNear(Gcj02ToWgs84(r.to), r.from, r.tolerance + 2e-9, "from " + Describe(r.to));
  }
}

TEST(ChinaCoordinatesTest, MatchesPublishedGcjToWgsPairs) { CheckReferences(kGcjToWgs, &Gcj02ToWgs84); }

TEST(ChinaCoordinatesTest, MatchesPublishedBaiduPairs) {
  CheckReferences(kGcjToBd, &Gcj02ToBd09);
  CheckReferences(kBdToGcj, &Bd09ToGcj02);
  CheckReferences(kWgsToBd, &Wgs84ToBd09);
  CheckReferences(kBdToWgs, &Bd09ToWgs84);
}

TEST(ChinaCoordinatesTest, GcjRoundTripsWithinACentimetre) {
  for (const LonLat p : SamplePoints()) {
    ExpectNear(Gcj02ToWgs84(Wgs84ToGcj02(p)), p, 1e-7, "WGS point " + Describe(p));
    ExpectNear(Wgs84ToGcj02(Gcj02ToWgs84(p)), p, 1e-7, "GCJ point " + Describe(p));
  }
}

TEST(ChinaCoordinatesTest, BaiduRoundTripsWithinACentimetre) {
  for (const LonLat p : SamplePoints()) {
    ExpectNear(Bd09ToGcj02(Gcj02ToBd09(p)), p, 1e-7, "GCJ point " + Describe(p));
    ExpectNear(Gcj02ToBd09(Bd09ToGcj02(p)), p, 1e-7, "BD point " + Describe(p));
    ExpectNear(Bd09ToWgs84(Wgs84ToBd09(p)), p, 1e-7, "WGS point " + Describe(p));
  }
}

TEST(ChinaCoordinatesTest, ShiftsXuchangByAFewHundredMetres) {
  const double gcj_offset = DistanceMeters(kWeiduCentre, Wgs84ToGcj02(kWeiduCentre));
  EXPECT_GT(gcj_offset, 100);
  EXPECT_LT(gcj_offset, 700);
  // BD-09 adds roughly another kilometre on top of GCJ-02.
  const double bd_offset = DistanceMeters(kWeiduCentre, Wgs84ToBd09(kWeiduCentre));
  EXPECT_GT(bd_offset, 500);
  EXPECT_LT(bd_offset, 2000);
}

TEST(ChinaCoordinatesTest, LeavesPointsOutsideTheBoxUnchanged) {
  for (const LonLat p : {kHelsinki, LonLat{-74.0, 40.7}, LonLat{151.2, -33.9}}) {
    EXPECT_EQ(Wgs84ToGcj02(p), p);
    EXPECT_EQ(Gcj02ToWgs84(p), p);
    EXPECT_EQ(Gcj02ToBd09(p), p);
    EXPECT_EQ(Bd09ToGcj02(p), p);
    EXPECT_EQ(Wgs84ToBd09(p), p);
    EXPECT_EQ(Bd09ToWgs84(p), p);
  }
  EXPECT_EQ(DistanceMeters(kHelsinki, Wgs84ToGcj02(kHelsinki)), 0);
}

// The box is the customary rough one, not a border: it shifts Hong Kong too, as every
// common implementation does.
TEST(ChinaCoordinatesTest, TheRoughBoxAlsoShiftsHongKong) {
  EXPECT_TRUE(InChinaBox(kHongKong));
  EXPECT_GT(DistanceMeters(kHongKong, Wgs84ToGcj02(kHongKong)), 100);
  EXPECT_TRUE(InChinaBox({72.004, 0.8293}));
  EXPECT_TRUE(InChinaBox({137.8347, 55.8271}));
  EXPECT_FALSE(InChinaBox({72.0, 30.0}));
  EXPECT_FALSE(InChinaBox({110.0, 55.9}));
}

TEST(ParseDatumTest, AcceptsTheCustomarySpellingsInAnyCase) {
  for (const char* name : {"wgs84", "WGS-84", "WGS84", "wgs-84", "Wgs84"}) {
    ASSERT_TRUE(ParseDatum(name).ok()) << name;
    EXPECT_EQ(*ParseDatum(name), Datum::kWgs84) << name;
  }
  for (const char* name : {"gcj02", "GCJ-02", "GCJ02", "gcj-02"}) {
    ASSERT_TRUE(ParseDatum(name).ok()) << name;
    EXPECT_EQ(*ParseDatum(name), Datum::kGcj02) << name;
  }
  for (const char* name : {"bd09", "BD-09", "BD09", "Bd-09"}) {
    ASSERT_TRUE(ParseDatum(name).ok()) << name;
    EXPECT_EQ(*ParseDatum(name), Datum::kBd09) << name;
  }
}

TEST(ParseDatumTest, RejectsOtherNamesWithTheField) {
  for (const char* name :
       {"", "wgs", "wgs 84", " wgs84", "gcj-2", "bd09mc", "bd09ll", "cgcs2000", "w-gs84", "mars"}) {
    const Result<Datum> datum = ParseDatum(name);
    ASSERT_FALSE(datum.ok()) << name;
    EXPECT_EQ(datum.status().code(), ErrorCode::kInvalidArgument) << name;
    EXPECT_EQ(datum.status().field(), "coord_system") << name;
  }
  EXPECT_EQ(ParseDatum("utm").status().message(),
            "未知坐标系 utm，应为 wgs84、gcj02 或 bd09 unknown coordinate system \"utm\"; expected wgs84, "
            "gcj02 or bd09");
}

TEST(ToWgs84Test, ConvertsFromEachDatum) {
  const LonLat p{113.81, 34.04};
  ASSERT_TRUE(ToWgs84(p, Datum::kWgs84).ok());
  EXPECT_EQ(*ToWgs84(p, Datum::kWgs84), p);
  EXPECT_EQ(*ToWgs84(p, Datum::kGcj02), Gcj02ToWgs84(p));
  EXPECT_EQ(*ToWgs84(p, Datum::kBd09), Bd09ToWgs84(p));
  EXPECT_NE(*ToWgs84(p, Datum::kGcj02), p);
}

TEST(ToWgs84Test, RejectsInvalidPointsWithTheField) {
  const Result<LonLat> lon = ToWgs84({200, 34}, Datum::kGcj02);
  ASSERT_FALSE(lon.ok());
  EXPECT_EQ(lon.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(lon.status().field(), "lon");
  const Result<LonLat> lat = ToWgs84({113.8, std::numeric_limits<double>::quiet_NaN()}, Datum::kBd09);
  ASSERT_FALSE(lat.ok());
  EXPECT_EQ(lat.status().field(), "lat");
  EXPECT_FALSE(ToWgs84({113.8, 91}, Datum::kWgs84).ok());
}

}  // namespace
}  // namespace sanwang::geo
