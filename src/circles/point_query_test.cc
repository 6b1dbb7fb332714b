// The point query ("what is within 15 minutes of here") against the split-graph oracle:
// from every home of random networks — one-way stretches, shared stretches, islands — the
// facilities within the bound and their walks; and snapping a location onto the drawn
// street.
#include "circles/point_query.h"

#include <gtest/gtest.h>

#include "circles/circles_test_support.h"

namespace sanwang::circles {
namespace {

// `longest_walk_m`: what the query is prepared for (point_query.h); a bound up to it has
// the search skip nodes with no facility within the rest of the walk.
void ExpectMatchesOracle(const WalkNetwork& n, double bound_m, double longest_walk_m = 0) {
  const PointQuery query(n, 200, true, longest_walk_m);
  const testing::SplitGraphOracle oracle(n);
  NearbyWorkspace space(n);
  int found = 0;
  for (std::uint32_t h = 0; h < n.points.homes.size(); ++h) {
    const std::vector<double> metres = oracle.MetresToFacilities(h);
    const NearbyResult result = query.NearbyFrom(n.points.homes[h].at, bound_m, space);
    std::vector<double> got(metres.size(), kUnreached);
    for (const NearbyFacility& f : result.facilities) got[f.facility] = f.metres;
    for (std::size_t f = 0; f < metres.size(); ++f) {
      if (std::abs(metres[f] - bound_m) < 1e-6) continue;  // on the edge: either answer is right
      if (metres[f] <= bound_m) {
        EXPECT_NEAR(got[f], metres[f], 1e-6) << "home " << h << " facility " << f;
        ++found;
      } else {
        EXPECT_EQ(got[f], kUnreached) << "home " << h << " facility " << f << " oracle " << metres[f];
      }
    }
    for (std::size_t i = 1; i < result.facilities.size(); ++i)
      EXPECT_LE(result.facilities[i - 1].metres, result.facilities[i].metres);
  }
  EXPECT_GT(found, 100);
}

TEST(PointQueryTest, FindsExactlyTheFacilitiesWithinTheWalk) {
  for (std::uint64_t seed : {1, 2, 3}) {
    testing::RandomNetworkSpec spec;
    spec.seed = seed;
    spec.one_way_share = 0.3 * static_cast<double>(seed - 1);
    ExpectMatchesOracle(testing::RandomNetwork(spec), 1080);
  }
}

// The same with the search cut where no facility lies within the rest of the walk, on
// networks with chains, dead ends and pieces of no length; and a bound beyond what the
// query was prepared for, answered without the cut.
TEST(PointQueryTest, SkippingNodesWithoutAFacilityInReachChangesNothing) {
  for (std::uint64_t seed : {4, 5, 6}) {
    testing::RandomNetworkSpec spec;
    spec.seed = seed;
    spec.one_way_share = 0.3 * static_cast<double>(seed - 4);
    spec.chain_share = 0.5;
    spec.dead_ends = 40;
    spec.facilities = {{"few", 4}, {"some", 8}};
    const WalkNetwork n = testing::RandomNetwork(spec);
    ExpectMatchesOracle(n, 1080, 1080);
    ExpectMatchesOracle(n, 700, 2000);
    ExpectMatchesOracle(n, 1500, 1080);
  }
}

TEST(PointQueryTest, SnapsALocationOntoTheNearestStretch) {
  const WalkNetwork street = testing::DrawnStreet();
  const PointQuery query(street, 200, true);
  NearbyWorkspace space(street);
  // 0.001° east of A (about 92 m along A-B) and 11 m north of it.
  const NearbyResult r = query.Nearby({113.801, 34.0001}, 900, space);
  ASSERT_TRUE(r.at.on_network());
  EXPECT_NEAR(r.at.snap_m, 11.1, 0.1);
  EXPECT_NEAR(r.at.fraction, 1.0 / 3, 1e-6);
  ASSERT_EQ(r.facilities.size(), 2u);
  EXPECT_EQ(street.points.facilities[r.facilities[0].facility].name, "A 诊所");
  EXPECT_NEAR(r.facilities[0].metres, 100 + r.at.snap_m, 1e-6);                // 1/3 of the 300 m stretch
  EXPECT_NEAR(r.facilities[1].metres, 800 + r.at.snap_m, 1e-6);                // on to D
  EXPECT_TRUE(query.Nearby({113.801, 34.01}, 900, space).facilities.empty());  // 1.1 km off
  EXPECT_EQ(query.stretches().size(), 5u);
}

}  // namespace
}  // namespace sanwang::circles
