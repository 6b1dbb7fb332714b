#include "circles/facility_counts.h"

#include <algorithm>

#include "circles/nearest_search.h"

namespace sanwang::circles {

void FacilityCounter::Count(const WalkGraph& graph, const HomeIndex& homes, const Anchor& facility,
                            double walk_speed_mps, std::span<const int> circles,
                            std::vector<std::uint32_t>& counts) {
  if (!facility.on_network()) return;
  const double bound_m = SearchBoundMeters(circles.back(), walk_speed_mps);
  search_.Clear();
  SeedFacilities(std::span<const Anchor>(&facility, 1), search_);
  search_.Run(graph, SearchDirection::kBackward, bound_m);
  for (NodeId n : search_.Reached()) {
    for (const HomeExit& exit : homes.ExitsAt(n)) Offer(exit.home, exit.leave_m + search_.Distance(n));
  }
  for (std::uint32_t h : homes.OnEdge(facility.edge)) Offer(h, DirectMeters(homes.anchor(h), facility));
  for (std::uint32_t h : touched_) {
    for (std::size_t c = 0; c < circles.size(); ++c) {
      if (WithinSeconds(best_[h], walk_speed_mps, circles[c])) ++counts[h * circles.size() + c];
    }
    seen_[h] = 0;
  }
  touched_.clear();
}

void FacilityCounter::Offer(std::uint32_t home, double metres) {
  if (!seen_[home]) {
    seen_[home] = 1;
    best_[home] = metres;
    touched_.push_back(home);
  } else {
    best_[home] = std::min(best_[home], metres);
  }
}

}  // namespace sanwang::circles
