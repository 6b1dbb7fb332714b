#include "circles/network_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "circles/circles_codec.h"
#include "circles/circles_test_support.h"
#include "core/files.h"
#include "store/store_test_fixture.h"

namespace sanwang::circles {
namespace {

constexpr const char* kTags = "key,value,type\namenity,clinic,clinic\n";
constexpr const char* kMap = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6">
  <node id="1" lat="34.0" lon="113.8"/>
  <node id="2" lat="34.0" lon="113.801"/>
  <node id="3" lat="34.0005" lon="113.8005"><tag k="amenity" v="clinic"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="footway"/></way>
</osm>
)";

class NetworkStoreTest : public store::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
    dir_ = std::filesystem::temp_directory_path() /
           ("sanwang-circles-store-" + std::to_string(getpid()) + "-" + GetParam());
    std::filesystem::create_directories(dir_);
    ASSERT_TRUE(WriteFileAtomically(dir_ / "map.osm", kMap).ok());
    sources_.osm_file = dir_ / "map.osm";
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  Result<ImportOutcome> Import(const CirclesConfig& config, bool force = false) {
    return ImportIfChanged(db(), "411002", sources_, config, kTags, 1795924149, force);
  }

  std::filesystem::path dir_;
  ImportSources sources_;
};

TEST_P(NetworkStoreTest, TheImportStoresTheStreetsOfTheMap) {
  auto first = Import(CirclesConfig{});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->streets, 1u);
  EXPECT_EQ(*store::StreetRepository(db()).Count("411002"), 1);
  // A network imported before streets were kept (none stored) is imported again, though
  // its inputs are the same.
  ASSERT_TRUE(store::StreetRepository(db()).ReplaceStreets("411002", {}).ok());
  auto again = Import(CirclesConfig{});
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->imported);
  EXPECT_EQ(*store::StreetRepository(db()).Count("411002"), 1);
  auto unchanged = Import(CirclesConfig{});
  EXPECT_FALSE(unchanged->imported);
}

TEST_P(NetworkStoreTest, UnchangedInputsAreNotImportedAgain) {
  auto first = Import(CirclesConfig{});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(first->imported);
  EXPECT_EQ(first->record.nodes, 2);
  EXPECT_EQ(first->record.source_name, "map.osm");
  auto again = Import(CirclesConfig{});
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->imported);
  EXPECT_EQ(again->record.id, first->record.id);
  // A changed setting, a changed file or --force import anew.
  CirclesConfig nearer;
  nearer.max_snap_m = 10;  // the clinic, 55 m off the footway, is then off the network
  auto changed = Import(nearer);
  ASSERT_TRUE(changed.ok());
  EXPECT_TRUE(changed->imported);
  EXPECT_FALSE(changed->network->points.facilities[0].at.on_network());
  EXPECT_TRUE(Import(nearer, true)->imported);
  std::string edited = kMap;
  edited.replace(edited.find("113.801"), 7, "113.802");
  ASSERT_TRUE(WriteFileAtomically(sources_.osm_file, edited).ok());
  EXPECT_TRUE(Import(nearer)->imported);
}

TEST_P(NetworkStoreTest, TheCurrentNetworkLoadsAsStoredAndAnalysesAreSaved) {
  EXPECT_EQ(LoadCurrentNetwork(db(), "411002").status().code(), ErrorCode::kFailedPrecondition);
  auto imported = Import(CirclesConfig{});
  ASSERT_TRUE(imported.ok());
  auto loaded = LoadCurrentNetwork(db(), "411002");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(EncodeNetwork(loaded->network), EncodeNetwork(*imported->network));
  AnalysisResult result = AnalyzeCircles(loaded->network, AnalysisOptions{});
  std::vector<CoverageRow> coverage =
      ComputeCoverage(loaded->network.points.homes, result, {"area", "411002", "x"}, {});
  auto id =
      SaveAnalysis(db(), "411002", loaded->record.id, CirclesConfig{}, "", result, coverage, 1795924150);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  store::CirclesRepository repo(db());
  auto stored = repo.FindAnalysis(loaded->record.id, AnalysisParamsText(CirclesConfig{}));
  ASSERT_TRUE(stored.ok() && stored->has_value());
  auto decoded = DecodeAnalysis((*stored)->results);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->types.size(), result.types.size());
  EXPECT_EQ(repo.Coverage(*id)->size(), coverage.size());
}

SANWANG_INSTANTIATE_BACKENDS(NetworkStoreTest);

}  // namespace
}  // namespace sanwang::circles
