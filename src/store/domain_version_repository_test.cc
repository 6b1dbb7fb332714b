#include "store/domain_version_repository.h"

#include "store/catalog_repository.h"
#include "store/org_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class DomainVersionTest : public BackendTest {
 protected:
  std::int64_t VersionOf(const std::string& district) {
    auto version = DomainVersionRepository(db()).Current(district);
    EXPECT_TRUE(version.ok()) << version.status().ToString();
    return version.ok() ? *version : -1;
  }
  UnitRecord AddUnit(const std::string& district, const std::string& code) {
    UnitRecord unit;
    unit.district_code = district;
    unit.code = code;
    unit.kind = "community";
    unit.name = "社区 " + code;
    auto added = OrgRepository(db()).Insert(unit);
    EXPECT_TRUE(added.ok()) << added.status().ToString();
    return added.ok() ? *added : unit;
  }
};

TEST_P(DomainVersionTest, EveryChangeOfTheOrgNetOrCatalogBumpsItsDistrictOnly) {
  EXPECT_EQ(VersionOf("411002"), 0);
  UnitRecord unit = AddUnit("411002", "C1");
  const std::int64_t after_insert = VersionOf("411002");
  EXPECT_GT(after_insert, 0);

  unit.name = "新名字";
  ASSERT_TRUE(OrgRepository(db()).UpdateNames(unit).ok());
  const std::int64_t after_rename = VersionOf("411002");
  EXPECT_GT(after_rename, after_insert);

  const std::string square = R"({"type":"Polygon","coordinates":[[[113,34],[114,34],[114,35],[113,34]]]})";
  ASSERT_TRUE(OrgRepository(db()).SetGeometry(unit.id, square, false).ok());
  const std::int64_t after_geometry = VersionOf("411002");
  EXPECT_GT(after_geometry, after_rename);

  CatalogRepository catalog(db());
  ASSERT_TRUE(catalog.UpsertAspect({"411002", "A01", "环境卫生", "Sanitation"}).ok());
  const std::int64_t after_aspect = VersionOf("411002");
  EXPECT_GT(after_aspect, after_geometry);
  CatalogItemRecord item;
  item.district_code = "411002";
  item.code = "A01-001";
  item.aspect_code = "A01";
  item.name = "楼道堆放杂物";
  item.tier = "grid";
  item.sla_hours = 8;
  ASSERT_TRUE(catalog.UpsertItem(item).ok());
  EXPECT_GT(VersionOf("411002"), after_aspect);

  EXPECT_EQ(VersionOf("411003"), 0) << "another district's copy stays valid";
  AddUnit("411003", "C9");
  EXPECT_GT(VersionOf("411003"), 0);
}

TEST_P(DomainVersionTest, AChangeRolledBackLeavesTheVersion) {
  AddUnit("411002", "C1");
  const std::int64_t before = VersionOf("411002");
  Status failed = db().InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(CatalogRepository(db()).UpsertAspect({"411002", "A02", "市容", "Cityscape"}));
    return InvalidArgument("the import found a bad line further on");
  });
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(VersionOf("411002"), before);
  EXPECT_TRUE(OrgRepository(db()).SetGeometry(987654, "{}", false).code() == ErrorCode::kNotFound);
  EXPECT_EQ(VersionOf("411002"), before);
}

SANWANG_INSTANTIATE_BACKENDS(DomainVersionTest);

}  // namespace
}  // namespace sanwang::store
