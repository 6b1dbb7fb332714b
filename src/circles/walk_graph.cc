#include "circles/walk_graph.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sanwang::circles {
namespace {

// Union-find over node ids, with path halving and union by size.
class DisjointSets {
 public:
  explicit DisjointSets(std::uint32_t n) : parent_(n), size_(n, 1) {
    std::iota(parent_.begin(), parent_.end(), 0u);
  }
  std::uint32_t Find(std::uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(std::uint32_t a, std::uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
  }
  std::uint32_t SizeOfRoot(std::uint32_t root) const { return size_[root]; }

 private:
  std::vector<std::uint32_t> parent_;
  std::vector<std::uint32_t> size_;
};

Status Corrupt(const std::string& what) { return {ErrorCode::kDataLoss, "walking graph: " + what}; }

}  // namespace

NodeCoord ToNodeCoord(geo::LonLat p) {
  return {static_cast<std::int32_t>(std::lround(p.lon * 1e7)),
          static_cast<std::int32_t>(std::lround(p.lat * 1e7))};
}

geo::LonLat ToLonLat(NodeCoord c) { return {c.lon_e7 / 1e7, c.lat_e7 / 1e7}; }

float QuantizeLength(double metres) { return static_cast<float>(std::round(metres * 1024.0) / 1024.0); }

WalkGraph WalkGraph::Build(std::vector<NodeCoord> nodes, const std::vector<EdgeSpec>& edges,
                           std::vector<EdgeId>* ids) {
  WalkGraph g;
  g.coords_ = std::move(nodes);
  const std::size_t n = g.coords_.size();
  g.first_out_.assign(n + 1, 0);
  for (const EdgeSpec& e : edges) ++g.first_out_[e.source + 1];
  std::partial_sum(g.first_out_.begin(), g.first_out_.end(), g.first_out_.begin());
  // Stable placement by source, then each row sorted by (target, length, input position).
  std::vector<std::uint32_t> order(edges.size());
  std::vector<std::uint32_t> next(g.first_out_.begin(), g.first_out_.end() - 1);
  for (std::uint32_t i = 0; i < edges.size(); ++i) order[next[edges[i].source]++] = i;
  for (std::size_t u = 0; u < n; ++u) {
    std::sort(order.begin() + g.first_out_[u], order.begin() + g.first_out_[u + 1],
              [&edges](std::uint32_t a, std::uint32_t b) {
                if (edges[a].target != edges[b].target) return edges[a].target < edges[b].target;
                if (edges[a].length_m != edges[b].length_m) return edges[a].length_m < edges[b].length_m;
                return a < b;
              });
  }
  g.out_.resize(edges.size());
  if (ids != nullptr) ids->assign(edges.size(), kNoId);
  for (std::uint32_t e = 0; e < order.size(); ++e) {
    g.out_[e] = {edges[order[e]].target, edges[order[e]].length_m};
    if (ids != nullptr) (*ids)[order[e]] = e;
  }
  g.Finish();
  return g;
}

Result<WalkGraph> WalkGraph::FromCsr(std::vector<NodeCoord> nodes, std::vector<std::uint32_t> first_out,
                                     std::vector<NodeId> target, std::vector<float> length) {
  if (first_out.size() != nodes.size() + 1 || first_out.front() != 0 || first_out.back() != target.size() ||
      length.size() != target.size()) {
    return Corrupt("array sizes disagree");
  }
  if (!std::is_sorted(first_out.begin(), first_out.end())) return Corrupt("row offsets decrease");
  for (std::size_t e = 0; e < target.size(); ++e) {
    if (target[e] >= nodes.size()) return Corrupt("edge " + std::to_string(e) + " points past the last node");
    if (!std::isfinite(length[e]) || length[e] < 0)
      return Corrupt("edge " + std::to_string(e) + " has a bad length");
  }
  WalkGraph g;
  g.coords_ = std::move(nodes);
  g.first_out_ = std::move(first_out);
  g.out_.resize(target.size());
  for (std::size_t e = 0; e < target.size(); ++e) g.out_[e] = {target[e], length[e]};
  g.Finish();
  return g;
}

NodeId WalkGraph::Source(EdgeId e) const {
  auto it = std::upper_bound(first_out_.begin(), first_out_.end(), e);
  return static_cast<NodeId>(it - first_out_.begin() - 1);
}

std::vector<NodeId> WalkGraph::targets() const {
  std::vector<NodeId> out(out_.size());
  for (std::size_t e = 0; e < out_.size(); ++e) out[e] = out_[e].node;
  return out;
}

std::vector<float> WalkGraph::lengths() const {
  std::vector<float> out(out_.size());
  for (std::size_t e = 0; e < out_.size(); ++e) out[e] = out_[e].length_m;
  return out;
}

std::size_t WalkGraph::MemoryBytes() const {
  return coords_.size() * sizeof(NodeCoord) + (first_out_.size() + first_in_.size()) * sizeof(std::uint32_t) +
         (out_.size() + in_.size()) * sizeof(EdgeEnd) + in_largest_.size();
}

void WalkGraph::Finish() {
  BuildReverse();
  LabelComponents();
}

void WalkGraph::BuildReverse() {
  const std::size_t n = coords_.size();
  first_in_.assign(n + 1, 0);
  for (const EdgeEnd& e : out_) ++first_in_[e.node + 1];
  std::partial_sum(first_in_.begin(), first_in_.end(), first_in_.begin());
  std::vector<std::uint32_t> next(first_in_.begin(), first_in_.end() - 1);
  in_.resize(out_.size());
  for (NodeId u = 0; u < n; ++u) {
    for (EdgeId e = first_out_[u]; e < first_out_[u + 1]; ++e)
      in_[next[out_[e].node]++] = {u, out_[e].length_m};
  }
}

void WalkGraph::LabelComponents() {
  const std::uint32_t n = node_count();
  DisjointSets sets(n);
  for (NodeId u = 0; u < n; ++u) {
    for (EdgeId e = first_out_[u]; e < first_out_[u + 1]; ++e) sets.Union(u, out_[e].node);
  }
  components_ = {};
  std::uint32_t largest_root = kNoId;
  std::vector<std::uint32_t> sizes;
  for (NodeId u = 0; u < n; ++u) {
    if (sets.Find(u) != u) continue;
    sizes.push_back(sets.SizeOfRoot(u));
    if (largest_root == kNoId || sets.SizeOfRoot(u) > sets.SizeOfRoot(largest_root)) largest_root = u;
  }
  in_largest_.assign(n, 0);
  if (largest_root == kNoId) return;
  for (NodeId u = 0; u < n; ++u) in_largest_[u] = sets.Find(u) == largest_root ? 1 : 0;
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  components_.count = static_cast<std::uint32_t>(sizes.size());
  components_.largest_nodes = sizes.front();
  components_.island_nodes.assign(sizes.begin() + 1, sizes.end());
}

}  // namespace sanwang::circles
