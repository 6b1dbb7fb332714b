// "What is within 15 minutes of here?" — the point query of the residents' nearby-services
// page: snap a location onto the walking network, run ONE bounded forward search from it,
// and list every facility within the walk, nearest first.
//
// The stored network keeps its graph and points but not the polylines of its stretches,
// so a queried location is snapped onto the straight line between a stretch's ends (the
// walk along the stretch is still its true length, shared in proportion). Homes and
// facilities themselves were snapped on the real polylines at import.
//
// Built once per stored network (the server keeps one in memory); immutable, so Nearby may
// run on any number of threads at once, each with its own NearbyWorkspace.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "circles/bounded_search.h"
#include "circles/edge_snapper.h"
#include "circles/point_anchor.h"
#include "circles/walk_network.h"

namespace sanwang::circles {

struct NearbyFacility {
  std::uint32_t facility = 0;  // index into the network's points.facilities
  double metres = 0;           // walk from the point, both snaps included
};

struct NearbyResult {
  EdgePosition at;                         // where the point met the network
  std::vector<NearbyFacility> facilities;  // within the bound, nearest first (then by index)
};

// What one thread reuses from query to query.
class NearbyWorkspace {
 public:
  explicit NearbyWorkspace(const WalkNetwork& network)
      : search(network.graph.node_count()), best(network.points.facilities.size(), kUnreached) {}

 private:
  friend class PointQuery;
  BoundedSearch search;
  std::vector<double> best;            // per facility, during a query
  std::vector<std::uint32_t> touched;  // facilities with a finite best
};

class PointQuery {
 public:
  // Borrows the network, which must outlive it. Snaps onto the largest part only when
  // `largest_component_only`, as the import does. `longest_walk_m`: the longest bound
  // queries are expected to ask for; queries up to it skip, in their search, the nodes
  // from which no facility lies within the rest of the walk (bounded_search.h), which
  // needs one search from every facility here, up to that bound. Longer queries are
  // answered as well, without that help.
  PointQuery(const WalkNetwork& network, double max_snap_m, bool largest_component_only,
             double longest_walk_m = 0);

  const WalkNetwork& network() const { return network_; }
  // Snaps `where` and lists the facilities within bound_m metres of walking.
  NearbyResult Nearby(geo::LonLat where, double bound_m, NearbyWorkspace& space) const;
  // The same from a position already on the network (off it: nothing).
  NearbyResult NearbyFrom(const EdgePosition& at, double bound_m, NearbyWorkspace& space) const;

  // One entry per stretch: a two-way stretch's two edges appear once (the lower id).
  const std::vector<EdgeShape>& stretches() const { return stretches_; }

 private:
  struct Arrival {
    std::uint32_t facility = 0;
    double arrive_m = 0;  // from the node to the facility
  };
  void IndexFacilities();
  void WalkToNearestFacility();
  void Collect(const EdgePosition& at, double bound_m, NearbyWorkspace& space) const;
  template <typename Offer>
  void OfferSameStretch(const Anchor& from, Offer& offer) const;

  const WalkNetwork& network_;
  std::vector<EdgeShape> stretches_;
  EdgeSnapper snapper_;
  std::vector<Anchor> anchors_;                            // per facility
  std::vector<std::uint32_t> first_arrival_;               // node_count + 1 offsets
  std::vector<Arrival> arrivals_;                          // grouped by node
  std::vector<std::pair<EdgeId, std::uint32_t>> on_edge_;  // (edge, facility), sorted
  double longest_walk_m_ = 0;
  std::vector<double> to_facility_;  // per node, the walk to the nearest facility within longest_walk_m_
};

// The stretches of a graph as straight lines between their ends, each once.
std::vector<EdgeShape> StraightStretches(const WalkGraph& graph);

}  // namespace sanwang::circles
