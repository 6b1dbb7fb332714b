#include "geo/geometry.h"

#include <algorithm>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/difference.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/algorithms/is_valid.hpp>
#include <boost/geometry/algorithms/perimeter.hpp>
#include <boost/geometry/algorithms/relate.hpp>
#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/geometries/register/multi_polygon.hpp>
#include <boost/geometry/geometries/register/point.hpp>
#include <boost/geometry/geometries/register/ring.hpp>
#include <cassert>
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

// The plain types are registered with Boost.Geometry so that its algorithms run on them
// directly: ContainsPoint is on the routing path and must not copy the shape.
BOOST_GEOMETRY_REGISTER_POINT_2D(sanwang::geo::LonLat, double, boost::geometry::cs::cartesian, lon, lat)
BOOST_GEOMETRY_REGISTER_RING(sanwang::geo::Ring)
BOOST_GEOMETRY_REGISTER_MULTI_POLYGON(sanwang::geo::MultiPolygon)

namespace boost::geometry::traits {

// GeoJSON (RFC 7946) winds outer rings counterclockwise; algorithms whose answer depends on
// winding get copies made by Oriented() below.
template <>
struct point_order<sanwang::geo::Ring> {
  static const order_selector value = counterclockwise;
};

template <>
struct tag<sanwang::geo::Polygon> {
  using type = polygon_tag;
};
template <>
struct ring_const_type<sanwang::geo::Polygon> {
  using type = const sanwang::geo::Ring&;
};
template <>
struct ring_mutable_type<sanwang::geo::Polygon> {
  using type = sanwang::geo::Ring&;
};
template <>
struct interior_const_type<sanwang::geo::Polygon> {
  using type = const std::vector<sanwang::geo::Ring>&;
};
template <>
struct interior_mutable_type<sanwang::geo::Polygon> {
  using type = std::vector<sanwang::geo::Ring>&;
};
template <>
struct exterior_ring<sanwang::geo::Polygon> {
  static sanwang::geo::Ring& get(sanwang::geo::Polygon& p) { return p.outer; }
  static const sanwang::geo::Ring& get(const sanwang::geo::Polygon& p) { return p.outer; }
};
template <>
struct interior_rings<sanwang::geo::Polygon> {
  static std::vector<sanwang::geo::Ring>& get(sanwang::geo::Polygon& p) { return p.holes; }
  static const std::vector<sanwang::geo::Ring>& get(const sanwang::geo::Polygon& p) { return p.holes; }
};

}  // namespace boost::geometry::traits

