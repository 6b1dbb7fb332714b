// The streets of the map: ranks and zoom rules, the import keeping each way's whole course
// and name (a small map drawn here, and a real city's extract), and the nearest named
// street to a point on both engines.
#include "circles/map_streets.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "circles/network_import.h"
#include "core/files.h"
#include "store/store_test_fixture.h"
#include "testing/shared_data.h"
#include "testing/test_databases.h"

namespace sanwang::circles {
namespace {

// A bent street of four nodes named in Chinese and in the local script, a footway without
// a name, and a bus stop way that no map draws:
//
//   1 ---- 2                 (lat 34.0000)
//           \  (bends down)
//            3 ---- 4        (lat 33.9995)
//   5 ....... 6              footway at lat 34.0010
constexpr const char* kMap = R"(<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6">
  <node id="1" lat="34.0" lon="113.8"/>
  <node id="2" lat="34.0" lon="113.801"/>
  <node id="3" lat="33.9995" lon="113.8015"/>
  <node id="4" lat="33.9995" lon="113.8025"/>
  <node id="5" lat="34.001" lon="113.8"/>
  <node id="6" lat="34.001" lon="113.801"/>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/>
    <tag k="highway" v="secondary"/><tag k="name" v="Jianshe Road"/><tag k="name:zh" v="建设路"/></way>
  <way id="11"><nd ref="5"/><nd ref="6"/><tag k="highway" v="footway"/></way>
  <way id="12"><nd ref="5"/><nd ref="1"/><tag k="highway" v="platform"/><tag k="name" v="站台"/></way>
</osm>
)";

TEST(StreetRankTest, MajorRoadsRankFirstAndUndrawnClassesNotAtAll) {
  EXPECT_EQ(StreetRank("primary"), kMajorRank);
  EXPECT_EQ(StreetRank("secondary"), 2);
  EXPECT_EQ(StreetRank("residential"), 3);
  EXPECT_EQ(StreetRank("footway"), kFootpathRank);
  EXPECT_EQ(StreetRank("platform"), 0);
  EXPECT_EQ(StreetRank("construction"), 0);
}

TEST(StreetRankTest, LowZoomsShowMajorRoadsAndHighZoomsEveryPath) {
  EXPECT_EQ(MaxRankAtZoom(10), kMajorRank);
  EXPECT_EQ(MaxRankAtZoom(12), 2);  // a whole district: its arterials
  EXPECT_EQ(MaxRankAtZoom(13), 2);
  EXPECT_EQ(MaxRankAtZoom(15), 3);
  EXPECT_EQ(MaxRankAtZoom(17), kFootpathRank);
  // About one pixel: tens of metres across a city, centimetres on a block.
  EXPECT_NEAR(SimplifyToleranceAtZoom(12, 34), 31.7, 0.5);
  EXPECT_LT(SimplifyToleranceAtZoom(18, 34), 0.6);
}

TEST(StreetRecordTest, KeepsTheBoxAndLengthOfTheCourse) {
  const StreetLine street{7, "和平路", "residential", {{113.8, 34.0}, {113.801, 34.0}, {113.801, 34.001}}};
  const store::StreetRecord r = StreetRecordOf(street);
  EXPECT_EQ(r.rank, 3);
  EXPECT_DOUBLE_EQ(r.min_lon, 113.8);
  EXPECT_DOUBLE_EQ(r.max_lat, 34.001);
  EXPECT_NEAR(r.length_m, 92.2 + 111.2, 1);
  EXPECT_EQ(CourseOf(r), street.line);
}

TEST(AddressNearTest, NamesTheStreetAndTheCommunityAsResidentsSayIt) {
  const NearestStreet street{"建设路", 20};
  EXPECT_EQ(AddressNear(street, "和平社区"), "建设路附近, 和平社区");
  EXPECT_EQ(AddressNear(street, ""), "建设路附近");
  EXPECT_EQ(AddressNear(std::nullopt, "和平社区"), "和平社区");
  EXPECT_EQ(AddressNear(std::nullopt, ""), "");
}

class StreetImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto tags = ReadFileToString(std::filesystem::path(sanwang::testing::SourceDir()) / "config" /
                                 "facility-tags.csv");
    ASSERT_TRUE(tags.ok());
    tag_map_ = std::make_unique<FacilityTagMap>(*FacilityTagMap::Parse(*tags));
  }
  Result<std::vector<StreetLine>> Streets(const std::filesystem::path& file) {
    std::vector<StreetLine> streets;
    SW_RETURN_IF_ERROR(ImportNetwork({file, {}, {}}, CirclesConfig{}, *tag_map_, {}, &streets).status());
    return streets;
  }
  std::unique_ptr<FacilityTagMap> tag_map_;
};

