// How many facilities of a type lie within each circle of every home, and with it the walk
// to the nearest of them.
//
// Method: one more bounded search per facility (backward from it, to the largest circle,
// skipping what no home reaches: nearest_search.h), then every home on a stretch the
// search reached gets its exact walk to this facility — the better of its ways out, as
// in nearest_search.h, or straight along the stretch when the facility is on it — and
// counts it in each circle that holds it. Each home is visited once per facility: a
// stretch's homes are visited from its target, or from its source when the search did not
// reach the target (home_index.h). The searches are small (a facility's 15-minute
// neighbourhood), so the counts are exact: the same as counting, for each home, the
// facilities whose walking time is within the circle.
//
// A FacilityCounter is a workspace sized to one graph: one per thread.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "circles/bounded_search.h"
#include "circles/home_index.h"

namespace sanwang::circles {

class FacilityCounter {
 public:
  explicit FacilityCounter(std::uint32_t node_count) : search_(node_count) {}

  // Adds 1 to counts[home * circles.size() + c] for every home within circle c of the
  // facility, and lowers nearest[home] to the home's walk to it when that is shorter (for
  // every home with a walk within the largest circle). Circles are in seconds, increasing.
  // `from_homes`: WalkFromNearestHome for the largest circle, or empty.
  void Count(const WalkGraph& graph, const HomeIndex& homes, const Anchor& facility, double walk_speed_mps,
             std::span<const int> circles, std::span<const double> from_homes,
             std::vector<std::uint32_t>& counts, std::vector<double>& nearest);

 private:
  BoundedSearch search_;
};

}  // namespace sanwang::circles
