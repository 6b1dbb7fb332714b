#include "circles/store/street_repository.h"

#include "store/migrations.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class StreetRepositoryTest : public BackendTest {
 protected:
  static StreetRecord Street(std::int64_t way, const std::string& name, int rank,
                             std::vector<StreetPoint> line, double length_m) {
    StreetRecord s;
    s.osm_way_id = way;
    s.name = name;
    s.road_class = rank == 1 ? "primary" : "residential";
    s.rank = rank;
    s.length_m = length_m;
    s.min_lon = s.max_lon = line.front().lon;
    s.min_lat = s.max_lat = line.front().lat;
    for (const StreetPoint& p : line) {
      s.min_lon = std::min(s.min_lon, p.lon), s.max_lon = std::max(s.max_lon, p.lon);
      s.min_lat = std::min(s.min_lat, p.lat), s.max_lat = std::max(s.max_lat, p.lat);
    }
    s.line = std::move(line);
    return s;
  }
  static StreetQuery Box(double min_lon, double min_lat, double max_lon, double max_lat, int max_rank = 4) {
    StreetQuery q;
    q.district_code = "411002";
    q.min_lon = min_lon, q.min_lat = min_lat, q.max_lon = max_lon, q.max_lat = max_lat;
    q.max_rank = max_rank;
    return q;
  }
};

TEST_P(StreetRepositoryTest, TheStreamIsAppliedOnTopOfCore) {
  auto version = SchemaVersion(db(), "circles");
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(*version, LatestSchemaVersion("circles"));
  EXPECT_GE(*version, 1);
}

TEST_P(StreetRepositoryTest, CourseNameAndClassRoundTripPointForPoint) {
  StreetRepository repo(db());
  // A bent street of many points: every one comes back, to the seventh decimal.
  std::vector<StreetPoint> course;
  for (int i = 0; i < 40; ++i) course.push_back({113.8 + i * 0.0001234567, 34.0 + (i % 5) * 0.0000311});
  ASSERT_TRUE(repo.ReplaceStreets("411002", {Street(77, "建设路", 1, course, 480)}).ok());
  auto found = repo.InBox(Box(113.79, 33.99, 113.81, 34.01));
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 1u);
  const StreetRecord& s = (*found)[0];
  EXPECT_EQ(s.name, "建设路");
  EXPECT_EQ(s.road_class, "primary");
  EXPECT_EQ(s.osm_way_id, 77);
  EXPECT_EQ(s.district_code, "411002");
  ASSERT_EQ(s.line.size(), course.size());
  for (std::size_t i = 0; i < course.size(); ++i) {
    EXPECT_NEAR(s.line[i].lon, course[i].lon, 1e-7);
    EXPECT_NEAR(s.line[i].lat, course[i].lat, 1e-7);
  }
}

TEST_P(StreetRepositoryTest, BoxRankAndNameSelectMajorAndLongFirst) {
  StreetRepository repo(db());
  std::vector<StreetRecord> streets = {
      Street(1, "人民路", 1, {{113.80, 34.00}, {113.82, 34.00}}, 1800),
      Street(2, "和平街", 3, {{113.80, 34.001}, {113.81, 34.001}}, 900),
      Street(3, "", 4, {{113.80, 34.002}, {113.805, 34.002}}, 450),
      Street(4, "远方路", 1, {{114.50, 35.00}, {114.51, 35.00}}, 900),
      Street(5, "文化路", 3, {{113.80, 34.003}, {113.82, 34.003}}, 1800),
  };
  // More than one insert batch.
  for (int i = 0; i < 450; ++i) streets.push_back(Street(100 + i, "", 4, {{115, 36}, {115.001, 36}}, 90));
  ASSERT_TRUE(repo.ReplaceStreets("411002", streets).ok());
  EXPECT_EQ(*repo.Count("411002"), 455);
  auto all = repo.InBox(Box(113.79, 33.99, 113.83, 34.01));
  ASSERT_TRUE(all.ok());
  std::vector<std::int64_t> ways;
  for (const auto& s : *all) ways.push_back(s.osm_way_id);
  EXPECT_EQ(ways, (std::vector<std::int64_t>{1, 5, 2, 3}));
  auto major = repo.InBox(Box(113.79, 33.99, 113.83, 34.01, 2));
  ASSERT_EQ(major->size(), 1u);
  EXPECT_EQ((*major)[0].name, "人民路");
  StreetQuery named = Box(113.79, 33.99, 113.83, 34.01);
  named.named_only = true;
  named.limit = 2;
  auto first_named = repo.InBox(named);
  ASSERT_EQ(first_named->size(), 2u);
  EXPECT_EQ((*first_named)[1].name, "文化路");
}

TEST_P(StreetRepositoryTest, ReplacingDropsTheOldStreetsOfThatDistrictOnly) {
  StreetRepository repo(db());
  ASSERT_TRUE(repo.ReplaceStreets("411002", {Street(1, "旧路", 2, {{113.8, 34}, {113.81, 34}}, 900)}).ok());
  ASSERT_TRUE(repo.ReplaceStreets("411003", {Street(9, "邻区路", 2, {{113.8, 34}, {113.81, 34}}, 900)}).ok());
  ASSERT_TRUE(repo.ReplaceStreets("411002", {Street(2, "新路", 2, {{113.8, 34}, {113.81, 34}}, 900)}).ok());
  auto found = repo.InBox(Box(113.7, 33.9, 113.9, 34.1));
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].name, "新路");
  EXPECT_EQ(*repo.Count("411003"), 1);
}

TEST(StreetLineTextTest, DecodingRejectsDamagedText) {
  EXPECT_EQ(DecodeStreetLine("113.8,34.0;113.9").status().code(), ErrorCode::kInternal);
  EXPECT_EQ(DecodeStreetLine("113.8,34.0x").status().code(), ErrorCode::kInternal);
  EXPECT_TRUE(DecodeStreetLine("")->empty());
  EXPECT_EQ(DecodeStreetLine(EncodeStreetLine({{1.5, -2.25}, {3, 4}})).value(),
            (std::vector<StreetPoint>{{1.5, -2.25}, {3, 4}}));
}

SANWANG_INSTANTIATE_BACKENDS(StreetRepositoryTest);

}  // namespace
}  // namespace sanwang::store
