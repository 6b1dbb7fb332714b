#include "circles/home_index.h"

#include <algorithm>
#include <numeric>

namespace sanwang::circles {

HomeIndex::HomeIndex(const WalkGraph& graph, const std::vector<Home>& homes) {
  anchors_.reserve(homes.size());
  for (const Home& h : homes) anchors_.push_back(AnchorOf(graph, h.at));
  first_exit_.assign(graph.node_count() + 1, 0);
  for (const Anchor& a : anchors_) {
    if (!a.on_network()) continue;
    ++first_exit_[a.target + 1];
    if (a.two_way) ++first_exit_[a.source + 1];
  }
  std::partial_sum(first_exit_.begin(), first_exit_.end(), first_exit_.begin());
  exits_.resize(first_exit_.back());
  std::vector<std::uint32_t> next(first_exit_.begin(), first_exit_.end() - 1);
  for (std::uint32_t h = 0; h < anchors_.size(); ++h) {
    const Anchor& a = anchors_[h];
    if (!a.on_network()) continue;
    exits_[next[a.target]++] = {h, a.ToTarget()};
    if (a.two_way) exits_[next[a.source]++] = {h, a.ToSource()};
    by_edge_.emplace_back(a.edge, h);
  }
  std::sort(by_edge_.begin(), by_edge_.end());
  for (const auto& [edge, home] : by_edge_) by_edge_home_.push_back(home);
}

std::span<const std::uint32_t> HomeIndex::OnEdge(EdgeId e) const {
  auto first = std::lower_bound(by_edge_.begin(), by_edge_.end(), std::pair<EdgeId, std::uint32_t>(e, 0));
  auto last = std::lower_bound(first, by_edge_.end(), std::pair<EdgeId, std::uint32_t>(e + 1, 0));
  return {by_edge_home_.data() + (first - by_edge_.begin()), static_cast<std::size_t>(last - first)};
}

}  // namespace sanwang::circles