TEST_F(StreetImportTest, KeepsEveryNodeOfTheWayAndItsChineseName) {
  const auto dir = std::filesystem::temp_directory_path() / ("sanwang-streets-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(WriteFileAtomically(dir / "map.osm", kMap).ok());
  auto streets = Streets(dir / "map.osm");
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(streets.ok()) << streets.status().ToString();
  ASSERT_EQ(streets->size(), 2u);  // the platform is not drawn
  const StreetLine& road = (*streets)[0];
  EXPECT_EQ(road.way_id, 10);
  EXPECT_EQ(road.name, "建设路");
  EXPECT_EQ(road.road_class, "secondary");
  ASSERT_EQ(road.line.size(), 4u);  // the bend at node 2 and 3 is kept, not one straight stretch
  EXPECT_EQ(road.line[2], (geo::LonLat{113.8015, 33.9995}));
  EXPECT_EQ((*streets)[1].name, "");
  EXPECT_EQ((*streets)[1].road_class, "footway");
}

TEST_F(StreetImportTest, ARealCityKeepsItsNamedStreetsWithTheirCourse) {
  const auto file = sanwang::testing::SharedDataFile("osm/monaco.osm.pbf");
  SANWANG_SKIP_WITHOUT_SHARED_DATA(file, "osm/monaco.osm.pbf");
  auto streets = Streets(file);
  ASSERT_TRUE(streets.ok()) << streets.status().ToString();
  EXPECT_GT(streets->size(), 1000u);
  const auto named =
      std::count_if(streets->begin(), streets->end(), [](const StreetLine& s) { return !s.name.empty(); });
  EXPECT_GT(named, 300);
  const auto grace = std::find_if(streets->begin(), streets->end(), [](const StreetLine& s) {
    return s.name == "Avenue Princesse Grace" && StreetRank(s.road_class) <= 2;
  });
  ASSERT_NE(grace, streets->end());
  // A curving avenue along the shore: many nodes, each kept.
  EXPECT_GT(grace->line.size(), 5u);
  const auto bent =
      std::count_if(streets->begin(), streets->end(), [](const StreetLine& s) { return s.line.size() > 2; });
  EXPECT_GT(bent, static_cast<long>(streets->size() / 3));
}

class NearestStreetTest : public store::BackendTest {};

TEST_P(NearestStreetTest, NamesTheNamedStreetNearestWithinTheLimit) {
  const std::vector<StreetLine> streets = {
      {1, "建设路", "secondary", {{113.800, 34.000}, {113.802, 34.000}}},
      {2, "", "footway", {{113.800, 34.0002}, {113.802, 34.0002}}},  // nearer, but nameless
      {3, "和平街", "residential", {{113.800, 34.0006}, {113.802, 34.0006}}},
  };
  ASSERT_TRUE(SaveStreets(db(), "411002", streets).ok());
  // 20 m north of 建设路, 44 m south of 和平街.
  auto found = FindNearestStreet(db(), "411002", {113.801, 34.00018}, 150);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->name, "建设路");
  EXPECT_NEAR((*found)->metres, 20, 0.5);
  auto north = FindNearestStreet(db(), "411002", {113.801, 34.0005}, 150);
  EXPECT_EQ((*north)->name, "和平街");
  // Too far from any street, or in another district: none.
  EXPECT_FALSE(FindNearestStreet(db(), "411002", {113.801, 34.01}, 150)->has_value());
  EXPECT_FALSE(FindNearestStreet(db(), "411003", {113.801, 34.00018}, 150)->has_value());
}

SANWANG_INSTANTIATE_BACKENDS(NearestStreetTest);

}  // namespace
}  // namespace sanwang::circles
