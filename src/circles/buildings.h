// Buildings as residential points: a footprint's area and centroid, and the number of
// people a building stands for (docs/architecture.md §5: homes from OSM buildings, each standing for a
// number of people).
//
// With weight "floor_area" a building holds levels × footprint ÷ floor area per person
// (levels from building:levels, else the configured default); with "one" every building
// counts 1. Pure functions.
#pragma once

#include <optional>
#include <vector>

#include "circles/circles_config.h"
#include "geo/geometry.h"

namespace sanwang::circles {

struct Footprint {
  geo::LonLat centroid;
  double area_m2 = 0;
};

// Of a closed ring (front() == back()) in either winding, in a local equirectangular
// projection. A degenerate ring (no area) has the mean of its vertices as its centroid.
Footprint FootprintOf(const std::vector<geo::LonLat>& ring);

// building:levels as a number: "5", "3.5"; the first of "2;3". Empty when absent,
// unreadable, or not in (0, 200].
std::optional<double> ParseLevels(const char* value);

double BuildingWeight(const Footprint& footprint, std::optional<double> levels, const HomeSettings& settings);

}  // namespace sanwang::circles
