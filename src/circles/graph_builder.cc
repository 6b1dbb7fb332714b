#include "circles/graph_builder.h"

#include <algorithm>
#include <limits>

namespace sanwang::circles {
namespace {

// The OSM ids that become graph nodes, sorted.
std::vector<std::int64_t> GraphNodeIds(const std::vector<WalkWay>& ways) {
  std::vector<std::int64_t> refs;
  std::vector<std::int64_t> ids;
  for (const WalkWay& w : ways) {
    refs.insert(refs.end(), w.nodes.begin(), w.nodes.end());
    ids.push_back(w.nodes.front());
    ids.push_back(w.nodes.back());
  }
  std::sort(refs.begin(), refs.end());
  for (std::size_t i = 0; i + 1 < refs.size(); ++i) {
    if (refs[i] == refs[i + 1]) ids.push_back(refs[i]);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Interleaves the bits of two 16-bit numbers.
std::uint32_t Morton(std::uint32_t x, std::uint32_t y) {
  auto spread = [](std::uint32_t v) {
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    return (v | (v << 1)) & 0x55555555u;
  };
  return spread(x) | (spread(y) << 1);
}

// rank[i]: the graph node id of the i-th OSM id, in Z-order of the coordinates.
std::vector<NodeId> ZOrderRanks(const std::vector<geo::LonLat>& coords) {
  geo::LonLat lo{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
  geo::LonLat hi{-lo.lon, -lo.lat};
  for (const geo::LonLat& p : coords) {
    lo = {std::min(lo.lon, p.lon), std::min(lo.lat, p.lat)};
    hi = {std::max(hi.lon, p.lon), std::max(hi.lat, p.lat)};
  }
  auto cell = [](double v, double min, double max) {
    return max > min ? static_cast<std::uint32_t>((v - min) / (max - min) * 65535.0) : 0u;
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> keyed(coords.size());
  for (std::uint32_t i = 0; i < coords.size(); ++i) {
    keyed[i] = {Morton(cell(coords[i].lon, lo.lon, hi.lon), cell(coords[i].lat, lo.lat, hi.lat)), i};
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<NodeId> rank(coords.size());
  for (std::uint32_t r = 0; r < keyed.size(); ++r) rank[keyed[r].second] = r;
  return rank;
}

class Builder {
 public:
  explicit Builder(const std::vector<WalkWay>& ways) : ids_(GraphNodeIds(ways)), coords_(ids_.size()) {
    for (const WalkWay& w : ways) {
      for (std::size_t i = 0; i < w.nodes.size(); ++i) {
        if (std::size_t k = IndexOf(w.nodes[i]); k != kNoIndex) coords_[k] = w.coords[i];
      }
    }
    rank_ = ZOrderRanks(coords_);
    for (const WalkWay& w : ways) AddWay(w);
  }

  BuiltGraph Finish() && {
    std::vector<NodeCoord> nodes(coords_.size());
    for (std::size_t k = 0; k < coords_.size(); ++k) nodes[rank_[k]] = ToNodeCoord(coords_[k]);
    std::vector<EdgeId> ids;
    BuiltGraph built{WalkGraph::Build(std::move(nodes), specs_, &ids), std::move(shapes_)};
    for (EdgeShape& s : built.shapes) {
      s.edge = ids[s.edge];
      if (s.twin != kNoId) s.twin = ids[s.twin];
    }
    return built;
  }

 private:
  static constexpr std::size_t kNoIndex = std::numeric_limits<std::size_t>::max();

  std::size_t IndexOf(std::int64_t osm_id) const {
    auto it = std::lower_bound(ids_.begin(), ids_.end(), osm_id);
    return it != ids_.end() && *it == osm_id ? static_cast<std::size_t>(it - ids_.begin()) : kNoIndex;
  }

  void AddWay(const WalkWay& w) {
    std::size_t start = 0;
    for (std::size_t i = 1; i < w.nodes.size(); ++i) {
      if (IndexOf(w.nodes[i]) == kNoIndex) continue;
      AddStretch(w, start, i);
      start = i;
    }
  }

  // The stretch of `w` from position `from` to `to`, both graph nodes.
  void AddStretch(const WalkWay& w, std::size_t from, std::size_t to) {
    std::vector<geo::LonLat> line(w.coords.begin() + static_cast<std::ptrdiff_t>(from),
                                  w.coords.begin() + static_cast<std::ptrdiff_t>(to) + 1);
    double length = 0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) length += geo::DistanceMeters(line[i], line[i + 1]);
    const NodeId a = rank_[IndexOf(w.nodes[from])], b = rank_[IndexOf(w.nodes[to])];
    if (a == b && length == 0) return;  // a repeated node
    const float stored = QuantizeLength(length);
    if (w.direction == WalkDirection::kBackward) std::reverse(line.begin(), line.end());
    const bool backward = w.direction == WalkDirection::kBackward;
    EdgeShape shape{AddSpec(backward ? b : a, backward ? a : b, stored), kNoId, std::move(line)};
    if (w.direction == WalkDirection::kBoth) shape.twin = AddSpec(b, a, stored);
    shapes_.push_back(std::move(shape));
  }

  EdgeId AddSpec(NodeId source, NodeId target, float length) {
    specs_.push_back({source, target, length});
    return static_cast<EdgeId>(specs_.size() - 1);  // replaced by the graph's id in Finish
  }

  std::vector<std::int64_t> ids_;    // OSM ids of the graph nodes, sorted
  std::vector<geo::LonLat> coords_;  // by position in ids_
  std::vector<NodeId> rank_;         // position in ids_ -> graph node id
  std::vector<EdgeSpec> specs_;
  std::vector<EdgeShape> shapes_;
};

}  // namespace

BuiltGraph BuildWalkGraph(const std::vector<WalkWay>& ways) { return Builder(ways).Finish(); }

}  // namespace sanwang::circles
