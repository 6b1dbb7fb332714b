#include "org/division_import.h"

#include "org/org_directory.h"
#include "store/store_test_fixture.h"

namespace sanwang::org {
namespace {

class DivisionImportTest : public store::BackendTest {};

TEST_P(DivisionImportTest, LoadsWeiduFromTheRealTables) {
  std::filesystem::path dir = std::filesystem::path(testing::SourceDir()) / "data" / "divisions";
  int progress_calls = 0;
  auto r = ImportDivisions(db(), dir, "411002", [&](const std::string&) { ++progress_calls; });
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->streets, 15);
  EXPECT_EQ(r->communities, 104);
  EXPECT_GT(progress_calls, 0);
  store::OrgRepository repo(db());
  auto loaded = OrgDirectory::Load(repo, "411002");
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->Root()->name, "魏都区");
  const auto* jindi = loaded->FindByCode("411002001001");
  ASSERT_NE(jindi, nullptr);
  EXPECT_EQ(jindi->name, "金地社区");
  EXPECT_EQ(loaded->AncestorOfKind(jindi->id, "street")->name, "西大街道");
  ASSERT_NE(loaded->CommandCenter(), nullptr);

  // A second import keeps ids and adds nothing.
  auto again = ImportDivisions(db(), dir, "411002");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->updated, r->added);
  EXPECT_EQ(repo.FindByCode("411002", "411002001001")->value().id, jindi->id);
}

TEST_P(DivisionImportTest, UnknownDistrictIsNotFound) {
  std::filesystem::path dir = std::filesystem::path(testing::SourceDir()) / "data" / "divisions";
  EXPECT_EQ(ImportDivisions(db(), dir, "999999").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(ImportDivisions(db(), "/nonexistent", "411002").status().code(), ErrorCode::kNotFound);
}

TEST(CommunityNameTest, DropsTheCommitteeSuffix) {
  EXPECT_EQ(CommunityDisplayName("金地社区居委会"), "金地社区");
  EXPECT_EQ(CommunityDisplayName("某某拟社区"), "某某拟社区");
  EXPECT_EQ(CommunityDisplayName("居委会"), "居委会");
}

SANWANG_INSTANTIATE_BACKENDS(DivisionImportTest);

}  // namespace
}  // namespace sanwang::org
