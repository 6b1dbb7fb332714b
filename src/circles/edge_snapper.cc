#include "circles/edge_snapper.h"

#include <algorithm>
#include <boost/geometry/algorithms/comparable_distance.hpp>
#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <boost/iterator/function_output_iterator.hpp>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

namespace sanwang::circles {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using Point = bg::model::point<double, 2, bg::cs::cartesian>;  // metres east and north
using Segment = bg::model::segment<Point>;
using SegmentEntry = std::pair<Segment, std::uint32_t>;  // and its index in `segments`

constexpr double kMetresPerDegree = geo::kEarthRadiusMeters * std::numbers::pi / 180.0;
// How many nearest segments are compared exactly, so that ties break by index.
constexpr unsigned kCandidates = 4;

// A local equirectangular projection around a reference latitude.
struct Projection {
  geo::LonLat origin;
  double cos_lat = 1;

  Point Forward(geo::LonLat p) const {
    return {(p.lon - origin.lon) * cos_lat * kMetresPerDegree, (p.lat - origin.lat) * kMetresPerDegree};
  }
  geo::LonLat Inverse(const Point& p) const {
    return {origin.lon + p.get<0>() / (cos_lat * kMetresPerDegree),
            origin.lat + p.get<1>() / kMetresPerDegree};
  }
};

struct SegmentInfo {
  std::uint32_t shape = 0;
  double offset_m = 0;  // along the shape's line to the segment's start
  double length_m = 0;
};

Projection CentredOn(const std::vector<EdgeShape>& shapes) {
  double lat_min = std::numeric_limits<double>::infinity(), lat_max = -lat_min;
  double lon_min = lat_min, lon_max = -lat_min;
  for (const EdgeShape& s : shapes) {
    for (const geo::LonLat& p : s.line) {
      lat_min = std::min(lat_min, p.lat), lat_max = std::max(lat_max, p.lat);
      lon_min = std::min(lon_min, p.lon), lon_max = std::max(lon_max, p.lon);
    }
  }
  if (lat_min > lat_max) return {};
  geo::LonLat centre{(lon_min + lon_max) / 2, (lat_min + lat_max) / 2};
  return {centre, std::cos(centre.lat * std::numbers::pi / 180.0)};
}

// Where the perpendicular from p meets segment s, as a share of its length in [0, 1].
double FootShare(const Segment& s, const Point& p) {
  const double dx = s.second.get<0>() - s.first.get<0>(), dy = s.second.get<1>() - s.first.get<1>();
  const double len2 = dx * dx + dy * dy;
  if (len2 == 0) return 0;
  const double t = ((p.get<0>() - s.first.get<0>()) * dx + (p.get<1>() - s.first.get<1>()) * dy) / len2;
  return std::clamp(t, 0.0, 1.0);
}

}  // namespace

struct EdgeSnapper::Impl {
  Impl(const std::vector<EdgeShape>& shapes, double max_snap)
      : projection(CentredOn(shapes)), max_snap_m(max_snap) {
    std::vector<SegmentEntry> entries;
    for (std::uint32_t s = 0; s < shapes.size(); ++s) AddShape(shapes[s], s, entries);
    tree = bgi::rtree<SegmentEntry, bgi::rstar<16>>(entries.begin(), entries.end());
  }

  void AddShape(const EdgeShape& shape, std::uint32_t index, std::vector<SegmentEntry>& entries) {
    edges.push_back({shape.edge, shape.twin, 0, 0});
    double offset = 0;
    for (std::size_t i = 0; i + 1 < shape.line.size(); ++i) {
      const double length = geo::DistanceMeters(shape.line[i], shape.line[i + 1]);
      entries.emplace_back(Segment(projection.Forward(shape.line[i]), projection.Forward(shape.line[i + 1])),
                           static_cast<std::uint32_t>(segments.size()));
      segments.push_back({index, offset, length});
      offset += length;
    }
    line_length.push_back(offset);
  }

  Projection projection;
  double max_snap_m;
  std::vector<EdgePosition> edges;  // per shape: its edge and twin
  std::vector<double> line_length;  // per shape
  std::vector<SegmentInfo> segments;
  bgi::rtree<SegmentEntry, bgi::rstar<16>> tree;
};

EdgeSnapper::EdgeSnapper(const std::vector<EdgeShape>& shapes, double max_snap_m)
    : impl_(std::make_unique<const Impl>(shapes, max_snap_m)) {}
EdgeSnapper::~EdgeSnapper() = default;
EdgeSnapper::EdgeSnapper(EdgeSnapper&&) noexcept = default;
EdgeSnapper& EdgeSnapper::operator=(EdgeSnapper&&) noexcept = default;

EdgePosition EdgeSnapper::Snap(geo::LonLat p) const {
  const Point q = impl_->projection.Forward(p);
  // The query hands out entries it may hold only while it runs: keep a copy.
  std::optional<SegmentEntry> best;
  double best_distance = std::numeric_limits<double>::infinity();
  auto keep_nearest = [&](const SegmentEntry& candidate) {
    const double d = bg::comparable_distance(q, candidate.first);
    if (!best || d < best_distance || (d == best_distance && candidate.second < best->second)) {
      best = candidate;
      best_distance = d;
    }
  };
  impl_->tree.query(bgi::nearest(q, kCandidates), boost::make_function_output_iterator(keep_nearest));
  if (!best) return {};
  const SegmentInfo& info = impl_->segments[best->second];
  const Segment& s = best->first;
  const double share = FootShare(s, q);
  const Point foot(s.first.get<0>() + share * (s.second.get<0>() - s.first.get<0>()),
                   s.first.get<1>() + share * (s.second.get<1>() - s.first.get<1>()));
  EdgePosition at = impl_->edges[info.shape];
  at.snap_m = geo::DistanceMeters(p, impl_->projection.Inverse(foot));
  if (at.snap_m > impl_->max_snap_m) return {};
  const double total = impl_->line_length[info.shape];
  at.fraction = total > 0 ? std::clamp((info.offset_m + share * info.length_m) / total, 0.0, 1.0) : 0.0;
  return at;
}

}  // namespace sanwang::circles