namespace sanwang::geo {
namespace {

namespace bg = boost::geometry;

// How thin, on average, a piece of a shape sticking out of another may be and still count
// as rounding: about 1 cm. A vertex interpolated onto a slanted edge lands off it by
// rounding, and Boost.Geometry's overlay turns that into slivers around 1e-9 degrees wide;
// no surveyed boundary is precise to a centimetre.
constexpr double kSliverWidthDegrees = 1e-7;

// Rings whose points all lie within this fraction of the ring's extent of one line are
// degenerate.
constexpr double kDegenerateTolerance = 1e-12;

constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

std::string FormatNumber(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string RingName(std::size_t ring, std::size_t polygon) {
  return "ring " + std::to_string(ring) + " of polygon " + std::to_string(polygon);
}

// Cross product of (a - o) and (b - o). Working relative to a point of the shape keeps the
// digits that matter: coordinates near 113.8 differ only in the fourth decimal.
double Cross(LonLat o, LonLat a, LonLat b) {
  return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

// Twice the signed area in square degrees, positive when counterclockwise.
double TwiceSignedArea(const Ring& ring) {
  double sum = 0;
  for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
    sum += Cross(ring.front(), ring[i], ring[i + 1]);
  }
  return sum;
}

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr Box kEmptyBox{{kInfinity, kInfinity}, {-kInfinity, -kInfinity}};

void Extend(Box& box, const Ring& ring) {
  for (const LonLat& p : ring) {
    box.min = {std::min(box.min.lon, p.lon), std::min(box.min.lat, p.lat)};
    box.max = {std::max(box.max.lon, p.lon), std::max(box.max.lat, p.lat)};
  }
}

Box RingBox(const Ring& ring) {
  Box box = kEmptyBox;
  Extend(box, ring);
  return box;
}

bool IsDegenerate(const Ring& ring) {
  double fan = 0;
  for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
    fan += std::abs(Cross(ring.front(), ring[i], ring[i + 1]));
  }
  const Box box = RingBox(ring);
  const double extent = (box.max.lon - box.min.lon) + (box.max.lat - box.min.lat);
  return fan <= kDegenerateTolerance * extent * extent;
}

Ring Wound(Ring ring, bool counterclockwise) {
  if ((TwiceSignedArea(ring) > 0) != counterclockwise) std::reverse(ring.begin(), ring.end());
  return ring;
}

// A copy in the winding Boost.Geometry is told to expect: outer rings counterclockwise,
// holes clockwise.
Polygon Oriented(const Polygon& polygon) {
  Polygon result{Wound(polygon.outer, true), {}};
  for (const Ring& hole : polygon.holes) result.holes.push_back(Wound(hole, false));
  return result;
}

MultiPolygon Oriented(const MultiPolygon& shape) {
  MultiPolygon result;
  result.reserve(shape.size());
  for (const Polygon& polygon : shape) result.push_back(Oriented(polygon));
  return result;
}

Status ValidatePoints(const Ring& ring, const std::string& name) {
  for (std::size_t k = 0; k < ring.size(); ++k) {
    const Status status = ValidateLonLat(ring[k]);
    if (!status.ok()) return status.WithContext("point " + std::to_string(k) + " of " + name);
  }
  return Status::Ok();
}

Status ValidateRing(const Ring& ring, const std::string& name) {
  if (ring.size() < 4) {
    return InvalidArgument(name + " has " + std::to_string(ring.size()) +
                           " points; a closed ring needs at least 4");
  }
  SW_RETURN_IF_ERROR(ValidatePoints(ring, name));
  if (ring.front() != ring.back()) return InvalidArgument(name + " is not closed");
  if (IsDegenerate(ring)) return InvalidArgument(name + " has zero area");
  if (bg::intersects(ring)) return InvalidArgument(name + " intersects itself");
  return Status::Ok();
}

Status CheckHolesInside(const Polygon& polygon, std::size_t index) {
  const Ring outer = Wound(polygon.outer, true);
  for (std::size_t h = 0; h < polygon.holes.size(); ++h) {
    if (!bg::covered_by(Wound(polygon.holes[h], true), outer)) {
      return InvalidArgument(RingName(h + 1, index) + " is a hole outside ring 0");
    }
  }
  return Status::Ok();
}

// What is left after each ring was checked alone: how the rings of one polygon meet.
Status CheckRingsTogether(const Polygon& polygon, std::size_t index) {
  bg::validity_failure_type failure = bg::no_failure;
  if (bg::is_valid(Oriented(polygon), failure)) return Status::Ok();
  const std::string name = "polygon " + std::to_string(index);
  switch (failure) {
    case bg::failure_nested_interior_rings:
      return InvalidArgument(name + " has a hole inside another hole");
    case bg::failure_disconnected_interior:
      return InvalidArgument(name + " has holes that cut its interior apart");
    default:
      return InvalidArgument(name + " has rings that cross or share an edge");
  }
}

Status ValidatePolygon(const Polygon& polygon, std::size_t index) {
  SW_RETURN_IF_ERROR(ValidateRing(polygon.outer, RingName(0, index)));
  for (std::size_t h = 0; h < polygon.holes.size(); ++h) {
    SW_RETURN_IF_ERROR(ValidateRing(polygon.holes[h], RingName(h + 1, index)));
  }
  SW_RETURN_IF_ERROR(CheckHolesInside(polygon, index));
  return CheckRingsTogether(polygon, index);
}

bool BoxesIntersect(const Box& a, const Box& b) {
  return a.min.lon <= b.max.lon && b.min.lon <= a.max.lon && a.min.lat <= b.max.lat && b.min.lat <= a.max.lat;
}

bool InteriorsIntersect(const Polygon& a, const Polygon& b) {
  return bg::relate(a, b, bg::de9im::mask("T********"));
}

// Quadratic in the number of polygons, but boxes settle almost every pair and a grid or
// community has few parts.
Status CheckPolygonsDoNotOverlap(const MultiPolygon& shape) {
  if (shape.size() < 2) return Status::Ok();
  const MultiPolygon oriented = Oriented(shape);
  std::vector<Box> boxes;
  boxes.reserve(shape.size());
  for (const Polygon& polygon : shape) boxes.push_back(RingBox(polygon.outer));
  for (std::size_t i = 0; i < shape.size(); ++i) {
    for (std::size_t j = i + 1; j < shape.size(); ++j) {
      if (BoxesIntersect(boxes[i], boxes[j]) && InteriorsIntersect(oriented[i], oriented[j])) {
        return InvalidArgument("polygons " + std::to_string(i) + " and " + std::to_string(j) + " overlap");
      }
    }
  }
  return Status::Ok();
}

struct Moments {
  double area = 0;  // signed, square degrees
  double lon = 0;   // first moments about the origin
  double lat = 0;
};

Moments RingMoments(const Ring& ring, LonLat origin, double sign) {
  Moments m;
  for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
    const double cross = Cross(origin, ring[i], ring[i + 1]);
    m.area += cross / 2;
    m.lon += (ring[i].lon + ring[i + 1].lon - 2 * origin.lon) * cross / 6;
    m.lat += (ring[i].lat + ring[i + 1].lat - 2 * origin.lat) * cross / 6;
  }
  // Outer rings count positive and holes negative whatever their winding.
  const double flip = (m.area < 0 ? -sign : sign);
  return {m.area * flip, m.lon * flip, m.lat * flip};
}

void Add(Moments& total, const Moments& part) {
  total.area += part.area;
  total.lon += part.lon;
  total.lat += part.lat;
}

double AreaSquareDegrees(const Polygon& polygon) {
  double area = std::abs(TwiceSignedArea(polygon.outer)) / 2;
  for (const Ring& hole : polygon.holes) area -= std::abs(TwiceSignedArea(hole)) / 2;
  return area;
}

double AreaSquareDegrees(const MultiPolygon& shape) {
  double area = 0;
  for (const Polygon& polygon : shape) area += AreaSquareDegrees(polygon);
  return area;
}

// A sliver of length L and mean width w has area w * L and a perimeter of about 2 * L.
bool IsSliver(const Polygon& piece) {
  return 2 * AreaSquareDegrees(piece) <= kSliverWidthDegrees * bg::perimeter(piece);
}

bool OnlySliversOutside(const MultiPolygon& inner, const MultiPolygon& outer) {
  MultiPolygon outside;
  bg::difference(inner, outer, outside);
  return std::all_of(outside.begin(), outside.end(), IsSliver);
}

double Haversine(double radians) {
  const double s = std::sin(radians / 2);
  return s * s;
}

}  // namespace

