#include "circles/home_index.h"

#include <algorithm>
#include <numeric>

namespace sanwang::circles {

HomeIndex::HomeIndex(const WalkGraph& graph, const std::vector<Home>& homes) {
  anchors_.reserve(homes.size());
  legs_.reserve(homes.size());
  for (const Home& h : homes) {
    const Anchor& a = anchors_.emplace_back(AnchorOf(graph, h.at));
    legs_.push_back(a.on_network() ? HomeLeg{a.target, a.source, a.ToTarget(), a.ToSource()} : HomeLeg{});
  }
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
  GroupByStretch(graph.node_count());
}

void HomeIndex::GroupByStretch(std::uint32_t node_count) {
  std::vector<bool> two_way;
  for (std::uint32_t i = 0; i < by_edge_.size(); ++i) {
    const Anchor& a = anchors_[by_edge_[i].second];
    if (stretches_.empty() || stretches_.back().edge != a.edge) {
      stretches_.push_back({a.edge, a.source, a.target, i, i});
      two_way.push_back(false);
    }
    stretches_.back().last = i + 1;
    if (a.two_way) two_way.back() = true;
  }
  first_visit_.assign(node_count + 1, 0);
  for (std::uint32_t s = 0; s < stretches_.size(); ++s) {
    ++first_visit_[stretches_[s].target + 1];
    if (two_way[s]) ++first_visit_[stretches_[s].source + 1];
  }
  std::partial_sum(first_visit_.begin(), first_visit_.end(), first_visit_.begin());
  visits_.resize(first_visit_.back());
  std::vector<std::uint32_t> next(first_visit_.begin(), first_visit_.end() - 1);
  for (std::uint32_t s = 0; s < stretches_.size(); ++s) {
    visits_[next[stretches_[s].target]++] = {s, true};
    if (two_way[s]) visits_[next[stretches_[s].source]++] = {s, false};
  }
}

std::span<const std::uint32_t> HomeIndex::OnEdge(EdgeId e) const {
  auto first = std::lower_bound(by_edge_.begin(), by_edge_.end(), std::pair<EdgeId, std::uint32_t>(e, 0));
  auto last = std::lower_bound(first, by_edge_.end(), std::pair<EdgeId, std::uint32_t>(e + 1, 0));
  return {by_edge_home_.data() + (first - by_edge_.begin()), static_cast<std::size_t>(last - first)};
}

}  // namespace sanwang::circles
