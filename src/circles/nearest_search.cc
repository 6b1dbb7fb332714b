#include "circles/nearest_search.h"

#include <algorithm>

namespace sanwang::circles {

void SeedFacilities(std::span<const Anchor> facilities, BoundedSearch& search) {
  for (const Anchor& f : facilities) {
    if (!f.on_network()) continue;
    search.Seed(f.source, f.FromSource());
    if (f.two_way) search.Seed(f.target, f.FromTarget());
  }
}

std::vector<double> WalkFromNearestHome(const WalkGraph& graph, const HomeIndex& homes, double bound_m,
                                        BoundedSearch& search) {
  search.Clear();
  for (std::uint32_t h = 0; h < homes.size(); ++h) {
    const HomeLeg& leg = homes.leg(h);
    if (leg.to_target != kUnreached) search.Seed(leg.target, leg.to_target);
    if (leg.to_source != kUnreached) search.Seed(leg.source, leg.to_source);
  }
  search.Run(graph, SearchDirection::kForward, bound_m);
  std::vector<double> walk(graph.node_count(), kUnreached);
  for (NodeId n : search.Reached()) walk[n] = search.Distance(n);
  search.Clear();
  return walk;
}

std::vector<double> NearestFacilityMeters(const WalkGraph& graph, const HomeIndex& homes,
                                          std::span<const Anchor> facilities, double bound_m,
                                          std::span<const double> from_homes, BoundedSearch& search) {
  search.Clear();
  SeedFacilities(facilities, search);
  search.Run(graph, SearchDirection::kBackward, bound_m, from_homes);
  const auto distance = [&search](NodeId n) { return search.Distance(n); };
  std::vector<double> nearest(homes.size());
  for (std::uint32_t h = 0; h < homes.size(); ++h) nearest[h] = homes.leg(h).Via(distance);
  for (const Anchor& f : facilities) {
    if (!f.on_network()) continue;
    for (std::uint32_t h : homes.OnEdge(f.edge))
      nearest[h] = std::min(nearest[h], DirectMeters(homes.anchor(h), f));
  }
  for (double& m : nearest) {
    if (m > bound_m) m = kUnreached;
  }
  search.Clear();
  return nearest;
}

}  // namespace sanwang::circles
