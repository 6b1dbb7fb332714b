#include "circles/bounded_search.h"

#include <algorithm>

namespace sanwang::circles {
namespace {

// Buckets per search: a bucket then spans about a metre of a 15-minute walk.
constexpr std::size_t kBuckets = 1024;

// What a node's distance plus its rest may exceed the bound by and still be searched:
// both sums are rounded, by far less than this.
constexpr double kRestSlackM = 1e-6;

}  // namespace

void BoundedSearch::Clear() {
  for (NodeId n : reached_) dist_[n] = kUnreached;
  reached_.clear();
}

void BoundedSearch::Run(const WalkGraph& graph, SearchDirection direction, double bound_m,
                        std::span<const double> rest) {
  StartQueue(bound_m);
  const bool forward = direction == SearchDirection::kForward;
  if (rest.empty()) {
    forward ? Settle<SearchDirection::kForward, false>(graph, bound_m, nullptr)
            : Settle<SearchDirection::kBackward, false>(graph, bound_m, nullptr);
  } else {
    forward ? Settle<SearchDirection::kForward, true>(graph, bound_m, rest.data())
            : Settle<SearchDirection::kBackward, true>(graph, bound_m, rest.data());
  }
}

// Queues the seeds; those beyond the bound lose their distance.
void BoundedSearch::StartQueue(double bound_m) {
  queue_.Reset(bound_m, kBuckets);
  bool dropped = false;
  for (NodeId n : reached_) {
    if (dist_[n] <= bound_m) {
      queue_.Push(dist_[n], n);
    } else {
      dist_[n] = kUnreached;
      dropped = true;
    }
  }
  if (dropped) std::erase_if(reached_, [this](NodeId n) { return dist_[n] == kUnreached; });
}

namespace {

// Asks for a node's edges ahead of reading them. A node's edges are read when it is
// settled, typically thousands of nodes after it was queued: without this the read misses
// the cache on large networks, and the search waits on memory.
template <SearchDirection kDirection>
void Prefetch(const WalkGraph& graph, NodeId n) {
  if constexpr (kDirection == SearchDirection::kForward) {
    __builtin_prefetch(&graph.Out(graph.OutBegin(n)));
  } else {
    __builtin_prefetch(&graph.In(graph.InBegin(n)));
  }
}

}  // namespace

template <SearchDirection kDirection, bool kRest>
void BoundedSearch::Settle(const WalkGraph& graph, double bound_m, const double* rest) {
  constexpr bool kForward = kDirection == SearchDirection::kForward;
  const double limit = bound_m + kRestSlackM;
  while (!queue_.empty()) {
    const BucketQueue::Item top = queue_.Pop();
    const NodeId n = top.value;
    const double d = top.key;
    if (d > dist_[n]) continue;  // stale: n was improved after this entry
    if (const BucketQueue::Item* next = queue_.PeekNext()) Prefetch<kDirection>(graph, next->value);
    const std::uint32_t first = kForward ? graph.OutBegin(n) : graph.InBegin(n);
    const std::uint32_t last = kForward ? graph.OutEnd(n) : graph.InEnd(n);
    for (std::uint32_t i = first; i < last; ++i) {
      const EdgeEnd& e = kForward ? graph.Out(i) : graph.In(i);
      const double through = d + e.length_m;
      if (through > bound_m || through >= dist_[e.node]) continue;
      if constexpr (kRest) {
        if (through + rest[e.node] > limit) continue;
      }
      Improve(e.node, through);
      Prefetch<kDirection>(graph, e.node);
    }
  }
}

}  // namespace sanwang::circles
