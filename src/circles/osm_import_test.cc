// The OSM import on small maps written by the test, drawn here:
//
//     1 ------ 2 ------ 3 ====== 4 >>>>>> 5 ~~~~~~ 7      (lat 34.0000, 0.001° ≈ 92 m apart)
//  residential (2: shape) |  footway  footway    motorway
//                foot=no  |  oneway=yes  oneway:foot=yes
//                         6
//     11 ------ 12                                         an island 1.1 km north
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "circles/network_import.h"
#include "core/files.h"
#include "testing/test_databases.h"

namespace sanwang::circles {
namespace {

constexpr const char* kMap = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="sanwang test">
  <node id="1" lat="34.0" lon="113.8"/>
  <node id="2" lat="34.0" lon="113.801"/>
  <node id="3" lat="34.0" lon="113.802"/>
  <node id="4" lat="34.0" lon="113.803"/>
  <node id="5" lat="34.0" lon="113.804"/>
  <node id="6" lat="33.999" lon="113.802"/>
  <node id="7" lat="34.0" lon="113.805"/>
  <node id="11" lat="34.01" lon="113.8"/>
  <node id="12" lat="34.01" lon="113.801"/>
  <node id="20" lat="34.0003" lon="113.8015"><tag k="amenity" v="clinic"/></node>
  <node id="21" lat="34.0003" lon="113.8025"><tag k="amenity" v="bench"/></node>
  <node id="30" lat="33.9995" lon="113.8030"/>
  <node id="31" lat="33.9995" lon="113.8032"/>
  <node id="32" lat="33.9994" lon="113.8032"/>
  <node id="33" lat="33.9994" lon="113.8030"/>
  <node id="40" lat="34.0005" lon="113.8000"/>
  <node id="41" lat="34.0005" lon="113.8002"/>
  <node id="42" lat="34.0006" lon="113.8002"/>
  <node id="43" lat="34.0006" lon="113.8000"/>
  <node id="50" lat="34.0101" lon="113.8004"/>
  <node id="51" lat="34.0101" lon="113.8005"/>
  <node id="52" lat="34.0102" lon="113.8005"/>
  <node id="53" lat="34.0102" lon="113.8004"/>
  <way id="100"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/></way>
  <way id="101"><nd ref="3"/><nd ref="4"/><tag k="highway" v="footway"/><tag k="oneway" v="yes"/></way>
  <way id="102"><nd ref="4"/><nd ref="5"/><tag k="highway" v="footway"/><tag k="oneway:foot" v="yes"/></way>
  <way id="103"><nd ref="3"/><nd ref="6"/><tag k="highway" v="residential"/><tag k="foot" v="no"/></way>
  <way id="104"><nd ref="5"/><nd ref="7"/><tag k="highway" v="motorway"/></way>
  <way id="105"><nd ref="11"/><nd ref="12"/><tag k="highway" v="footway"/></way>
  <way id="106"><nd ref="1"/><nd ref="99"/><tag k="highway" v="footway"/></way>
  <way id="200"><nd ref="30"/><nd ref="31"/><nd ref="32"/><nd ref="33"/><nd ref="30"/>
    <tag k="building" v="yes"/><tag k="amenity" v="school"/></way>
  <way id="201"><nd ref="40"/><nd ref="41"/><nd ref="42"/><nd ref="43"/><nd ref="40"/>
    <tag k="building" v="apartments"/><tag k="building:levels" v="6"/></way>
  <way id="202"><nd ref="30"/><nd ref="31"/><nd ref="32"/><nd ref="30"/><tag k="building" v="industrial"/></way>
  <way id="203"><nd ref="50"/><nd ref="51"/><nd ref="52"/><nd ref="53"/><nd ref="50"/><tag k="building" v="house"/></way>
</osm>
)";

class OsmImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("sanwang-circles-osm-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    ASSERT_TRUE(WriteFileAtomically(dir_ / "map.osm", kMap).ok());
    auto tags = ReadFileToString(std::filesystem::path(sanwang::testing::SourceDir()) / "config" /
                                 "facility-tags.csv");
    ASSERT_TRUE(tags.ok());
    tag_map_ = std::make_unique<FacilityTagMap>(*FacilityTagMap::Parse(*tags));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  Result<WalkNetwork> Import(const CirclesConfig& config, ImportSources sources = {}) {
    sources.osm_file = dir_ / "map.osm";
    return ImportNetwork(sources, config, *tag_map_);
  }

  static NodeId NodeAt(const WalkGraph& g, double lon, double lat) {
    for (NodeId n = 0; n < g.node_count(); ++n) {
      if (std::abs(g.Location(n).lon - lon) < 1e-9 && std::abs(g.Location(n).lat - lat) < 1e-9) return n;
    }
    ADD_FAILURE() << "no graph node at " << lon << "," << lat;
    return kNoId;
  }

  static EdgeId EdgeBetween(const WalkGraph& g, NodeId from, NodeId to) {
    for (EdgeId e = g.OutBegin(from); e < g.OutEnd(from); ++e) {
      if (g.Target(e) == to) return e;
    }
    return kNoId;
  }

  std::filesystem::path dir_;
  std::unique_ptr<FacilityTagMap> tag_map_;
};

TEST_F(OsmImportTest, BuildsTheWalkableGraphWithDirectionsAndIslands) {
  auto network = Import(CirclesConfig{});
  ASSERT_TRUE(network.ok()) << network.status().ToString();
  const WalkGraph& g = network->graph;
  // Graph nodes: way ends and shared nodes (1, 3, 4, 5, 11, 12); node 2 only shapes 1-3.
  EXPECT_EQ(g.node_count(), 6u);
  EXPECT_EQ(g.edge_count(), 7u);
  const NodeId n1 = NodeAt(g, 113.8, 34.0), n3 = NodeAt(g, 113.802, 34.0), n4 = NodeAt(g, 113.803, 34.0),
               n5 = NodeAt(g, 113.804, 34.0), n11 = NodeAt(g, 113.8, 34.01);
  const EdgeId e13 = EdgeBetween(g, n1, n3);
  ASSERT_NE(e13, kNoId);
  const double expected = geo::DistanceMeters({113.8, 34.0}, {113.801, 34.0}) +
                          geo::DistanceMeters({113.801, 34.0}, {113.802, 34.0});
  EXPECT_NEAR(g.Length(e13), expected, 1e-3);
  EXPECT_EQ(g.Length(EdgeBetween(g, n3, n1)), g.Length(e13));
  // oneway=yes does not bind walkers; oneway:foot=yes does.
  EXPECT_NE(EdgeBetween(g, n3, n4), kNoId);
  EXPECT_NE(EdgeBetween(g, n4, n3), kNoId);
  EXPECT_NE(EdgeBetween(g, n4, n5), kNoId);
  EXPECT_EQ(EdgeBetween(g, n5, n4), kNoId);
  // foot=no and the motorway are left out; the island is marked and reported.
  EXPECT_TRUE(g.InLargestComponent(n5));
  EXPECT_FALSE(g.InLargestComponent(n11));
  EXPECT_EQ(g.components().count, 2u);
  EXPECT_EQ(g.components().largest_nodes, 4u);
  EXPECT_EQ(g.components().island_nodes, std::vector<std::uint32_t>{2});
  EXPECT_GT(g.MemoryBytes(), 0u);
}

TEST_F(OsmImportTest, FacilitiesAndHomesComeFromTagsAndAreSnappedMidEdge) {
  auto network = Import(CirclesConfig{});
  ASSERT_TRUE(network.ok()) << network.status().ToString();
  const NetworkPoints& p = network->points;
  ASSERT_EQ(p.facilities.size(), 2u);  // the clinic node and the school building
  const Facility& clinic = p.facilities[0].type == "clinic" ? p.facilities[0] : p.facilities[1];
  const Facility& school = p.facilities[0].type == "school" ? p.facilities[0] : p.facilities[1];
  EXPECT_EQ(clinic.id, "n20");
  EXPECT_EQ(school.id, "w200");
  // The clinic is 33 m north of the middle of 2-3: three quarters along 1 → 3.
  const WalkGraph& g = network->graph;
  ASSERT_TRUE(clinic.at.on_network());
  EXPECT_EQ(g.Location(g.Source(clinic.at.edge)).lon, 113.8);
  EXPECT_EQ(g.Location(g.Target(clinic.at.edge)).lon, 113.802);
  EXPECT_NE(clinic.at.twin, kNoId);
  EXPECT_NEAR(clinic.at.fraction, 0.75, 1e-4);
  EXPECT_NEAR(clinic.at.snap_m, geo::DistanceMeters({113.8015, 34.0003}, {113.8015, 34.0}), 0.05);
  // Homes: the apartments (6 levels) and the house by the island; not the school nor the
  // industrial building.
  ASSERT_EQ(p.homes.size(), 2u);
  const Home& flats = p.homes[0].id == "w201" ? p.homes[0] : p.homes[1];
  const Home& house = p.homes[0].id == "w203" ? p.homes[0] : p.homes[1];
  const double area = geo::DistanceMeters({113.8, 34.00055}, {113.8002, 34.00055}) *
                      geo::DistanceMeters({113.8001, 34.0005}, {113.8001, 34.0006});
  EXPECT_NEAR(flats.weight, 6 * area / 36.52, 0.01 * flats.weight);
  EXPECT_TRUE(flats.at.on_network());
  // The house stands by the island, 1.1 km from the largest part: off the network.
  EXPECT_FALSE(house.at.on_network());
}

TEST_F(OsmImportTest, IslandsCanBeSnappedOntoWhenConfigured) {
  CirclesConfig config;
  config.snap_to_largest_component = false;
  auto network = Import(config);
  ASSERT_TRUE(network.ok());
  for (const Home& h : network->points.homes) EXPECT_TRUE(h.at.on_network()) << h.id;
}

TEST_F(OsmImportTest, CsvHomesReplaceBuildingsAndCsvFacilitiesAreAdded) {
  ImportSources sources;
  sources.homes_csv = "id,lon,lat,weight\nh1,113.8025,34.0001,40\nfar,113.9,34.1,3\n";
  sources.facilities_csv = "id,type,lon,lat\nr1,elderly_care,113.8035,34.0001\n";
  auto network = Import(CirclesConfig{}, sources);
  ASSERT_TRUE(network.ok()) << network.status().ToString();
  ASSERT_EQ(network->points.homes.size(), 2u);
  EXPECT_EQ(network->points.homes[0].id, "h1");
  EXPECT_TRUE(network->points.homes[0].at.on_network());
  EXPECT_FALSE(network->points.homes[1].at.on_network());  // beyond the 200 m snap limit
  ASSERT_EQ(network->points.facilities.size(), 3u);
  // Sorted by type: clinic, elderly_care, school.
  EXPECT_EQ(network->points.facilities[1].id, "r1");
  EXPECT_TRUE(network->points.facilities[1].at.on_network());
  sources.homes_csv = "id,lon,lat\nh1,500,34\n";
  EXPECT_EQ(Import(CirclesConfig{}, sources).status().code(), ErrorCode::kInvalidArgument);
}

TEST_F(OsmImportTest, MissingOrBrokenFilesAreErrors) {
  ImportSources sources;
  sources.osm_file = dir_ / "none.osm";
  EXPECT_EQ(ImportNetwork(sources, CirclesConfig{}, *tag_map_).status().code(), ErrorCode::kNotFound);
  ASSERT_TRUE(WriteFileAtomically(dir_ / "broken.osm", "<osm><node id='1' lat=").ok());
  sources.osm_file = dir_ / "broken.osm";
  EXPECT_EQ(ImportNetwork(sources, CirclesConfig{}, *tag_map_).status().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanwang::circles
