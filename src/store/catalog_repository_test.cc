#include "store/catalog_repository.h"

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class CatalogRepositoryTest : public BackendTest {};

TEST_P(CatalogRepositoryTest, UpsertReplacesByCode) {
  CatalogRepository repo(db());
  ASSERT_TRUE(repo.UpsertAspect({"411002", "A01", "环境卫生", "Sanitation"}).ok());
  CatalogItemRecord item;
  item.district_code = "411002";
  item.code = "A01-001";
  item.aspect_code = "A01";
  item.name = "楼道堆放杂物";
  item.tier = "grid";
  item.sla_hours = 8;
  ASSERT_TRUE(repo.UpsertItem(item).ok());
  item.sla_hours = 4;
  ASSERT_TRUE(repo.UpsertItem(item).ok());
  auto items = repo.Items("411002");
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ(items->at(0).sla_hours, 4);
  EXPECT_EQ((*repo.FindItem("411002", "A01-001"))->name, "楼道堆放杂物");
  EXPECT_FALSE(repo.FindItem("411002", "A01-999")->has_value());
  EXPECT_EQ(repo.Aspects("411002")->at(0).name_en, "Sanitation");
}

TEST_P(CatalogRepositoryTest, ItemOfUnknownAspectIsRefused) {
  CatalogItemRecord item;
  item.district_code = "411002";
  item.code = "Z99-001";
  item.aspect_code = "Z99";
  item.name = "x";
  item.tier = "grid";
  item.sla_hours = 1;
  EXPECT_FALSE(CatalogRepository(db()).UpsertItem(item).ok());
}

SANWANG_INSTANTIATE_BACKENDS(CatalogRepositoryTest);

}  // namespace
}  // namespace sanwang::store
