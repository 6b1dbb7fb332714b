// The points the circles analysis is about — homes (residential points with a population
// weight) and facilities (one type each) — and where each meets the walking network.
//
// A point is snapped to the nearest point of the nearest walkable edge, not to a node: it
// lies on `edge` at `fraction` of its length from the edge's source, `snap_m` metres from
// where the point really is. On a two-way stretch `twin` is the edge running the other
// way (same ends, same length); on a one-way stretch it is kNoId, and the point can then
// only be left towards the edge's target and reached from its source. A point farther
// than the maximum snap distance from every edge is off the network (edge == kNoId).
//
// Plain values.
#pragma once

#include <string>
#include <vector>

#include "circles/walk_graph.h"
#include "geo/geometry.h"

namespace sanwang::circles {

struct EdgePosition {
  EdgeId edge = kNoId;
  EdgeId twin = kNoId;
  double fraction = 0;
  double snap_m = 0;

  bool on_network() const { return edge != kNoId; }
};

struct Home {
  std::string id;  // "w123" for an OSM building way, else the imported CSV's id
  geo::LonLat where;
  double weight = 1;  // people
  EdgePosition at;
};

struct Facility {
  std::string id;    // "n123" / "w123" for OSM objects, else the imported CSV's id
  std::string type;  // a facility type of config/facility-tags.csv
  geo::LonLat where;
  std::string name;  // OSM name=*, or the CSV's name column; may be empty
  EdgePosition at;
};

struct NetworkPoints {
  std::vector<Home> homes;
  std::vector<Facility> facilities;
};

}  // namespace sanwang::circles
