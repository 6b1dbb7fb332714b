#include "cases/catalog.h"

#include "cases/cases_test_fixture.h"
#include "core/csv.h"
#include "core/files.h"
#include "org/division_import.h"
#include "store/store_test_fixture.h"

namespace sanwang::cases {
namespace {

class ShippedCatalogTest : public store::BackendTest {};

TEST_P(ShippedCatalogTest, ImportsExportsAndReimportsTheDefault) {
  std::filesystem::path root = testing::SourceDir();
  ASSERT_TRUE(org::ImportDivisions(db(), root / "data/divisions", "411002").ok());
  auto catalog = ReadFileToString(root / "data/catalog/catalog.csv");
  auto departments = ReadFileToString(root / "data/catalog/departments.csv");
  ASSERT_TRUE(catalog.ok() && departments.ok());
  auto r = ImportCatalog(db(), "411002", *catalog, *departments);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->aspects, 17);
  EXPECT_GE(r->items, 150);
  store::CatalogRepository repo(db());
  auto loaded = Catalog::Load(repo, "411002");
  std::map<std::string, int> tiers;
  for (const auto& [code, item] : loaded->items()) ++tiers[item.tier];
  for (const char* tier : {"online", "grid", "community", "street", "department"})
    EXPECT_GT(tiers[tier], 0) << tier;

  auto exported = ExportCatalogCsv(db(), "411002");
  ASSERT_TRUE(exported.ok());
  auto again = ImportCatalog(db(), "411002", *exported, *departments);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->items, r->items);
  EXPECT_EQ(*ExportCatalogCsv(db(), "411002"), *exported);
}

TEST_P(ShippedCatalogTest, NeedsDivisionsFirst) {
  auto r = ImportCatalog(db(), "411002",
                         "code,aspect_code,aspect_zh,aspect_en,name_zh,name_en,tier,department,sla_hours,"
                         "online_answer_zh,online_answer_en,keywords\n",
                         "code,name_zh,name_en\n");
  EXPECT_EQ(r.status().code(), ErrorCode::kFailedPrecondition);
}

SANWANG_INSTANTIATE_BACKENDS(ShippedCatalogTest);

class CatalogValidationTest : public CasesTest {};

TEST_P(CatalogValidationTest, ABadRowRejectsTheFileAndChangesNothing) {
  const std::string header =
      "code,aspect_code,aspect_zh,aspect_en,name_zh,name_en,tier,department,sla_hours,online_answer_zh,"
      "online_answer_en,keywords\n";
  const std::string good = "B01-001,B01,新方面,New,新事项,New item,grid,,8,,,新\n";
  const std::string departments = "code,name_zh,name_en\nDEPT,区城市管理局,Urban Management\n";
  const std::vector<std::pair<std::string, std::string>> bad_rows = {
      {"B01-002,B01,新方面,New,x,x,planet,,8,,,\n", "tier"},
      {"B01-002,B01,新方面,New,x,x,grid,,-1,,,\n", "sla_hours"},
      {"B01-002,B01,新方面,New,x,x,grid,,eight,,,\n", "sla_hours"},
      {"B01-002,B01,新方面,New,x,x,department,,8,,,\n", "department"},
      {"B01-002,B01,新方面,New,x,x,department,NOPE,8,,,\n", "department"},
      {"B01-002,B01,新方面,New,x,x,grid,DEPT,8,,,\n", "department"},
      {"B01-002,B01,新方面,New,x,x,online,,0,,,\n", "online_answer_zh"},
      {"B01-001,B01,新方面,New,x,x,grid,,8,,,\n", "code"},
      {",B01,新方面,New,x,x,grid,,8,,,\n", "code"},
  };
  for (const auto& [row, field] : bad_rows) {
    auto r = ImportCatalog(db(), org::kTestDistrict, header + good + row, departments);
    ASSERT_FALSE(r.ok()) << row;
    EXPECT_EQ(r.status().field(), field) << row << r.status().ToString();
    EXPECT_NE(r.status().message().find("line 3"), std::string::npos) << r.status().message();
  }
  store::CatalogRepository repo(db());
  EXPECT_FALSE(repo.FindItem(org::kTestDistrict, "B01-001")->has_value());
}

SANWANG_INSTANTIATE_BACKENDS(CatalogValidationTest);

}  // namespace
}  // namespace sanwang::cases
