// Plain geometry types for the organization net and the operations on them.
//
// Grids and communities are areas on the map: a MultiPolygon of WGS 84 longitude/latitude
// degrees. These types are plain values (no Boost in this header, so that every module can
// include it cheaply); Boost.Geometry does the work behind the functions in geometry.cc.
//
// Conventions: rings are closed (the first point is repeated at the end); within a Polygon
// ring 0 is the outer ring and ring k (k >= 1) is holes[k - 1], the order of GeoJSON
// coordinates. Winding order is free: either orientation is accepted everywhere. Planar
// predicates (Covers, ContainsPoint, Centroid) treat degrees as Cartesian coordinates,
// which is exact enough for district-sized shapes far from the poles and the antimeridian.
//
// Every function is pure and safe to call from any number of threads at once.
#pragma once

#include <vector>

#include "core/status.h"

namespace sanwang::geo {

struct LonLat {
  double lon = 0;
  double lat = 0;

  bool operator==(const LonLat&) const = default;
};

// Closed: front() == back().
using Ring = std::vector<LonLat>;

struct Polygon {
  Ring outer;
  std::vector<Ring> holes;

  bool operator==(const Polygon&) const = default;
};

using MultiPolygon = std::vector<Polygon>;

struct Box {
  LonLat min;
  LonLat max;

  bool operator==(const Box&) const = default;
};

// Finite, lon in [-180, 180], lat in [-90, 90]. The error's field is "lon" or "lat".
Status ValidateLonLat(LonLat p);

// Checks what every area in Sanwang must satisfy: at least one polygon; each ring closed,
// with at least 4 points and valid coordinates, not degenerate (zero area) and not
// crossing itself; each hole inside its outer ring without crossing it or another hole;
// no two polygons overlapping (sharing an edge or a point is allowed). The message names
// the polygon and ring, e.g. "ring 0 of polygon 1 is not closed".
Status ValidateMultiPolygon(const MultiPolygon& shape);

// The smallest box around the outer rings. For an empty shape, min is +infinity and max is
// -infinity in both coordinates, so the box contains nothing.
Box BoundingBox(const MultiPolygon& shape);

// True when every point of `inner` lies in `outer` or on its boundary. Edges that coincide
// only up to floating-point rounding (a grid cut from its community's outline by
// arithmetic) still count as covered: parts of `inner` outside `outer` thinner than about
// 1 cm on average are ignored. Both shapes must be valid.
bool Covers(const MultiPolygon& outer, const MultiPolygon& inner);

// Square metres that two valid shapes have in common. Shapes that only touch (a shared
// edge or point) have 0 in common, as do edges that coincide up to rounding: common pieces
// thinner than about 1 cm on average are not counted, as in Covers.
double OverlapSquareMeters(const MultiPolygon& a, const MultiPolygon& b);

// True when p lies inside the shape or on its boundary (but not inside a hole).
bool ContainsPoint(const MultiPolygon& shape, LonLat p);

// The area-weighted centre of a valid, non-empty shape (holes subtracted). It may lie
// outside a non-convex shape.
LonLat Centroid(const MultiPolygon& shape);

// Great-circle distance by the haversine formula on a sphere of radius kEarthRadiusMeters.
inline constexpr double kEarthRadiusMeters = 6371008.8;
double DistanceMeters(LonLat a, LonLat b);

// Area of a valid shape in square metres, holes subtracted, in an equirectangular
// projection centred on the shape: within 0.1% for shapes a few kilometres across.
double AreaSquareMeters(const MultiPolygon& shape);

}  // namespace sanwang::geo
