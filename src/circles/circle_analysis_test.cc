// Exactness of the analysis: the one-search-per-type nearest distances and the
// per-facility counts against the split-graph oracle (one plain Dijkstra per home), on
// random graphs with one-way stretches, shared stretches, points at stretch ends and
// islands, and on a real city extract.
#include "circles/circle_analysis.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "circles/circles_test_support.h"
#include "circles/network_import.h"
#include "core/files.h"
#include "testing/shared_data.h"
#include "testing/test_databases.h"

namespace sanwang::circles {
namespace {

constexpr double kToleranceM = 1e-6;

struct Tally {
  int reached = 0;
  int beyond = 0;
  int counted = 0;
};

// Whether `metres` is too close to a circle's edge to call either way under rounding.
bool OnTheEdge(double metres, double speed, int seconds) {
  return std::isfinite(metres) && std::abs(metres / speed - seconds) < 1e-6;
}

Tally ExpectMatchesOracle(const WalkNetwork& n, const AnalysisOptions& options) {
  const AnalysisResult result = AnalyzeCircles(n, options);
  const testing::SplitGraphOracle oracle(n);
  const std::size_t circles = options.circle_seconds.size();
  Tally tally;
  for (std::uint32_t h = 0; h < n.points.homes.size(); ++h) {
    const std::vector<double> metres = oracle.MetresToFacilities(h);
    for (const TypeResult& t : result.types) {
      double best = kUnreached;
      std::vector<std::uint32_t> counts(circles, 0);
      bool ambiguous = false;
      for (std::size_t f = 0; f < metres.size(); ++f) {
        if (n.points.facilities[f].type != t.type) continue;
        best = std::min(best, metres[f]);
        for (std::size_t c = 0; c < circles; ++c) {
          ambiguous = ambiguous || OnTheEdge(metres[f], options.walk_speed_mps, options.circle_seconds[c]);
          if (testing::WithinRadius(metres[f], options.walk_speed_mps, options.circle_seconds[c]))
            ++counts[c];
        }
      }
      if (ambiguous) continue;
      if (testing::WithinRadius(best, options.walk_speed_mps, options.circle_seconds.back())) {
        ++tally.reached;
        EXPECT_NEAR(t.nearest_m[h], best, kToleranceM) << "home " << h << " type " << t.type;
      } else {
        ++tally.beyond;
        EXPECT_EQ(t.nearest_m[h], kUnreached) << "home " << h << " type " << t.type << " oracle " << best;
      }
      for (std::size_t c = 0; c < circles && !t.counts.empty(); ++c) {
        EXPECT_EQ(t.counts[h * circles + c], counts[c])
            << "home " << h << " type " << t.type << " circle " << c;
        tally.counted += static_cast<int>(counts[c]);
      }
    }
  }
  return tally;
}

struct RandomCase {
  std::uint64_t seed;
  std::uint32_t nodes;
  double one_way_share;
  std::vector<int> circles;
  int threads;
  double chain_share = 0;  // chains and dead ends: what the reduced search graph removes
  std::uint32_t dead_ends = 0;
};

class RandomGraphTest : public ::testing::TestWithParam<RandomCase> {};

TEST_P(RandomGraphTest, EqualsOneDijkstraPerHome) {
  const RandomCase& c = GetParam();
  testing::RandomNetworkSpec spec;
  spec.seed = c.seed;
  spec.nodes = c.nodes;
  spec.one_way_share = c.one_way_share;
  spec.chain_share = c.chain_share;
  spec.dead_ends = c.dead_ends;
  const WalkNetwork n = testing::RandomNetwork(spec);
  AnalysisOptions options;
  options.circle_seconds = c.circles;
  options.threads = c.threads;
  const Tally tally = ExpectMatchesOracle(n, options);
  // The bound must matter both ways for the test to mean something.
  EXPECT_GT(tally.reached, 100);
  EXPECT_GT(tally.beyond, 50);
  EXPECT_GT(tally.counted, 100);
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomGraphTest,
                         ::testing::Values(RandomCase{1, 300, 0.15, {300, 600, 900}, 2},
                                           RandomCase{2, 400, 0.0, {300, 600, 900}, 1},
                                           RandomCase{3, 250, 0.5, {300, 600, 900}, 2},
                                           RandomCase{4, 500, 0.2, {120, 400, 1500}, 2},
                                           RandomCase{5, 300, 0.9, {600, 1200, 1800}, 3},
                                           RandomCase{6, 300, 0.0, {300, 600, 900}, 2, 0.6, 80},
                                           RandomCase{7, 300, 0.4, {300, 600, 900}, 1, 0.6, 80},
                                           RandomCase{8, 250, 0.8, {120, 400, 1500}, 2, 0.9, 40}));

TEST(CircleAnalysisTest, ResultsDoNotDependOnTheThreads) {
  const WalkNetwork n = testing::RandomNetwork({});
  AnalysisOptions one, two;
  one.threads = 1;
  two.threads = 2;
  const AnalysisResult a = AnalyzeCircles(n, one), b = AnalyzeCircles(n, two);
  ASSERT_EQ(a.types.size(), 3u);
  for (std::size_t t = 0; t < a.types.size(); ++t) {
    EXPECT_EQ(a.types[t].type, b.types[t].type);
    EXPECT_EQ(a.types[t].nearest_m, b.types[t].nearest_m);
    EXPECT_EQ(a.types[t].counts, b.types[t].counts);
  }
}

TEST(CircleAnalysisTest, OnlyTheAskedTypesAndNoCountsWhenNotWanted) {
  const WalkNetwork n = testing::RandomNetwork({});
  AnalysisOptions options;
  options.types = {"some", "none_such"};
  options.count_facilities = false;
  const AnalysisResult r = AnalyzeCircles(n, options);
  ASSERT_EQ(r.types.size(), 2u);
  EXPECT_EQ(r.types[0].type, "none_such");
  EXPECT_EQ(r.types[0].facilities, 0u);
  for (double m : r.types[0].nearest_m) EXPECT_EQ(m, kUnreached);
  EXPECT_TRUE(r.types[1].counts.empty());
}

class RealExtractTest : public ::testing::Test {
 protected:
  static constexpr const char* kExtract = "osm/helsinki.osm.pbf";
  static std::filesystem::path Extract() { return sanwang::testing::SharedDataFile(kExtract); }
};

TEST_F(RealExtractTest, HelsinkiEqualsOneDijkstraPerHome) {
  SANWANG_SKIP_WITHOUT_SHARED_DATA(Extract(), kExtract);
  auto tags =
      ReadFileToString(std::filesystem::path(sanwang::testing::SourceDir()) / "config" / "facility-tags.csv");
  ASSERT_TRUE(tags.ok());
  auto tag_map = FacilityTagMap::Parse(*tags);
  ASSERT_TRUE(tag_map.ok());
  for (bool largest_only : {false, true}) {
    CirclesConfig config;
    config.snap_to_largest_component = largest_only;
    auto network = ImportNetwork({Extract(), {}, {}}, config, *tag_map);
    ASSERT_TRUE(network.ok()) << network.status().ToString();
    ASSERT_GT(network->graph.components().island_nodes.size(), 0u);  // it has unconnected parts
    const Tally tally = ExpectMatchesOracle(*network, AnalysisOptionsFrom(config));
    EXPECT_GT(tally.reached, 1000);
    EXPECT_GT(tally.beyond, 100);
  }
}

}  // namespace
}  // namespace sanwang::circles
