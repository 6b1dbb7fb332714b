#include "circles/search_graph.h"

#include <array>

namespace sanwang::circles {
namespace {

// A float holds every multiple of 1/1024 m exactly only below 2^14 m: bridges must be
// shorter, and are when the bound is.
constexpr double kLongestBoundM = 16384;

class Reducer {
 public:
  Reducer(const WalkGraph& graph, const std::vector<std::uint8_t>& pinned, double bound_m)
      : graph_(graph),
        pinned_(pinned),
        bound_m_(bound_m),
        alive_(graph.node_count(), 1),
        bridged_(graph.node_count(), 0) {}

  // Drops the dead ends and marks the chain nodes; returns how many nodes will have no edges.
  std::uint32_t Mark() {
    DropDeadEnds();
    std::uint32_t gone = 0;
    for (NodeId x = 0; x < graph_.node_count(); ++x) {
      if (alive_[x] && !pinned_[x] && PassThrough(x)) bridged_[x] = 1;
      if (!alive_[x] || bridged_[x]) ++gone;
    }
    return gone;
  }

  WalkGraph Build() const {
    std::vector<EdgeSpec> edges;
    for (NodeId u = 0; u < graph_.node_count(); ++u) {
      if (!alive_[u] || bridged_[u]) continue;
      for (EdgeId e = graph_.OutBegin(u); e < graph_.OutEnd(u); ++e) {
        const NodeId x = graph_.Target(e);
        if (x == u || !alive_[x]) continue;
        Walk(u, x, graph_.Length(e), edges);
      }
    }
    return WalkGraph::Build(graph_.coords(), edges);
  }

 private:
  // The distinct live neighbours of x other than itself, up to three.
  struct Neighbours {
    std::array<NodeId, 3> ids{};
    int count = 0;
    void Add(NodeId n) {
      for (int i = 0; i < count; ++i) {
        if (ids[static_cast<std::size_t>(i)] == n) return;
      }
      if (count < 3) ids[static_cast<std::size_t>(count++)] = n;
    }
  };

  Neighbours NeighboursOf(NodeId x) const {
    Neighbours nb;
    for (EdgeId e = graph_.OutBegin(x); e < graph_.OutEnd(x) && nb.count < 3; ++e) {
      if (graph_.Target(e) != x && alive_[graph_.Target(e)]) nb.Add(graph_.Target(e));
    }
    for (std::uint32_t i = graph_.InBegin(x); i < graph_.InEnd(x) && nb.count < 3; ++i) {
      if (graph_.InSource(i) != x && alive_[graph_.InSource(i)]) nb.Add(graph_.InSource(i));
    }
    return nb;
  }

  void DropDeadEnds() {
    std::vector<NodeId> work;
    for (NodeId x = 0; x < graph_.node_count(); ++x) {
      if (!pinned_[x]) work.push_back(x);
    }
    while (!work.empty()) {
      const NodeId x = work.back();
      work.pop_back();
      if (!alive_[x] || pinned_[x]) continue;
      const Neighbours nb = NeighboursOf(x);
      if (nb.count > 1) continue;
      alive_[x] = 0;
      if (nb.count == 1 && !pinned_[nb.ids[0]]) work.push_back(nb.ids[0]);
    }
  }

  // Two live neighbours, and at most one edge each way with each (self-loops aside).
  bool PassThrough(NodeId x) const {
    const Neighbours nb = NeighboursOf(x);
    if (nb.count != 2) return false;
    std::array<int, 4> edges{};  // out to the first, out to the second, in from the first, in from the second
    for (EdgeId e = graph_.OutBegin(x); e < graph_.OutEnd(x); ++e) {
      if (graph_.Target(e) != x) ++edges[graph_.Target(e) == nb.ids[0] ? 0 : 1];
    }
    for (std::uint32_t i = graph_.InBegin(x); i < graph_.InEnd(x); ++i) {
      if (graph_.InSource(i) != x) ++edges[graph_.InSource(i) == nb.ids[0] ? 2 : 3];
    }
    return edges[0] <= 1 && edges[1] <= 1 && edges[2] <= 1 && edges[3] <= 1;
  }

  // The edge u→x, continued through the chain of bridged nodes that x may start, to the
  // first node that is kept; nothing when the chain cannot be walked this way, comes back
  // to u (a loop is on no shortest walk) or is longer than the bound. A chain is a path:
  // the walk ends within as many steps as there are nodes.
  void Walk(NodeId u, NodeId x, double metres, std::vector<EdgeSpec>& edges) const {
    NodeId previous = u;
    for (std::uint32_t steps = 0; bridged_[x] && steps < graph_.node_count(); ++steps) {
      const Neighbours nb = NeighboursOf(x);
      const NodeId next = nb.ids[0] == previous ? nb.ids[1] : nb.ids[0];
      EdgeId onward = kNoId;
      for (EdgeId e = graph_.OutBegin(x); e < graph_.OutEnd(x); ++e) {
        if (graph_.Target(e) == next) onward = e;
      }
      if (onward == kNoId) return;
      metres += graph_.Length(onward);
      previous = x;
      x = next;
      if (x == u) return;
    }
    if (x == u || bridged_[x] || metres > bound_m_) return;
    edges.push_back({u, x, static_cast<float>(metres)});
  }

  const WalkGraph& graph_;
  const std::vector<std::uint8_t>& pinned_;
  double bound_m_;
  std::vector<std::uint8_t> alive_;
  std::vector<std::uint8_t> bridged_;
};

}  // namespace

std::optional<WalkGraph> ReduceForSearch(const WalkGraph& graph, const std::vector<std::uint8_t>& pinned,
                                         double bound_m, double min_share) {
  if (!(bound_m < kLongestBoundM)) return std::nullopt;
  Reducer reducer(graph, pinned, bound_m);
  const std::uint32_t gone = reducer.Mark();
  if (gone < min_share * graph.node_count()) return std::nullopt;
  return reducer.Build();
}

}  // namespace sanwang::circles
