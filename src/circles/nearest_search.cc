#include "circles/nearest_search.h"

#include <algorithm>

namespace sanwang::circles {
namespace {

double ViaEnds(const Anchor& home, const BoundedSearch& search) {
  if (!home.on_network()) return kUnreached;
  double best = home.ToTarget() + search.Distance(home.target);
  if (home.two_way) best = std::min(best, home.ToSource() + search.Distance(home.source));
  return best;
}

}  // namespace

void SeedFacilities(std::span<const Anchor> facilities, BoundedSearch& search) {
  for (const Anchor& f : facilities) {
    if (!f.on_network()) continue;
    search.Seed(f.source, f.FromSource());
    if (f.two_way) search.Seed(f.target, f.FromTarget());
  }
}

std::vector<double> NearestFacilityMeters(const WalkGraph& graph, const HomeIndex& homes,
                                          std::span<const Anchor> facilities, double bound_m,
                                          BoundedSearch& search) {
  search.Clear();
  SeedFacilities(facilities, search);
  search.Run(graph, SearchDirection::kBackward, bound_m);
  std::vector<double> nearest(homes.size());
  for (std::uint32_t h = 0; h < homes.size(); ++h) nearest[h] = ViaEnds(homes.anchor(h), search);
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
