// The demo street network goes through the real importer: walkable streets, the reference
// district's facilities per type, apartment buildings as homes, all labelled demo data.
#include "cli/demo_streets.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "circles/network_import.h"
#include "core/files.h"
#include "testing/test_databases.h"

namespace sanwang::cli {
namespace {

TEST(DemoStreetsTest, ImportsWithTheReferenceDistrictsFacilities) {
  const geo::Box box{{113.80, 34.00}, {113.83, 34.03}};  // about 2.8 km × 3.3 km
  DemoStreetsSummary summary;
  const std::string osm = DemoStreetsOsm(box, &summary);
  EXPECT_EQ(osm, DemoStreetsOsm(box));  // the same every time
  EXPECT_EQ(summary.facilities, 710u);
  const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                     ("sanwang-demo-streets-test-" + std::to_string(getpid()) + ".osm");
  ASSERT_TRUE(WriteFileAtomically(file, osm).ok());
  auto tags =
      circles::FacilityTagMap::Parse(*ReadFileToString(testing::SourceDir() + "/config/facility-tags.csv"));
  ASSERT_TRUE(tags.ok());
  std::vector<circles::StreetLine> streets;
  auto network = circles::ImportNetwork({file, {}, {}}, circles::CirclesConfig{}, *tags, {}, &streets);
  std::filesystem::remove(file);
  ASSERT_TRUE(network.ok()) << network.status().ToString();
  EXPECT_GT(network->graph.node_count(), 400u);
  EXPECT_GT(network->graph.components().largest_nodes, network->graph.node_count() * 9 / 10);
  EXPECT_EQ(network->points.homes.size(), summary.buildings);
  std::map<std::string, int> per_type;
  for (const circles::Facility& f : network->points.facilities) {
    ++per_type[f.type];
    EXPECT_EQ(f.name.rfind("演示", 0), 0u) << f.name;
    EXPECT_TRUE(f.at.on_network()) << f.id;
  }
  const std::map<std::string, int> expected = {{"elderly_care", 13},
                                               {"elderly_daycare", 79},
                                               {"reading_space", 10},
                                               {"cultural_center", 77},
                                               {"convenience_store", 100},
                                               {"fresh_food_market", 150},
                                               {"clinic", 12 + 88},
                                               {"fitness", 133},
                                               {"playground", 20},
                                               {"court", 20},
                                               {"school", 8}};
  EXPECT_EQ(per_type, expected);
  EXPECT_NE(osm.find("<tag k=\"note\" v=\"演示数据 demo data\"/>"), std::string::npos);
  // Every street has a name a resident could read on the map; arterials are avenues.
  ASSERT_FALSE(streets.empty());
  for (const circles::StreetLine& s : streets) {
    EXPECT_FALSE(s.name.empty()) << s.way_id;
    if (s.road_class == "secondary") {
      EXPECT_NE(s.name.find("大道"), std::string::npos) << s.name;
    }
  }
  EXPECT_EQ(streets.front().name, "黄河大道");  // the first north–south line, an arterial
}

}  // namespace
}  // namespace sanwang::cli
