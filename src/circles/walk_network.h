// A walking network ready for analysis: the graph and the homes and facilities snapped
// onto it. What an import produces, what the store keeps (serialized by network_codec.h)
// and what the analysis, suggestion and export read.
//
// A plain value; immutable in use, so safe for concurrent reads.
#pragma once

#include "circles/network_points.h"
#include "circles/walk_graph.h"

namespace sanwang::circles {

struct WalkNetwork {
  WalkGraph graph;
  NetworkPoints points;
};

}  // namespace sanwang::circles
