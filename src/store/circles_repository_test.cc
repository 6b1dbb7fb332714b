#include "store/circles_repository.h"

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class CirclesRepositoryTest : public BackendTest {
 protected:
  static CircleNetworkRecord Network(const std::string& sha, const std::string& blob) {
    CircleNetworkRecord n;
    n.district_code = "411002";
    n.input_sha256 = sha;
    n.source_name = "weidu.osm.pbf";
    n.nodes = 3, n.edges = 4, n.homes = 5, n.facilities = 6;
    n.network = blob;
    n.imported_at = 1795924149;
    return n;
  }
  static std::string Bytes(std::size_t size) {
    std::string bytes;
    for (std::size_t i = 0; i < size; ++i) bytes += static_cast<char>(i * 131 % 256);  // NULs too
    return bytes;
  }
};

TEST_P(CirclesRepositoryTest, NetworkBlobRoundTripsAndIsFoundByItsDigest) {
  CirclesRepository repo(db());
  const std::string blob = Bytes(300000);
  auto stored = repo.ReplaceNetwork(Network("aa", blob));
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  auto found = repo.FindNetwork("411002", "aa");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, stored->id);
  EXPECT_TRUE((*found)->network.empty());  // the lookup leaves the blob out
  EXPECT_EQ((*found)->homes, 5);
  EXPECT_FALSE(repo.FindNetwork("411002", "bb")->has_value());
  EXPECT_FALSE(repo.FindNetwork("411003", "aa")->has_value());
  auto current = repo.CurrentNetwork("411002");
  ASSERT_TRUE(current.ok() && current->has_value());
  EXPECT_EQ((*current)->network, blob);
  EXPECT_EQ((*current)->source_name, "weidu.osm.pbf");
  EXPECT_FALSE(repo.CurrentNetwork("411003")->has_value());
}

TEST_P(CirclesRepositoryTest, AnalysisKeepsResultsAndCoveragePerNetworkAndParams) {
  CirclesRepository repo(db());
  auto network = repo.ReplaceNetwork(Network("aa", "graph"));
  ASSERT_TRUE(network.ok());
  std::vector<CircleCoverageRecord> coverage;
  for (int i = 0; i < 450; ++i) {  // more than one insert batch
    coverage.push_back(
        {"grid", "g" + std::to_string(1000 + i), "网格", "clinic", 300 * (1 + i % 3), 10.5, i * 0.01});
  }
  CircleAnalysisRecord a{0, "411002", network->id, "walk_speed_mps=1.2", Bytes(5000), 1795924150};
  auto id = repo.SaveAnalysis(a, coverage);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  auto found = repo.FindAnalysis(network->id, "walk_speed_mps=1.2");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->results, a.results);
  EXPECT_FALSE(repo.FindAnalysis(network->id, "walk_speed_mps=1")->has_value());
  auto rows = repo.Coverage(*id);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 450u);
  EXPECT_EQ(rows->front().unit_code, "g1000");
  EXPECT_EQ(rows->front().unit_name, "网格");
  EXPECT_DOUBLE_EQ(rows->back().covered, 4.49);

  // Saving the same parameters again replaces the analysis and its rows (SQLite may give
  // the new row the old id).
  auto again = repo.SaveAnalysis(a, {coverage.front()});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(repo.Coverage(*again)->size(), 1u);
  if (*again != *id) {
    EXPECT_TRUE(repo.Coverage(*id)->empty());
  }
  EXPECT_EQ((*repo.FindAnalysis(network->id, "walk_speed_mps=1.2"))->id, *again);
}

TEST_P(CirclesRepositoryTest, ANewNetworkReplacesTheOldOneAndItsAnalyses) {
  CirclesRepository repo(db());
  auto first = repo.ReplaceNetwork(Network("aa", "one"));
  ASSERT_TRUE(first.ok());
  auto analysis = repo.SaveAnalysis({0, "411002", first->id, "p", "r", 1},
                                    {{"area", "411002", "魏都区", "clinic", 900, 1, 1}});
  ASSERT_TRUE(analysis.ok());
  auto second = repo.ReplaceNetwork(Network("bb", "two"));
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(repo.FindNetwork("411002", "aa")->has_value());
  EXPECT_FALSE(repo.FindAnalysis(first->id, "p")->has_value());
  EXPECT_TRUE(repo.Coverage(*analysis)->empty());
  EXPECT_EQ((*repo.CurrentNetwork("411002"))->network, "two");
}

TEST_P(CirclesRepositoryTest, SavingReplacesTheAnalysesNamedStaleAndKeepsTheOthers) {
  CirclesRepository repo(db());
  auto network = repo.ReplaceNetwork(Network("aa", "graph"));
  ASSERT_TRUE(network.ok());
  const std::vector<CircleCoverageRecord> row = {{"area", "411002", "魏都区", "clinic", 900, 1, 1}};
  auto stale = repo.SaveAnalysis({0, "411002", network->id, "p;extra=1", "r1", 1}, row);
  auto other = repo.SaveAnalysis({0, "411002", network->id, "q", "r2", 2}, row);
  ASSERT_TRUE(stale.ok() && other.ok());
  auto keys = repo.AnalysisKeys(network->id);
  ASSERT_TRUE(keys.ok());
  ASSERT_EQ(keys->size(), 2u);
  EXPECT_EQ(keys->front().params, "p;extra=1");

  auto fresh = repo.SaveAnalysis({0, "411002", network->id, "p;extra=2", "r3", 3}, row, {*stale});
  ASSERT_TRUE(fresh.ok()) << fresh.status().ToString();
  EXPECT_FALSE(repo.FindAnalysis(network->id, "p;extra=1")->has_value());
  EXPECT_TRUE(repo.FindAnalysis(network->id, "q")->has_value());
  EXPECT_EQ((*repo.FindAnalysis(network->id, "p;extra=2"))->results, "r3");
  EXPECT_EQ(repo.AnalysisKeys(network->id)->size(), 2u);
  EXPECT_EQ((*repo.CurrentVersions("411002"))->analysis_id, *fresh);
}

SANWANG_INSTANTIATE_BACKENDS(CirclesRepositoryTest);

}  // namespace
}  // namespace sanwang::store
