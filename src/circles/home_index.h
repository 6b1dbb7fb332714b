// The homes arranged for the searches: each home's anchor and its two ways out (to its
// edge's ends), the homes that can be left through each graph node (with the walk from
// the home to that node), and the homes of each stretch, grouped so that a search visits
// every home once.
//
// Built once per analysis; immutable, shared by all worker threads.
#pragma once

#include <algorithm>
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

// A home's ways onto the network: to its edge's target, and to its source on a two-way
// stretch (else kUnreached). Off the network both are kUnreached.
struct HomeLeg {
  NodeId target = 0;
  NodeId source = 0;
  double to_target = kUnreached;
  double to_source = kUnreached;

  // The walk to whatever a search labelled the ends with (Distance(n) for node n).
  template <typename Distance>
  double Via(const Distance& distance) const {
    return std::min(to_target + distance(target), to_source + distance(source));
  }
};

// The homes snapped onto one stretch (one canonical edge).
struct StretchHomes {
  EdgeId edge = kNoId;
  NodeId source = 0;
  NodeId target = 0;
  std::uint32_t first = 0;  // [first, last) of HomeIndex::HomesOf
  std::uint32_t last = 0;
};

// A search reaches a stretch's homes through its target, or — on a two-way stretch whose
// target it did not reach — through its source. A visit names the stretch and the end.
struct StretchVisit {
  std::uint32_t stretch = 0;
  bool at_target = true;
};

class HomeIndex {
 public:
  HomeIndex(const WalkGraph& graph, const std::vector<Home>& homes);

  std::size_t size() const { return anchors_.size(); }
  const Anchor& anchor(std::uint32_t home) const { return anchors_[home]; }
  const HomeLeg& leg(std::uint32_t home) const { return legs_[home]; }
  // The homes whose shortest way out may pass node n.
  std::span<const HomeExit> ExitsAt(NodeId n) const {
    return {exits_.data() + first_exit_[n], exits_.data() + first_exit_[n + 1]};
  }
  // The homes snapped onto edge e (a stretch's canonical edge), ascending.
  std::span<const std::uint32_t> OnEdge(EdgeId e) const;

  // The stretches that carry homes, and where a search visits them: a stretch is listed
  // at its target, and at its source when one of its homes may leave that way.
  const StretchHomes& stretch(std::uint32_t s) const { return stretches_[s]; }
  std::span<const std::uint32_t> HomesOf(const StretchHomes& s) const {
    return {by_edge_home_.data() + s.first, by_edge_home_.data() + s.last};
  }
  std::span<const StretchVisit> VisitsAt(NodeId n) const {
    return {visits_.data() + first_visit_[n], visits_.data() + first_visit_[n + 1]};
  }

 private:
  void GroupByStretch(std::uint32_t node_count);

  std::vector<Anchor> anchors_;
  std::vector<HomeLeg> legs_;
  std::vector<std::uint32_t> first_exit_;  // node_count + 1 offsets into exits_
  std::vector<HomeExit> exits_;
  std::vector<std::pair<EdgeId, std::uint32_t>> by_edge_;  // (edge, home), sorted
  std::vector<std::uint32_t> by_edge_home_;                // the homes of by_edge_, same order
  std::vector<StretchHomes> stretches_;                    // by edge
  std::vector<std::uint32_t> first_visit_;                 // node_count + 1 offsets into visits_
  std::vector<StretchVisit> visits_;
};

}  // namespace sanwang::circles
