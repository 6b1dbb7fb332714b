#include "store/org_repository.h"

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class OrgRepositoryTest : public BackendTest {
 protected:
  UnitRecord Add(const std::string& code, const std::string& kind, std::optional<Id> parent) {
    UnitRecord u;
    u.district_code = "411002";
    u.code = code;
    u.kind = kind;
    u.name = "单位" + code;
    u.parent_id = parent;
    auto inserted = OrgRepository(db()).Insert(u);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? *inserted : u;
  }
};

TEST_P(OrgRepositoryTest, PathsFollowTheTree) {
  UnitRecord district = Add("411002", "district", std::nullopt);
  UnitRecord street = Add("411002001", "street", district.id);
  UnitRecord community = Add("411002001001", "community", street.id);
  EXPECT_EQ(district.path, "/" + std::to_string(district.id) + "/");
  EXPECT_EQ(community.path, street.path + std::to_string(community.id) + "/");
  OrgRepository repo(db());
  EXPECT_EQ(repo.Get(community.id)->path, community.path);
  EXPECT_EQ(repo.Children(district.id)->size(), 1u);
  EXPECT_EQ(repo.ListByKind("411002", "community")->at(0).code, "411002001001");
  EXPECT_EQ(repo.All("411002")->size(), 3u);
  EXPECT_TRUE(repo.All("999999")->empty());
}

TEST_P(OrgRepositoryTest, DuplicateCodeIsRefusedAndLeavesNoRow) {
  UnitRecord district = Add("411002", "district", std::nullopt);
  UnitRecord dup;
  dup.district_code = "411002";
  dup.code = "411002";
  dup.kind = "district";
  dup.name = "again";
  auto r = OrgRepository(db()).Insert(dup);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(OrgRepository(db()).All("411002")->size(), 1u);
  (void)district;
}

TEST_P(OrgRepositoryTest, UnknownParentIsNotFound) {
  UnitRecord orphan;
  orphan.district_code = "411002";
  orphan.code = "x";
  orphan.kind = "grid";
  orphan.name = "x";
  orphan.parent_id = 12345;
  EXPECT_EQ(OrgRepository(db()).Insert(orphan).status().code(), ErrorCode::kNotFound);
}

TEST_P(OrgRepositoryTest, GeometryAndNamesUpdate) {
  UnitRecord grid = Add("G1", "grid", std::nullopt);
  OrgRepository repo(db());
  ASSERT_TRUE(repo.SetGeometry(grid.id, R"({"type":"Polygon","coordinates":[]})", true).ok());
  EXPECT_TRUE(repo.Get(grid.id)->demo_geometry);
  EXPECT_EQ(repo.SetGeometry(grid.id + 100, "{}", false).code(), ErrorCode::kNotFound);
  grid.name = "第一网格";
  ASSERT_TRUE(repo.UpdateNames(grid).ok());
  auto found = repo.FindByCode("411002", "G1");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->name, "第一网格");
  EXPECT_FALSE(repo.FindByCode("411002", "G2")->has_value());
}

SANWANG_INSTANTIATE_BACKENDS(OrgRepositoryTest);

}  // namespace
}  // namespace sanwang::store