Status ValidateLonLat(LonLat p) {
  if (!std::isfinite(p.lon)) return InvalidArgument("经度应为有限数值 lon is not a finite number", "lon");
  if (!std::isfinite(p.lat)) return InvalidArgument("纬度应为有限数值 lat is not a finite number", "lat");
  if (p.lon < -180 || p.lon > 180) {
    return InvalidArgument("经度超出 [-180, 180] lon " + FormatNumber(p.lon) + " is out of range [-180, 180]",
                           "lon");
  }
  if (p.lat < -90 || p.lat > 90) {
    return InvalidArgument("纬度超出 [-90, 90] lat " + FormatNumber(p.lat) + " is out of range [-90, 90]",
                           "lat");
  }
  return Status::Ok();
}

Status ValidateMultiPolygon(const MultiPolygon& shape) {
  if (shape.empty()) return InvalidArgument("the shape has no polygons");
  for (std::size_t i = 0; i < shape.size(); ++i) SW_RETURN_IF_ERROR(ValidatePolygon(shape[i], i));
  return CheckPolygonsDoNotOverlap(shape);
}

Box BoundingBox(const MultiPolygon& shape) {
  Box box = kEmptyBox;
  for (const Polygon& polygon : shape) Extend(box, polygon.outer);
  return box;
}

bool Covers(const MultiPolygon& outer, const MultiPolygon& inner) {
  if (inner.empty()) return true;
  if (outer.empty()) return false;
  const MultiPolygon oriented_outer = Oriented(outer);
  const MultiPolygon oriented_inner = Oriented(inner);
  // covered_by is quick and usually right; it fails shapes whose shared edges differ by
  // rounding, so those get the slower test that looks at what sticks out.
  if (bg::covered_by(oriented_inner, oriented_outer)) return true;
  return OnlySliversOutside(oriented_inner, oriented_outer);
}

double OverlapSquareMeters(const MultiPolygon& a, const MultiPolygon& b) {
  if (a.empty() || b.empty()) return 0;
  const Box box_a = BoundingBox(a), box_b = BoundingBox(b);
  if (box_a.max.lon < box_b.min.lon || box_b.max.lon < box_a.min.lon || box_a.max.lat < box_b.min.lat ||
      box_b.max.lat < box_a.min.lat) {
    return 0;
  }
  MultiPolygon shared;
  bg::intersection(Oriented(a), Oriented(b), shared);
  std::erase_if(shared, IsSliver);
  return AreaSquareMeters(shared);
}

bool ContainsPoint(const MultiPolygon& shape, LonLat p) { return bg::covered_by(p, shape); }

LonLat Centroid(const MultiPolygon& shape) {
  assert(!shape.empty() && !shape.front().outer.empty());
  const LonLat origin = shape.front().outer.front();
  Moments total;
  for (const Polygon& polygon : shape) {
    Add(total, RingMoments(polygon.outer, origin, 1));
    for (const Ring& hole : polygon.holes) Add(total, RingMoments(hole, origin, -1));
  }
  return {origin.lon + total.lon / total.area, origin.lat + total.lat / total.area};
}

double DistanceMeters(LonLat a, LonLat b) {
  const double lat_a = a.lat * kRadiansPerDegree;
  const double lat_b = b.lat * kRadiansPerDegree;
  const double h = Haversine(lat_b - lat_a) +
                   std::cos(lat_a) * std::cos(lat_b) * Haversine((b.lon - a.lon) * kRadiansPerDegree);
  return 2 * kEarthRadiusMeters * std::asin(std::min(1.0, std::sqrt(h)));
}

double AreaSquareMeters(const MultiPolygon& shape) {
  if (shape.empty()) return 0;
  // Equirectangular: a degree of longitude shrinks by cos(latitude), taken at the middle.
  const Box box = BoundingBox(shape);
  const double mid_lat = (box.min.lat + box.max.lat) / 2 * kRadiansPerDegree;
  const double metres_per_degree = kEarthRadiusMeters * kRadiansPerDegree;
  return AreaSquareDegrees(shape) * metres_per_degree * metres_per_degree * std::cos(mid_lat);
}

}  // namespace sanwang::geo
