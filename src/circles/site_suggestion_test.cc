#include "circles/site_suggestion.h"

#include <gtest/gtest.h>

#include "circles/circle_analysis.h"
#include "circles/circles_test_support.h"

namespace sanwang::circles {
namespace {

TEST(SiteSuggestionTest, DrawnStreetPicksTheHandWorkedSites) {
  const WalkNetwork street = testing::DrawnStreet();
  AnalysisOptions options;
  options.walk_speed_mps = 1.0;
  const AnalysisResult r = AnalyzeCircles(street, options);
  // Within 300 s of a new clinic: E reaches h3 and h4 (70 people); then B and C each
  // reach h2 (20): the lower id, B, wins. Nobody is left for a third site.
  SuggestionOptions s{3, 300, 1.0, true};
  const SuggestionResult result = SuggestSites(street, r.Find("clinic")->nearest_m, s);
  EXPECT_EQ(result.population, 105);
  EXPECT_EQ(result.covered_before, 10);
  ASSERT_EQ(result.sites.size(), 2u);
  EXPECT_EQ(result.sites[0].node, 4u);
  EXPECT_EQ(result.sites[0].added_population, 70);
  EXPECT_EQ(result.sites[0].covered_population, 80);
  EXPECT_EQ(result.sites[1].node, 1u);
  EXPECT_EQ(result.sites[1].added_population, 20);
  EXPECT_EQ(result.sites[1].covered_population, 100);
  EXPECT_DOUBLE_EQ(result.sites[0].where.lon, 113.812);
}

// Greedy maximal coverage worked out by brute force from the oracle's distances.
std::vector<std::pair<NodeId, double>> BruteForceGreedy(const WalkNetwork& n,
                                                        const std::vector<bool>& covered,
                                                        const SuggestionOptions& s) {
  const testing::SplitGraphOracle oracle(n);
  std::vector<std::vector<std::uint32_t>> reaches(n.graph.node_count());  // node -> homes
  for (std::uint32_t h = 0; h < n.points.homes.size(); ++h) {
    if (covered[h] || !n.points.homes[h].at.on_network()) continue;
    const std::vector<double> metres = oracle.MetresToNodes(h);
    for (NodeId c = 0; c < metres.size(); ++c) {
      EXPECT_GT(std::abs(metres[c] / s.walk_speed_mps - s.circle_seconds), 1e-6) << "ambiguous case";
      if (n.graph.InLargestComponent(c) &&
          testing::WithinRadius(metres[c], s.walk_speed_mps, s.circle_seconds)) {
        reaches[c].push_back(h);
      }
    }
  }
  std::vector<bool> taken = covered;
  std::vector<std::pair<NodeId, double>> picks;
  for (int round = 0; round < s.sites; ++round) {
    NodeId best = kNoId;
    double best_gain = 0;
    for (NodeId c = 0; c < reaches.size(); ++c) {
      double gain = 0;
      for (std::uint32_t h : reaches[c]) gain += taken[h] ? 0 : n.points.homes[h].weight;
      if (gain > best_gain) best = c, best_gain = gain;
    }
    if (best == kNoId) break;
    for (std::uint32_t h : reaches[best]) taken[h] = true;
    picks.emplace_back(best, best_gain);
  }
  return picks;
}

TEST(SiteSuggestionTest, RandomGraphsEqualBruteForceGreedy) {
  for (std::uint64_t seed : {11, 12, 13}) {
    testing::RandomNetworkSpec spec;
    spec.seed = seed;
    spec.nodes = 120;
    spec.homes = 150;
    spec.facilities = {{"few", 2}};
    const WalkNetwork n = testing::RandomNetwork(spec);
    AnalysisOptions options;
    options.count_facilities = false;
    const AnalysisResult r = AnalyzeCircles(n, options);
    SuggestionOptions s{6, 600, 1.2, true};
    const std::vector<double>& nearest = r.Find("few")->nearest_m;
    std::vector<bool> covered(nearest.size());
    for (std::size_t h = 0; h < nearest.size(); ++h) covered[h] = testing::WithinRadius(nearest[h], 1.2, 600);
    const auto expected = BruteForceGreedy(n, covered, s);
    const SuggestionResult got = SuggestSites(n, nearest, s);
    ASSERT_EQ(got.sites.size(), expected.size()) << "seed " << seed;
    ASSERT_GE(expected.size(), 3u);
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(got.sites[i].node, expected[i].first) << "seed " << seed << " pick " << i;
      EXPECT_NEAR(got.sites[i].added_population, expected[i].second, 1e-9);
    }
  }
}

}  // namespace
}  // namespace sanwang::circles
