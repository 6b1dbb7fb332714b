#include "circles/point_query.h"

#include <algorithm>
#include <numeric>

namespace sanwang::circles {
namespace {

// The edge running back from `e`'s target to its source with the same length, if any.
EdgeId TwinOf(const WalkGraph& graph, EdgeId e) {
  const NodeId source = graph.Source(e), target = graph.Target(e);
  for (EdgeId r = graph.OutBegin(target); r < graph.OutEnd(target); ++r) {
    if (graph.Target(r) == source && graph.Length(r) == graph.Length(e) && (r != e || source == target))
      return r;
  }
  return kNoId;
}

std::vector<EdgeShape> KeptForSnapping(const WalkGraph& graph, const std::vector<EdgeShape>& all,
                                       bool largest_component_only) {
  if (!largest_component_only) return all;
  std::vector<EdgeShape> kept;
  for (const EdgeShape& s : all) {
    if (graph.InLargestComponent(graph.Target(s.edge))) kept.push_back(s);
  }
  return kept;
}

}  // namespace

std::vector<EdgeShape> StraightStretches(const WalkGraph& graph) {
  std::vector<EdgeShape> out;
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    for (EdgeId e = graph.OutBegin(n); e < graph.OutEnd(n); ++e) {
      const EdgeId twin = TwinOf(graph, e);
      if (twin != kNoId && twin < e) continue;
      out.push_back({e, twin, {graph.Location(n), graph.Location(graph.Target(e))}});
    }
  }
  return out;
}

PointQuery::PointQuery(const WalkNetwork& network, double max_snap_m, bool largest_component_only,
                       double longest_walk_m)
    : network_(network),
      stretches_(StraightStretches(network.graph)),
      snapper_(KeptForSnapping(network.graph, stretches_, largest_component_only), max_snap_m),
      longest_walk_m_(longest_walk_m) {
  IndexFacilities();
  if (longest_walk_m_ > 0) WalkToNearestFacility();
}

// One backward search from every facility: per node, the walk to the nearest one, the
// least any query's walk must still cover beyond that node to find anything.
void PointQuery::WalkToNearestFacility() {
  BoundedSearch search(network_.graph.node_count());
  for (const Anchor& a : anchors_) {
    if (!a.on_network()) continue;
    search.Seed(a.source, a.FromSource());
    if (a.two_way) search.Seed(a.target, a.FromTarget());
  }
  search.Run(network_.graph, SearchDirection::kBackward, longest_walk_m_);
  to_facility_.assign(network_.graph.node_count(), kUnreached);
  for (NodeId n : search.Reached()) to_facility_[n] = search.Distance(n);
}

// Per node, the facilities reached from it along their own stretch (the last leg of
// every walk to them), so that a query visits only what its search reached.
void PointQuery::IndexFacilities() {
  const WalkGraph& graph = network_.graph;
  for (const Facility& f : network_.points.facilities) anchors_.push_back(AnchorOf(graph, f.at));
  first_arrival_.assign(graph.node_count() + 1, 0);
  for (const Anchor& a : anchors_) {
    if (!a.on_network()) continue;
    ++first_arrival_[a.source + 1];
    if (a.two_way) ++first_arrival_[a.target + 1];
  }
  std::partial_sum(first_arrival_.begin(), first_arrival_.end(), first_arrival_.begin());
  arrivals_.resize(first_arrival_.back());
  std::vector<std::uint32_t> next(first_arrival_.begin(), first_arrival_.end() - 1);
  for (std::uint32_t f = 0; f < anchors_.size(); ++f) {
    const Anchor& a = anchors_[f];
    if (!a.on_network()) continue;
    arrivals_[next[a.source]++] = {f, a.FromSource()};
    if (a.two_way) arrivals_[next[a.target]++] = {f, a.FromTarget()};
    on_edge_.emplace_back(a.edge, f);
  }
  std::sort(on_edge_.begin(), on_edge_.end());
}

template <typename Offer>
void PointQuery::OfferSameStretch(const Anchor& from, Offer& offer) const {
  auto first =
      std::lower_bound(on_edge_.begin(), on_edge_.end(), std::pair<EdgeId, std::uint32_t>(from.edge, 0));
  for (auto it = first; it != on_edge_.end() && it->first == from.edge; ++it)
    offer(it->second, DirectMeters(from, anchors_[it->second]));
}

NearbyResult PointQuery::Nearby(geo::LonLat where, double bound_m, NearbyWorkspace& space) const {
  return NearbyFrom(snapper_.Snap(where), bound_m, space);
}

NearbyResult PointQuery::NearbyFrom(const EdgePosition& at, double bound_m, NearbyWorkspace& space) const {
  NearbyResult result{at, {}};
  if (!at.on_network()) return result;
  Collect(at, bound_m, space);
  for (std::uint32_t f : space.touched) {
    if (space.best[f] <= bound_m) result.facilities.push_back({f, space.best[f]});
    space.best[f] = kUnreached;
  }
  space.touched.clear();
  std::sort(result.facilities.begin(), result.facilities.end(),
            [](const NearbyFacility& a, const NearbyFacility& b) {
              return a.metres < b.metres || (a.metres == b.metres && a.facility < b.facility);
            });
  return result;
}

void PointQuery::Collect(const EdgePosition& at, double bound_m, NearbyWorkspace& space) const {
  const Anchor from = AnchorOf(network_.graph, at);
  auto offer = [&space](std::uint32_t f, double metres) {
    if (metres >= space.best[f]) return;
    if (space.best[f] == kUnreached) space.touched.push_back(f);
    space.best[f] = metres;
  };
  BoundedSearch& search = space.search;
  search.Clear();
  search.Seed(from.target, from.ToTarget());
  if (from.two_way) search.Seed(from.source, from.ToSource());
  search.Run(network_.graph, SearchDirection::kForward, bound_m,
             bound_m <= longest_walk_m_ ? std::span<const double>(to_facility_) : std::span<const double>());
  for (NodeId n : search.Reached()) {
    const double d = search.Distance(n);
    for (std::uint32_t i = first_arrival_[n]; i < first_arrival_[n + 1]; ++i)
      offer(arrivals_[i].facility, d + arrivals_[i].arrive_m);
  }
  OfferSameStretch(from, offer);
  // A facility snapped onto the other edge of a two-way stretch lies on it too.
  if (at.twin != kNoId)
    OfferSameStretch(AnchorOf(network_.graph, {at.twin, at.edge, 1 - at.fraction, at.snap_m}), offer);
  search.Clear();
}

}  // namespace sanwang::circles
