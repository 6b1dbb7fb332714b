// The party organizations' CSV on SQLite and PostgreSQL: Chinese headers and kinds with a
// parent named by a later row, a GBK file, a bad row (an unknown unit, a parent that is a
// branch, a cycle among the parents) refusing the whole file with its row number and
// field, and an export that imports back unchanged.
#include "bodies/party_org_csv.h"

#include <iconv.h>

#include "bodies/bodies_test_fixture.h"
#include "bodies/store/party_org_repository.h"

namespace sanwang::bodies {
namespace {

// `utf8` as GBK, as a spreadsheet in China saves CSV.
std::string ToGbk(const std::string& utf8) {
  iconv_t cd = iconv_open("GBK", "UTF-8");
  std::string in = utf8;
  std::string out(in.size() * 2, '\0');
  char* src = in.data();
  char* dst = out.data();
  std::size_t src_left = in.size();
  std::size_t dst_left = out.size();
  const std::size_t converted = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  EXPECT_NE(converted, static_cast<std::size_t>(-1));
  out.resize(out.size() - dst_left);
  return out;
}

class PartyOrgCsvTest : public BodiesTest {
 protected:
  std::vector<store::PartyOrgRecord> Stored() { return *store::PartyOrgRepository(db()).List(kTestDistrict); }
};

// The community's general branch names its parent on the row below it.
constexpr const char* kChinese =
    "名称,类别,所属单位,依托单位,上级党组织,书记,党员人数,成立日期\n"
    "中共C社区总支部委员会,党总支,C,,中共S街道工作委员会,李强,86,2003-07-01\n"
    "中共S街道工作委员会,党委,S,,,张伟,420,\n"
    "C社区第一党支部,党支部,C,,中共C社区总支部委员会,王芳,31,\n"
    "某物业公司党支部,党支部,C,和美物业有限公司,中共C社区总支部委员会,赵敏,7,2019-05-04\n";

TEST_P(PartyOrgCsvTest, ChineseHeadersImportWithParentsNamedAnywhereInTheFile) {
  auto result = ImportPartyOrgs(db(), *org_, kChinese);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->added, 4);
  auto stored = Stored();
  ASSERT_EQ(stored.size(), 4u);
  std::map<std::string, store::PartyOrgRecord> by_name;
  for (const auto& p : stored) by_name[p.name] = p;
  EXPECT_EQ(by_name["中共C社区总支部委员会"].kind, "general_branch");
  EXPECT_EQ(by_name["中共C社区总支部委员会"].parent_name, "中共S街道工作委员会");
  EXPECT_EQ(by_name["中共C社区总支部委员会"].members, 86);
  EXPECT_EQ(by_name["某物业公司党支部"].host, "和美物业有限公司");
  EXPECT_EQ(by_name["C社区第一党支部"].parent_id, by_name["中共C社区总支部委员会"].id);
  EXPECT_FALSE(by_name["中共S街道工作委员会"].parent_id.has_value());
}

TEST_P(PartyOrgCsvTest, AGbkFileImportsWithItsNamesIntact) {
  auto result = ImportPartyOrgs(db(), *org_, ToGbk(kChinese));
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->added, 4);
  EXPECT_EQ(Stored()[0].unit_code, "C");
  EXPECT_EQ(Stored()[0].name, "中共C社区总支部委员会");
}

TEST_P(PartyOrgCsvTest, ABadRowRefusesTheWholeFileNamingRowAndField) {
  struct Case {
    std::string bad_row;
    const char* field;
  };
  const std::vector<Case> table = {
      {"第二党支部,党支部,NOWHERE,,中共C社区总支部委员会,孙丽,5,", "unit_code"},
      {"第二党支部,党小组,C,,中共C社区总支部委员会,孙丽,5,", "kind"},
      {"第二党支部,党支部,C,,C社区第一党支部,孙丽,5,", "parent"},  // a branch holds nothing
      {"第二党支部,党支部,C,,不存在的党委,孙丽,5,", "parent"},
      {"第二党支部,党支部,C,,中共C社区总支部委员会,孙丽,很多,", "members"},
      {"第二党支部,党支部,C,,中共C社区总支部委员会,,5,", "secretary"},
      {"第二党支部,党支部,C,,中共C社区总支部委员会,孙丽,5,2019-02-30", "founded_on"},
      {"C社区第一党支部,党支部,C,,中共C社区总支部委员会,孙丽,5,", "name"},  // named twice
  };
  for (const Case& c : table) {
    auto result = ImportPartyOrgs(db(), *org_, std::string(kChinese) + c.bad_row + "\n");
    ASSERT_FALSE(result.ok()) << c.bad_row;
    EXPECT_EQ(result.status().field(), c.field) << result.status().ToString();
    EXPECT_NE(result.status().message().find("row 6"), std::string::npos) << result.status().ToString();
  }
  EXPECT_TRUE(Stored().empty());
}

TEST_P(PartyOrgCsvTest, ACycleAmongTheParentsIsRefusedAndNothingChanges) {
  // Two general branches of one community, each naming the other as its parent.
  const std::string looped =
      "name,kind,unit_code,parent,secretary\n"
      "甲总支,general_branch,C,乙总支,李强\n"
      "乙总支,general_branch,C,甲总支,王芳\n";
  auto result = ImportPartyOrgs(db(), *org_, looped);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().field(), "parent");
  EXPECT_NE(result.status().message().find("cycle"), std::string::npos) << result.status().ToString();
  EXPECT_TRUE(Stored().empty());

  // Stored first, then a file that would turn the chain into a loop: refused, stored rows as they were.
  ASSERT_TRUE(ImportPartyOrgs(db(), *org_,
                              "name,kind,unit_code,parent,secretary\n"
                              "甲总支,general_branch,C,,李强\n"
                              "乙总支,general_branch,C,甲总支,王芳\n")
                  .ok());
  const std::string id_of_first =
      std::to_string(Stored()[0].name == "甲总支" ? Stored()[0].id : Stored()[1].id);
  auto loop = ImportPartyOrgs(
      db(), *org_,
      "id,name,kind,unit_code,parent,secretary\n" + id_of_first + ",甲总支,general_branch,C,乙总支,李强\n");
  EXPECT_EQ(loop.status().field(), "parent") << loop.status().ToString();
  for (const auto& p : Stored()) EXPECT_EQ(p.parent_id.has_value(), p.name == "乙总支") << p.name;
}

TEST_P(PartyOrgCsvTest, TheExportImportsBack) {
  ASSERT_TRUE(ImportPartyOrgs(db(), *org_, kChinese).ok());
  const std::string exported = PartyOrgCsv(Stored());
  auto again = ImportPartyOrgs(db(), *org_, exported);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->updated, 4);
  EXPECT_EQ(PartyOrgCsv(Stored()), exported);
}

SANWANG_INSTANTIATE_BACKENDS(PartyOrgCsvTest);

}  // namespace
}  // namespace sanwang::bodies
