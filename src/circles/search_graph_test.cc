// The reduced search graph (search_graph.h): on networks full of chains, dead ends,
// one-way pieces and pieces of no length, every walk between two pinned nodes within the
// bound is as long as on the full graph, both ways, and the reduction does remove nodes.
#include "circles/search_graph.h"

#include <gtest/gtest.h>

#include "circles/bounded_search.h"
#include "circles/circles_test_support.h"
#include "circles/point_anchor.h"

namespace sanwang::circles {
namespace {

std::vector<std::uint8_t> PinnedByPoints(const WalkNetwork& n) {
  std::vector<std::uint8_t> pinned(n.graph.node_count(), 0);
  auto pin = [&](const EdgePosition& at) {
    if (!at.on_network()) return;
    const Anchor a = AnchorOf(n.graph, at);
    pinned[a.source] = pinned[a.target] = 1;
  };
  for (const Home& h : n.points.homes) pin(h.at);
  for (const Facility& f : n.points.facilities) pin(f.at);
  return pinned;
}

TEST(SearchGraphTest, WalksBetweenPinnedNodesAreThoseOfTheFullGraph) {
  for (std::uint64_t seed : {11, 12, 13}) {
    testing::RandomNetworkSpec spec;
    spec.seed = seed;
    spec.one_way_share = 0.3 * static_cast<double>(seed - 11);
    spec.chain_share = 0.7;
    spec.dead_ends = 60;
    spec.homes = 40;
    spec.facilities = {{"some", 10}};
    const WalkNetwork n = testing::RandomNetwork(spec);
    const std::vector<std::uint8_t> pinned = PinnedByPoints(n);
    const double bound_m = 1500;
    const std::optional<WalkGraph> reduced = ReduceForSearch(n.graph, pinned, bound_m);
    ASSERT_TRUE(reduced.has_value()) << "seed " << seed;
    ASSERT_EQ(reduced->node_count(), n.graph.node_count());
    std::uint32_t without_edges = 0;
    for (NodeId x = 0; x < n.graph.node_count(); ++x) {
      if (reduced->OutBegin(x) == reduced->OutEnd(x) && reduced->InBegin(x) == reduced->InEnd(x))
        ++without_edges;
    }
    EXPECT_GT(without_edges, n.graph.node_count() / 5) << "seed " << seed;
    BoundedSearch full(n.graph.node_count()), small(n.graph.node_count());
    int compared = 0;
    for (NodeId from = 0; from < n.graph.node_count(); ++from) {
      if (!pinned[from]) continue;
      for (SearchDirection direction : {SearchDirection::kForward, SearchDirection::kBackward}) {
        full.Clear();
        small.Clear();
        full.Seed(from, 0);
        small.Seed(from, 0);
        full.Run(n.graph, direction, bound_m);
        small.Run(*reduced, direction, bound_m);
        for (NodeId to = 0; to < n.graph.node_count(); ++to) {
          if (!pinned[to]) continue;
          const double want = full.Distance(to), got = small.Distance(to);
          if (want == kUnreached) {
            EXPECT_EQ(got, kUnreached) << "seed " << seed << " " << from << " → " << to;
          } else {
            EXPECT_NEAR(got, want, 1e-9) << "seed " << seed << " " << from << " → " << to;
            ++compared;
          }
        }
      }
    }
    EXPECT_GT(compared, 300) << "seed " << seed;
  }
}

TEST(SearchGraphTest, NothingToRemoveOrABoundTooLongForFloatsMeansTheFullGraph) {
  const WalkNetwork street =
      testing::DrawnStreet();  // every node is an end of a point's stretch or a junction
  std::vector<std::uint8_t> pinned(street.graph.node_count(), 1);
  EXPECT_FALSE(ReduceForSearch(street.graph, pinned, 1000).has_value());
  std::vector<std::uint8_t> none(street.graph.node_count(), 0);
  EXPECT_TRUE(ReduceForSearch(street.graph, none, 1000).has_value());
  EXPECT_FALSE(ReduceForSearch(street.graph, none, 16384).has_value());
}

}  // namespace
}  // namespace sanwang::circles
