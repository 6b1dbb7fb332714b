// Cycles in the milestones' dependencies, on worked graphs.
#include "governance/dependency_graph.h"

#include <gtest/gtest.h>

namespace sanwang::governance {
namespace {

using Path = std::vector<store::Id>;

TEST(DependencyGraph, FindsTheCycleANewEdgeWouldClose) {
  // 2 waits on 1, 3 on 2, 4 on 3 and 2.
  const std::vector<store::DependencyEdge> edges = {{2, 1}, {3, 2}, {4, 3}, {4, 2}};
  EXPECT_EQ(CycleThrough(edges, 1, {4}), (Path{1, 4, 3, 2, 1}));
  EXPECT_EQ(CycleThrough(edges, 1, {2}), (Path{1, 2, 1}));
  EXPECT_EQ(CycleThrough(edges, 1, {1}), (Path{1, 1}));
  EXPECT_EQ(CycleThrough(edges, 2, {3}), (Path{2, 3, 2}));
}

TEST(DependencyGraph, AcceptsWhatClosesNoCycle) {
  const std::vector<store::DependencyEdge> edges = {{2, 1}, {3, 2}, {4, 3}};
  EXPECT_EQ(CycleThrough(edges, 4, {1, 2}), std::nullopt);
  EXPECT_EQ(CycleThrough(edges, 1, {5}), std::nullopt);
  EXPECT_EQ(CycleThrough({}, 1, {}), std::nullopt);
  // 3's own edges are replaced: 3 → 4 is fine once 3 no longer waits on 2 → … (4 waits on 3
  // itself, so it still closes a cycle).
  EXPECT_EQ(CycleThrough(edges, 3, {4}), (Path{3, 4, 3}));
  EXPECT_EQ(CycleThrough(edges, 2, {}), std::nullopt);
}

TEST(DependencyGraph, ADiamondIsNoCycle) {
  // 4 waits on 2 and 3, both wait on 1.
  const std::vector<store::DependencyEdge> edges = {{4, 2}, {4, 3}, {2, 1}, {3, 1}};
  EXPECT_EQ(CycleThrough(edges, 5, {4, 1}), std::nullopt);
  EXPECT_EQ(CycleThrough(edges, 1, {5}), std::nullopt);
  EXPECT_EQ(CycleThrough(edges, 1, {5, 3}), (Path{1, 3, 1}));
}

}  // namespace
}  // namespace sanwang::governance
