// Dijkstra's shortest-path search over the walking graph, from any number of seeded nodes,
// stopped at a distance bound: the engine of every circles computation.
//
// Forward, the distance of a node is how far it is from the nearest seed (plus the seed's
// starting value); backward, how far it is TO the nearest seed, following edges against
// their direction: that is what the nearest-facility search needs, since residents walk
// from their homes to the facilities. Only nodes within the bound are labelled, and every
// labelled node has its exact shortest distance once Run returns (a node within the bound
// is reached along a path whose every prefix is within it).
//
// A search may also be given, per node, a lower bound on the walk still needed beyond
// that node to reach anything the caller wants (`rest`: e.g. the walk from the nearest
// home, for a search that counts homes). A node whose distance plus its rest exceeds the
// bound leads to nothing wanted within the bound, so it is left unlabelled and its edges
// unread. Everything wanted within the bound keeps its exact distance: every node on a
// shortest walk to it passes the test. On a network whose homes fill only part of it,
// most of the graph is then never touched.
//
// The queue is a bucket queue over [0, bound] (bucket_queue.h), and a node's edges are
// prefetched when it is queued, so that settling it does not wait on memory: on large
// networks the search is bound by memory latency, not arithmetic.
//
// A BoundedSearch is a reusable workspace sized to one graph: one per thread. Clear costs
// only as much as the last search touched; nothing is allocated once the workspace has
// served one search.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "circles/bucket_queue.h"
#include "circles/walk_graph.h"
#include "circles/walk_time.h"

namespace sanwang::circles {

enum class SearchDirection { kForward, kBackward };

class BoundedSearch {
 public:
  explicit BoundedSearch(std::uint32_t node_count) : dist_(node_count, kUnreached) {}

  // Forgets the last search.
  void Clear();
  // Starts node n at distance d (the smaller, when seeded twice). Seeds beyond the bound
  // given to Run are ignored.
  void Seed(NodeId n, double d) {
    if (d >= dist_[n]) return;
    if (dist_[n] == kUnreached) reached_.push_back(n);
    dist_[n] = d;
  }
  // `rest`: empty, or one lower bound per node as above (kUnreached: nothing wanted
  // within the bound lies beyond the node).
  void Run(const WalkGraph& graph, SearchDirection direction, double bound_m,
           std::span<const double> rest = {});

  // kUnreached when beyond the bound or not connected (or cut off by `rest`).
  double Distance(NodeId n) const { return dist_[n]; }
  // Every node with a distance, each once, in no particular order.
  const std::vector<NodeId>& Reached() const { return reached_; }

 private:
  template <SearchDirection kDirection, bool kRest>
  void Settle(const WalkGraph& graph, double bound_m, const double* rest);
  [[gnu::always_inline]] void Improve(NodeId n, double d) {
    if (dist_[n] == kUnreached) reached_.push_back(n);
    dist_[n] = d;
    queue_.Push(d, n);
  }
  void StartQueue(double bound_m);

  std::vector<double> dist_;
  BucketQueue queue_;            // with stale entries, skipped when taken out
  std::vector<NodeId> reached_;  // the seeds first, until Run
};

}  // namespace sanwang::circles
