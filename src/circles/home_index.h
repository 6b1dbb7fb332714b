// The homes arranged for the searches: each home's anchor, the homes that can be left
// through each graph node (with the walk from the home to that node), and the homes on
// each stretch (for the walk straight along a shared stretch).
//
// Built once per analysis; immutable, shared by all worker threads.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "circles/network_points.h"
#include "circles/point_anchor.h"

namespace sanwang::circles {

struct HomeExit {
  std::uint32_t home = 0;
  double leave_m = 0;  // from the home to the node: snap and the part of its edge
};

class HomeIndex {
 public:
  HomeIndex(const WalkGraph& graph, const std::vector<Home>& homes);

  std::size_t size() const { return anchors_.size(); }
  const Anchor& anchor(std::uint32_t home) const { return anchors_[home]; }
  // The homes whose shortest way out may pass node n.
  std::span<const HomeExit> ExitsAt(NodeId n) const {
    return {exits_.data() + first_exit_[n], exits_.data() + first_exit_[n + 1]};
  }
  // The homes snapped onto edge e (a stretch's canonical edge), ascending.
  std::span<const std::uint32_t> OnEdge(EdgeId e) const;

 private:
  std::vector<Anchor> anchors_;
  std::vector<std::uint32_t> first_exit_;  // node_count + 1 offsets into exits_
  std::vector<HomeExit> exits_;
  std::vector<std::pair<EdgeId, std::uint32_t>> by_edge_;  // (edge, home), sorted
  std::vector<std::uint32_t> by_edge_home_;                // the homes of by_edge_, same order
};

}  // namespace sanwang::circles
