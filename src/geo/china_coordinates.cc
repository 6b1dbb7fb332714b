#include "geo/china_coordinates.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>
#include <string>

namespace sanwang::geo {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kRadiansPerDegree = kPi / 180;

// GCJ-02 measures its offset on the Krasovsky 1940 ellipsoid (the one of the old Beijing
// 1954 datum), not on WGS 84's.
constexpr double kKrasovskySemiMajorAxis = 6378245.0;
constexpr double kKrasovskyEccentricitySquared = 0.00669342162296594323;

// The point the GCJ-02 offset polynomial is centred on.
constexpr double kGcjOriginLon = 105.0;
constexpr double kGcjOriginLat = 35.0;

// BD-09: a wobble of the polar radius and angle with this angular frequency (3000 waves
// per half turn), then a fixed shift east and north.
constexpr double kBaiduFrequency = kPi * 3000.0 / 180.0;
constexpr double kBaiduRadiusWobble = 0.00002;
constexpr double kBaiduAngleWobble = 0.000003;
constexpr double kBaiduShiftLon = 0.0065;
constexpr double kBaiduShiftLat = 0.006;

// The inverses stop once the forward transform of the estimate lands this close to the
// input (about 0.1 mm); each step gains over one and a half digits, so a handful suffice.
constexpr double kInverseTolerance = 1e-9;
constexpr int kMaxInverseSteps = 30;

// The sine series both offset components share, of the shifted longitude x.
double CommonWaves(double x) { return 20.0 * std::sin(6.0 * kPi * x) + 20.0 * std::sin(2.0 * kPi * x); }

// The northward offset in metres at (x, y) = (lon - 105, lat - 35).
double NorthOffsetMeters(double x, double y) {
  const double trend = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
  const double waves = CommonWaves(x) + 20.0 * std::sin(kPi * y) + 40.0 * std::sin(kPi * y / 3.0) +
                       160.0 * std::sin(kPi * y / 12.0) + 320.0 * std::sin(kPi * y / 30.0);
  return trend + waves * 2.0 / 3.0;
}

// The eastward offset in metres at (x, y) = (lon - 105, lat - 35).
double EastOffsetMeters(double x, double y) {
  const double trend = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
  const double waves = CommonWaves(x) + 20.0 * std::sin(kPi * x) + 40.0 * std::sin(kPi * x / 3.0) +
                       150.0 * std::sin(kPi * x / 12.0) + 300.0 * std::sin(kPi * x / 30.0);
  return trend + waves * 2.0 / 3.0;
}

// The GCJ-02 offset at a WGS 84 point, in degrees: the metre offsets divided by the
// Krasovsky radii of curvature at the point's latitude (meridional for north, prime
// vertical times cos(lat) for east).
LonLat GcjOffsetDegrees(LonLat wgs) {
  const double x = wgs.lon - kGcjOriginLon;
  const double y = wgs.lat - kGcjOriginLat;
  const double lat = wgs.lat * kRadiansPerDegree;
  const double sin_lat = std::sin(lat);
  const double w = 1.0 - kKrasovskyEccentricitySquared * sin_lat * sin_lat;
  const double sqrt_w = std::sqrt(w);
  const double meridional = kKrasovskySemiMajorAxis * (1.0 - kKrasovskyEccentricitySquared) / (w * sqrt_w);
  const double prime_vertical = kKrasovskySemiMajorAxis / sqrt_w;
  return {EastOffsetMeters(x, y) / (prime_vertical * std::cos(lat) * kRadiansPerDegree),
          NorthOffsetMeters(x, y) / (meridional * kRadiansPerDegree)};
}

// Solves forward(p) == target for p by fixed-point iteration from `estimate`: each step
// moves the estimate by the forward image's miss. It converges because both obfuscations
// are the identity plus an offset that changes slowly: over China the remaining error
// shrinks at least forty-fold per step for BD-09 and 180-fold for GCJ-02.
LonLat InvertByIteration(LonLat (*forward)(LonLat), LonLat target, LonLat estimate) {
  for (int step = 0; step < kMaxInverseSteps; ++step) {
    const LonLat image = forward(estimate);
    const double miss_lon = image.lon - target.lon;
    const double miss_lat = image.lat - target.lat;
    if (std::abs(miss_lon) < kInverseTolerance && std::abs(miss_lat) < kInverseTolerance) break;
    estimate.lon -= miss_lon;
    estimate.lat -= miss_lat;
  }
  return estimate;
}

// Baidu's customary closed-form inverse: the forward formula with the wobble subtracted
// at the shifted point. Over China it misses by up to about 2e-6 degrees (20 cm), so it
// only seeds the iteration.
LonLat Bd09ToGcj02Estimate(LonLat bd) {
  const double x = bd.lon - kBaiduShiftLon;
  const double y = bd.lat - kBaiduShiftLat;
  const double radius = std::hypot(x, y) - kBaiduRadiusWobble * std::sin(y * kBaiduFrequency);
  const double angle = std::atan2(y, x) - kBaiduAngleWobble * std::cos(x * kBaiduFrequency);
  return {radius * std::cos(angle), radius * std::sin(angle)};
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

struct DatumName {
  std::string_view name;
  Datum datum;
};

constexpr DatumName kDatumNames[] = {
    {"wgs84", Datum::kWgs84},  {"wgs-84", Datum::kWgs84}, {"gcj02", Datum::kGcj02},
    {"gcj-02", Datum::kGcj02}, {"bd09", Datum::kBd09},    {"bd-09", Datum::kBd09},
};

}  // namespace

Result<Datum> ParseDatum(std::string_view name) {
  for (const DatumName& known : kDatumNames) {
    if (EqualsIgnoringCase(name, known.name)) return known.datum;
  }
  return InvalidArgument("未知坐标系 " + std::string(name) +
                             "，应为 wgs84、gcj02 或 bd09 unknown coordinate system \"" + std::string(name) +
                             "\"; expected wgs84, gcj02 or bd09",
                         "coord_system");
}

bool InChinaBox(LonLat p) {
  return p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

LonLat Wgs84ToGcj02(LonLat wgs) {
  if (!InChinaBox(wgs)) return wgs;
  const LonLat offset = GcjOffsetDegrees(wgs);
  return {wgs.lon + offset.lon, wgs.lat + offset.lat};
}

LonLat Gcj02ToWgs84(LonLat gcj) {
  if (!InChinaBox(gcj)) return gcj;
  const LonLat offset = GcjOffsetDegrees(gcj);
  return InvertByIteration(&Wgs84ToGcj02, gcj, {gcj.lon - offset.lon, gcj.lat - offset.lat});
}

LonLat Gcj02ToBd09(LonLat gcj) {
  if (!InChinaBox(gcj)) return gcj;
  const double radius =
      std::hypot(gcj.lon, gcj.lat) + kBaiduRadiusWobble * std::sin(gcj.lat * kBaiduFrequency);
  const double angle = std::atan2(gcj.lat, gcj.lon) + kBaiduAngleWobble * std::cos(gcj.lon * kBaiduFrequency);
  return {radius * std::cos(angle) + kBaiduShiftLon, radius * std::sin(angle) + kBaiduShiftLat};
}

LonLat Bd09ToGcj02(LonLat bd) {
  if (!InChinaBox(bd)) return bd;
  return InvertByIteration(&Gcj02ToBd09, bd, Bd09ToGcj02Estimate(bd));
}

LonLat Wgs84ToBd09(LonLat wgs) { return Gcj02ToBd09(Wgs84ToGcj02(wgs)); }

LonLat Bd09ToWgs84(LonLat bd) { return Gcj02ToWgs84(Bd09ToGcj02(bd)); }

Result<LonLat> ToWgs84(LonLat p, Datum from) {
  SW_RETURN_IF_ERROR(ValidateLonLat(p));
  switch (from) {
    case Datum::kWgs84:
      return p;
    case Datum::kGcj02:
      return Gcj02ToWgs84(p);
    case Datum::kBd09:
      return Bd09ToWgs84(p);
  }
  return Internal("unknown datum");
}

}  // namespace sanwang::geo
