#include "org/area_import.h"

#include "org/org_test_fixture.h"

namespace sanwang::org {
namespace {

class AreaImportTest : public SmallDistrictTest {
 protected:
  std::size_t GridCount() { return Directory().OfKind("grid").size(); }
};

TEST_P(AreaImportTest, AddsAndUpdatesGrids) {
  auto r = ImportAreas(db(), kTestDistrict,
                       Collection({Feature(R"({"code":"G3","name":"三网格","parent":"C","demo":true})",
                                           Square(113.80, 34.00, 113.805, 34.005)),
                                   Feature(R"({"code":"G1","name":"一网格（新）"})", Square(113.80, 34.00, 113.81, 34.02))}));
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
  std::string good = Feature(R"({"code":"G9","name":"好","parent":"C"})", Square(113.80, 34.00, 113.801, 34.001));
  std::vector<BadFile> cases = {
      {"outside its community", Collection({good, Feature(R"({"code":"G8","name":"外","parent":"C"})", Square(113.83, 34.0, 113.84, 34.01))}), "feature 1: grid G8 is not inside community C"},
      {"unknown parent", Collection({good, Feature(R"({"code":"G8","name":"x","parent":"NOPE"})", Square(113.80, 34.0, 113.801, 34.001))}), "feature 1: parent NOPE is not a community"},
      {"no code", Collection({good, Feature(R"({"name":"x","parent":"C"})", Square(113.80, 34.0, 113.801, 34.001))}), "feature 1: property 'code'"},
      {"duplicate code", Collection({good, good}), "appears twice"},
      {"unclosed ring", Collection({good, Feature(R"({"code":"G8","name":"x","parent":"C"})", "[[[113.80,34.0],[113.801,34.0],[113.801,34.001],[113.80,34.001]]]")}), "feature 1"},
      {"self-intersecting", Collection({good, Feature(R"({"code":"G8","name":"x","parent":"C"})", "[[[113.80,34.0],[113.801,34.001],[113.801,34.0],[113.80,34.001],[113.80,34.0]]]")}), "feature 1"},
      {"unknown community boundary", Collection({Feature(R"({"code":"C9","kind":"community"})", Square(113.80, 34.00, 113.82, 34.02))}), "no community with code C9"},
      {"not JSON", "{\"type\": \"FeatureCollection\", ", ""},
  };
  for (const auto& c : cases) {
    auto r = ImportAreas(db(), kTestDistrict, c.geojson);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << c.name << ": " << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.expected), std::string::npos) << c.name << ": " << r.status().message();
    EXPECT_EQ(GridCount(), 2u) << c.name << " wrote something";
  }
}

SANWANG_INSTANTIATE_BACKENDS(AreaImportTest);

}  // namespace
}  // namespace sanwang::org
