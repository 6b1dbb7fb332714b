#include "org/area_import.h"

#include <cmath>

#include "org/org_test_fixture.h"

namespace sanwang::org {
namespace {

class AreaImportTest : public SmallDistrictTest {
 protected:
  std::size_t GridCount() { return Directory().OfKind("grid").size(); }
};

TEST_P(AreaImportTest, AddsAndUpdatesGrids) {
  auto r = ImportAreas(
      db(), kTestDistrict,
      Collection({Feature(R"({"code":"G3","name":"三网格","parent":"C","demo":true})",
                          Square(113.80, 34.00, 113.81, 34.005)),
                  Feature(R"({"code":"G1","name":"一网格（新）"})", Square(113.80, 34.005, 113.81, 34.02))}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->grids_added, 1);
  EXPECT_EQ(r->grids_updated, 1);
  OrgDirectory dir = Directory();
  EXPECT_EQ(dir.FindByCode("G1")->name, "一网格（新）");
  EXPECT_TRUE(dir.FindByCode("G3")->demo_geometry);
  EXPECT_EQ(dir.AncestorOfKind(dir.FindByCode("G3")->id, "community")->code, "C");
}

struct BadFile {
  std::string name;
  std::string geojson;
  std::string expected;  // part of the message
};

TEST_P(AreaImportTest, RejectsABadFileWholeWithTheFeatureIndex) {
  std::string good =
      Feature(R"({"code":"G9","name":"好","parent":"C"})", Square(113.80, 34.00, 113.801, 34.001));
  std::vector<BadFile> cases = {
      {"outside its community",
       Collection(
           {good, Feature(R"({"code":"G8","name":"外","parent":"C"})", Square(113.83, 34.0, 113.84, 34.01))}),
       "feature 1: grid G8 is not inside community C"},
      {"unknown parent",
       Collection({good, Feature(R"({"code":"G8","name":"x","parent":"NOPE"})",
                                 Square(113.80, 34.0, 113.801, 34.001))}),
       "feature 1: parent NOPE is not a community"},
      {"no code",
       Collection({good, Feature(R"({"name":"x","parent":"C"})", Square(113.80, 34.0, 113.801, 34.001))}),
       "feature 1: property 'code'"},
      {"duplicate code", Collection({good, good}), "appears twice"},
      {"unclosed ring",
       Collection({good, Feature(R"({"code":"G8","name":"x","parent":"C"})",
                                 "[[[113.80,34.0],[113.801,34.0],[113.801,34.001],[113.80,34.001]]]")}),
       "feature 1"},
      {"self-intersecting",
       Collection(
           {good,
            Feature(R"({"code":"G8","name":"x","parent":"C"})",
                    "[[[113.80,34.0],[113.801,34.001],[113.801,34.0],[113.80,34.001],[113.80,34.0]]]")}),
       "feature 1"},
      {"unknown community boundary",
       Collection({Feature(R"({"code":"C9","kind":"community"})", Square(113.80, 34.00, 113.82, 34.02))}),
       "no community with code C9"},
      {"not JSON", "{\"type\": \"FeatureCollection\", ", ""},
  };
  for (const auto& c : cases) {
    auto r = ImportAreas(db(), kTestDistrict, c.geojson);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << c.name << ": " << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.expected), std::string::npos)
        << c.name << ": " << r.status().message();
    EXPECT_EQ(GridCount(), 2u) << c.name << " wrote something";
  }
}

// G1 is 113.80–113.81 and G2 113.81–113.82 (lon), 34.00–34.02 (lat), both in community C.
TEST_P(AreaImportTest, AGridOverlappingAnotherIsRefusedUnlessAllowed) {
  const std::string before = Directory().FindByCode("G1")->geometry;
  std::string over_g2 =
      Collection({Feature(R"({"code":"G1","name":"一网格"})", Square(113.80, 34.00, 113.815, 34.02))});
  auto refused = ImportAreas(db(), kTestDistrict, over_g2);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("grid G1 overlaps grid G2"), std::string::npos)
      << refused.status().message();
  EXPECT_EQ(refused.status().field(), "features[0]");
  EXPECT_EQ(Directory().FindByCode("G1")->geometry, before);

  AreaImportOptions allowed;
  allowed.allow_overlap = true;
  auto accepted = ImportAreas(db(), kTestDistrict, over_g2, allowed);
  ASSERT_TRUE(accepted.ok()) << accepted.status().ToString();
  EXPECT_NE(Directory().FindByCode("G1")->geometry, before);
}

TEST_P(AreaImportTest, GridsOfOneFileMayTouchButNotOverlap) {
  std::string touching = Collection(
      {Feature(R"({"code":"G1"})", Square(113.80, 34.00, 113.81, 34.01)),
       Feature(R"({"code":"G3","name":"三","parent":"C"})", Square(113.80, 34.01, 113.81, 34.02))});
  auto ok = ImportAreas(db(), kTestDistrict, touching);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  std::string overlapping =
      Collection({Feature(R"({"code":"G4","name":"四","parent":"C"})", Square(113.80, 34.00, 113.81, 34.005)),
                  Feature(R"({"code":"G1"})", Square(113.80, 34.00, 113.81, 34.01))});
  auto refused = ImportAreas(db(), kTestDistrict, overlapping);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("overlaps"), std::string::npos) << refused.status().message();
  EXPECT_EQ(GridCount(), 3u);
}

TEST_P(AreaImportTest, FilesAndFeaturesBeyondTheirLimitsAreRefused) {
  std::string ring = "[[";
  const int n = 400;  // points on a circle in G1, closed: n + 1 vertices
  for (int i = 0; i <= n; ++i) {
    double a = 2 * 3.141592653589793 * (i % n) / n;
    ring += (i ? "," : "") + std::string("[") + std::to_string(113.805 + 0.004 * std::cos(a)) + "," +
            std::to_string(34.01 + 0.004 * std::sin(a)) + "]";
  }
  ring += "]]";
  std::string round = Collection({Feature(R"({"code":"G1"})", ring)});
  AreaImportOptions options;
  options.max_vertices_per_feature = n;
  auto refused = ImportAreas(db(), kTestDistrict, round, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("too many vertices: 401"), std::string::npos)
      << refused.status().message();
  options.max_vertices_per_feature = n + 1;
  EXPECT_TRUE(ImportAreas(db(), kTestDistrict, round, options).ok());
  options.max_bytes = round.size() - 1;
  auto too_large = ImportAreas(db(), kTestDistrict, round, options);
  ASSERT_FALSE(too_large.ok());
  EXPECT_NE(too_large.status().message().find("too large"), std::string::npos)
      << too_large.status().message();
}

SANWANG_INSTANTIATE_BACKENDS(AreaImportTest);

}  // namespace
}  // namespace sanwang::org
