#include "geo/polyline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace sanwang::geo {
namespace {

constexpr double kMetresPerDegree = kEarthRadiusMeters * std::numbers::pi / 180;

struct Xy {
  double x = 0;
  double y = 0;
};

// Metres east and north of a reference latitude's scale; one projection per line.
class LocalProjection {
 public:
  explicit LocalProjection(double lat)
      : x_scale_(kMetresPerDegree * std::cos(lat * std::numbers::pi / 180)) {}
  Xy operator()(LonLat p) const { return {p.lon * x_scale_, p.lat * kMetresPerDegree}; }

 private:
  double x_scale_;
};

double DistanceToSegment(Xy p, Xy a, Xy b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

// Marks the points of [first, last] to keep, splitting at the farthest point while it is
// beyond the tolerance. An explicit stack: a long street must not deepen the call stack.
void MarkKept(const std::vector<Xy>& points, double tolerance, std::vector<bool>& keep) {
  std::vector<std::pair<std::size_t, std::size_t>> spans{{0, points.size() - 1}};
  while (!spans.empty()) {
    const auto [first, last] = spans.back();
    spans.pop_back();
    double farthest = -1;
    std::size_t at = first;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double d = DistanceToSegment(points[i], points[first], points[last]);
      if (d > farthest) farthest = d, at = i;
    }
    if (farthest <= tolerance) continue;
    keep[at] = true;
    spans.emplace_back(first, at);
    spans.emplace_back(at, last);
  }
}

}  // namespace

Polyline SimplifyLine(std::span<const LonLat> line, double tolerance_m) {
  if (line.size() <= 2 || !(tolerance_m > 0)) return {line.begin(), line.end()};
  const LocalProjection project(line.front().lat);
  std::vector<Xy> points;
  points.reserve(line.size());
  for (LonLat p : line) points.push_back(project(p));
  std::vector<bool> keep(line.size(), false);
  keep.front() = keep.back() = true;
  MarkKept(points, tolerance_m, keep);
  Polyline out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (keep[i]) out.push_back(line[i]);
  }
  return out;
}

double DistanceToLineMeters(LonLat p, std::span<const LonLat> line) {
  if (line.empty()) return std::numeric_limits<double>::infinity();
  const LocalProjection project(p.lat);
  const Xy at = project(p);
  if (line.size() == 1) return DistanceToSegment(at, project(line[0]), project(line[0]));
  double nearest = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    nearest = std::min(nearest, DistanceToSegment(at, project(line[i]), project(line[i + 1])));
  }
  return nearest;
}

Box LineBounds(std::span<const LonLat> line) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  Box box{{kInf, kInf}, {-kInf, -kInf}};
  for (LonLat p : line) {
    box.min = {std::min(box.min.lon, p.lon), std::min(box.min.lat, p.lat)};
    box.max = {std::max(box.max.lon, p.lon), std::max(box.max.lat, p.lat)};
  }
  return box;
}

}  // namespace sanwang::geo
