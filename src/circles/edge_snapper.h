// Snapping points onto the walking network: the nearest point of the nearest edge, found
// through an R-tree of the edges' straight segments (Boost.Geometry, as geo/ does).
//
// Distances are measured in a local equirectangular projection centred on the network,
// which is exact to a fraction of a percent over a district; the snap distance reported
// is the great-circle distance from the point to its foot on the edge. The fraction along
// the edge is the distance walked along the edge's polyline from its source to the foot,
// divided by the polyline's length. Among segments at the same distance the one indexed
// first wins, so a snap never depends on the tree's layout.
//
// Immutable after construction; Snap is safe from any number of threads at once.
#pragma once

#include <memory>
#include <vector>

#include "circles/network_points.h"
#include "geo/geometry.h"

namespace sanwang::circles {

// The polyline of one stretch of the network, from `edge`'s source to its target.
struct EdgeShape {
  EdgeId edge = kNoId;
  EdgeId twin = kNoId;  // the reverse edge of a two-way stretch, else kNoId
  std::vector<geo::LonLat> line;
};

class EdgeSnapper {
 public:
  EdgeSnapper(const std::vector<EdgeShape>& shapes, double max_snap_m);
  ~EdgeSnapper();
  EdgeSnapper(EdgeSnapper&&) noexcept;
  EdgeSnapper& operator=(EdgeSnapper&&) noexcept;
  EdgeSnapper(const EdgeSnapper&) = delete;
  EdgeSnapper& operator=(const EdgeSnapper&) = delete;

  // The position on the nearest edge, or an off-network position (edge == kNoId) when no
  // edge lies within the maximum snap distance.
  EdgePosition Snap(geo::LonLat p) const;

 private:
  struct Impl;  // keeps Boost.Geometry out of this header
  std::unique_ptr<const Impl> impl_;
};

}  // namespace sanwang::circles
