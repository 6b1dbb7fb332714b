// Lines on the map (a street's course as a sequence of points): their simplification for
// drawing at a zoom level, and the distance from a point to them.
//
// Both work in a local equirectangular projection around the line, in metres: exact enough
// for the lengths of a city's streets (a few kilometres) far from the poles. Pure
// functions, safe to call from any number of threads at once.
#pragma once

#include <span>
#include <vector>

#include "geo/geometry.h"

namespace sanwang::geo {

using Polyline = std::vector<LonLat>;

// The Douglas–Peucker simplification: the fewest of the line's own points, first and last
// always kept, such that no dropped point lies farther than `tolerance_m` metres from the
// simplified line. A tolerance of 0 or less, or a line of two points or fewer, comes back
// unchanged.
Polyline SimplifyLine(std::span<const LonLat> line, double tolerance_m);

// Metres from `p` to the nearest point of the line (to the point itself for a line of one
// point); infinity for an empty line.
double DistanceToLineMeters(LonLat p, std::span<const LonLat> line);

// The smallest box around the line's points (min +infinity, max -infinity when empty).
Box LineBounds(std::span<const LonLat> line);

}  // namespace sanwang::geo
