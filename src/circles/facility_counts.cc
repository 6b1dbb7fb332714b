#include "circles/facility_counts.h"

#include <algorithm>

#include "circles/nearest_search.h"

namespace sanwang::circles {

void FacilityCounter::Count(const WalkGraph& graph, const HomeIndex& homes, const Anchor& facility,
                            double walk_speed_mps, std::span<const int> circles,
                            std::span<const double> from_homes, std::vector<std::uint32_t>& counts,
                            std::vector<double>& nearest) {
  if (!facility.on_network()) return;
  const double bound_m = SearchBoundMeters(circles.back(), walk_speed_mps);
  search_.Clear();
  SeedFacilities(std::span<const Anchor>(&facility, 1), search_);
  search_.Run(graph, SearchDirection::kBackward, bound_m, from_homes);
  const auto distance = [this](NodeId n) { return search_.Distance(n); };
  // Counts home h in every circle its walk of `metres` lies within (the circles are
  // increasing: from the largest down, until one does not hold it).
  const std::size_t per_home = circles.size();
  const auto count = [&](std::uint32_t h, double metres) {
    if (!(metres <= bound_m)) return;
    nearest[h] = std::min(nearest[h], metres);
    std::uint32_t* row = counts.data() + h * per_home;
    for (std::size_t c = per_home; c-- > 0 && WithinSeconds(metres, walk_speed_mps, circles[c]);) ++row[c];
  };
  for (NodeId n : search_.Reached()) {
    for (const StretchVisit& visit : homes.VisitsAt(n)) {
      const StretchHomes& s = homes.stretch(visit.stretch);
      // Visited from its target when reached; the facility's own stretch comes below.
      if ((!visit.at_target && search_.Distance(s.target) != kUnreached) || s.edge == facility.edge) continue;
      for (std::uint32_t h : homes.HomesOf(s)) count(h, homes.leg(h).Via(distance));
    }
  }
  for (std::uint32_t h : homes.OnEdge(facility.edge))
    count(h, std::min(homes.leg(h).Via(distance), DirectMeters(homes.anchor(h), facility)));
}

}  // namespace sanwang::circles
