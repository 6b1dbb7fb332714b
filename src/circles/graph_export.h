// `sanwang circles export-graph DIR` (docs/architecture.md §11): the walking network and the snapped
// points as CSV, so that anyone can check the results with another tool (pgRouting, a
// script): the same graph, the same points, the same parameters.
//
//   nodes.csv   id,lon,lat                 graph nodes (ids are the graph's)
//   edges.csv   id,source,target,length_m  directed; a two-way stretch is two edges
//   points.csv  kind,id,type,edge_id,fraction,snap_m,lon,lat
//               kind home|facility; type empty for homes; edge_id and fraction empty
//               off the network; fraction along the edge from source to target; lon,lat
//               the point itself (the network is snap_m away). A point on a two-way
//               stretch may also be left or reached through the reverse edge: the edge
//               with source and target swapped and the same length.
//   params.csv  walk_speed_mps,circle_seconds  one row per circle, largest last
//
// Lengths, fractions and snap distances are written exactly (number_text.h). Pure
// functions returning the files' text.
#pragma once

#include <string>

#include "circles/circles_config.h"
#include "circles/walk_network.h"

namespace sanwang::circles {

std::string NodesCsv(const WalkGraph& graph);
std::string EdgesCsv(const WalkGraph& graph);
std::string PointsCsv(const NetworkPoints& points);
std::string ParamsCsv(const CirclesConfig& config);

}  // namespace sanwang::circles
