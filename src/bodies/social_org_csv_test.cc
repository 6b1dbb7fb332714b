// The social organizations' CSV on SQLite and PostgreSQL: Chinese headers, kinds and fields,
// an activity group without a credit code, a bad row (a wrong check character, an unknown
// community, a field outside the list) refusing the whole file with its row number and
// field, and an export that imports back unchanged.
#include "bodies/social_org_csv.h"

#include "bodies/bodies_test_fixture.h"
#include "bodies/store/social_org_repository.h"

namespace sanwang::bodies {
namespace {

class SocialOrgCsvTest : public BodiesTest {
 protected:
  std::vector<store::SocialOrgRecord> Stored() {
    return *store::SocialOrgRepository(db()).List(kTestDistrict);
  }
};

constexpr const char* kChinese =
    "名称,类别,统一社会信用代码,服务领域,领域说明,联系人,联系电话,服务社区,在用\n"
    "夕阳红养老服务中心,社会组织,91350100m000100y43,养老服务,,王芳,13812345678,C,是\n"
    "和美广场舞队,群众活动团体,,文化体育,,李娟,13912345678,C,是\n"
    "小红帽志愿服务队,志愿服务队,51110000500021676X,其他,垃圾分类宣传,赵敏,13712345678,C2,否\n";

TEST_P(SocialOrgCsvTest, ChineseHeadersAndValuesImport) {
  auto result = ImportSocialOrgs(db(), *org_, kChinese);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->added, 3);
  auto stored = Stored();
  ASSERT_EQ(stored.size(), 3u);
  std::map<std::string, store::SocialOrgRecord> by_name;
  for (const auto& s : stored) by_name[s.name] = s;
  EXPECT_EQ(by_name["夕阳红养老服务中心"].credit_code, "91350100M000100Y43");
  EXPECT_EQ(by_name["夕阳红养老服务中心"].field, "elder_care");
  EXPECT_EQ(by_name["和美广场舞队"].kind, "activity_group");
  EXPECT_EQ(by_name["和美广场舞队"].credit_code, "");
  EXPECT_EQ(by_name["小红帽志愿服务队"].field_note, "垃圾分类宣传");
  EXPECT_EQ(by_name["小红帽志愿服务队"].community_code, "C2");
  EXPECT_FALSE(by_name["小红帽志愿服务队"].active);
}

TEST_P(SocialOrgCsvTest, ABadRowRefusesTheWholeFileNamingRowAndField) {
  struct Case {
    std::string bad_row;
    const char* field;
  };
  const std::vector<Case> table = {
      {"新社团,社会组织,91350100M000100Y44,养老服务,,孙丽,13812345670,C,是",
       "credit_code"},                                                      // check character
      {"新社团,社会组织,,养老服务,,孙丽,13812345670,C,是", "credit_code"},  // registered: required
      {"新社团,社会组织,91110000802100433B,养老服务,,孙丽,13812345670,NOWHERE,是", "community_code"},
      {"新社团,社会组织,91110000802100433B,养老服务,,孙丽,13812345670,S,是", "community_code"},
      {"新社团,社会组织,91110000802100433B,炒股,,孙丽,13812345670,C,是", "field"},
      {"新社团,社会组织,91110000802100433B,其他,,孙丽,13812345670,C,是", "field_note"},
      {"新社团,社会组织,91110000802100433B,养老服务,,孙丽,1381234567,C,是", "contact_phone"},
      {"新社团,社会团体,91110000802100433B,养老服务,,孙丽,13812345670,C,是", "kind"},
      {"和美广场舞队,群众活动团体,,文化体育,,孙丽,13812345670,C,是", "name"},  // named twice
  };
  for (const Case& c : table) {
    auto result = ImportSocialOrgs(db(), *org_, std::string(kChinese) + c.bad_row + "\n");
    ASSERT_FALSE(result.ok()) << c.bad_row;
    EXPECT_EQ(result.status().field(), c.field) << result.status().ToString();
    EXPECT_NE(result.status().message().find("row 5"), std::string::npos) << result.status().ToString();
  }
  EXPECT_TRUE(Stored().empty());
}

TEST_P(SocialOrgCsvTest, TheExportImportsBack) {
  ASSERT_TRUE(ImportSocialOrgs(db(), *org_, kChinese).ok());
  const std::string exported = SocialOrgCsv(Stored());
  auto again = ImportSocialOrgs(db(), *org_, exported);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->updated, 3);
  EXPECT_EQ(SocialOrgCsv(Stored()), exported);
}

SANWANG_INSTANTIATE_BACKENDS(SocialOrgCsvTest);

}  // namespace
}  // namespace sanwang::bodies
