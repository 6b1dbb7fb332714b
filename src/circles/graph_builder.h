// Turns walkable OSM ways into the compact walking graph: graph nodes are the ends of ways
// and the OSM nodes shared by several ways (or met twice by one); the OSM nodes between
// them only shape the edge, whose length is the length of that polyline. A stretch
// between two graph nodes becomes one edge each way it may be walked.
//
// Graph node ids follow a Z-order (Morton) curve over the coordinates, so that nodes near
// each other on the map are near each other in memory and the searches stay in cache.
//
// Pure function of its input; deterministic.
#pragma once

#include <cstdint>
#include <vector>

#include "circles/edge_snapper.h"
#include "circles/walk_graph.h"
#include "circles/walk_rules.h"
#include "geo/geometry.h"

namespace sanwang::circles {

struct WalkWay {
  std::int64_t id = 0;
  WalkDirection direction = WalkDirection::kBoth;
  std::vector<std::int64_t> nodes;  // OSM node ids, in the way's order
  std::vector<geo::LonLat> coords;  // their locations
};

struct BuiltGraph {
  WalkGraph graph;
  std::vector<EdgeShape> shapes;  // one per stretch, for snapping
};

BuiltGraph BuildWalkGraph(const std::vector<WalkWay>& ways);

}  // namespace sanwang::circles
