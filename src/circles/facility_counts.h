// How many facilities of a type lie within each circle of every home.
//
// Method: one more bounded search per facility (backward from it, to the largest circle),
// then every home that can leave through a reached node, or that shares the facility's
// stretch, gets its exact walk to this facility (the better of its ways out, as in
// nearest_search.h) and counts it in each circle that holds it. The searches are small
// (a facility's 15-minute neighbourhood), and a home is counted at most once per
// facility, so the counts are exact: the same as counting, for each home, the facilities
// whose walking time is within the circle.
//
// A FacilityCounter is a workspace sized to one graph and one set of homes: one per thread.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "circles/bounded_search.h"
#include "circles/home_index.h"

namespace sanwang::circles {

class FacilityCounter {
 public:
  FacilityCounter(std::uint32_t node_count, std::size_t home_count)
      : search_(node_count), best_(home_count, kUnreached), seen_(home_count, 0) {}

  // Adds 1 to counts[home * circles.size() + c] for every home within circle c of the
  // facility. Circles are in seconds, increasing.
  void Count(const WalkGraph& graph, const HomeIndex& homes, const Anchor& facility, double walk_speed_mps,
             std::span<const int> circles, std::vector<std::uint32_t>& counts);

 private:
  void Offer(std::uint32_t home, double metres);

  BoundedSearch search_;
  std::vector<double> best_;  // per home, this facility's walk; valid where seen_
  std::vector<std::uint8_t> seen_;
  std::vector<std::uint32_t> touched_;
};

}  // namespace sanwang::circles
