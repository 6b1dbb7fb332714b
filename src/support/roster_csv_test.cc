// The roster's CSV on SQLite and PostgreSQL: Chinese headers and values, a bad row
// refusing the whole file with its row number and field, and an export that imports back.
#include "support/roster_csv.h"

#include "support/budget_test_fixture.h"
#include "support/store/roster_repository.h"

namespace sanwang::support {
namespace {

class RosterCsvTest : public BudgetTest {
 protected:
  std::vector<store::WorkerRecord> Workers() {
    return *store::RosterRepository(db()).List(store::WorkerQuery::AllOf(kTestDistrict));
  }
};

constexpr const char* kChinese =
    "姓名,类别,岗位,所属单位,网格,入职日期,职业资格,身份证号,手机号,在岗,社区户数\n"
    "王芳,网格员,网格员,C,G,2021-03-01,助理社会工作师,11010519491231002x,13812345678,是,\n"
    "李强,专职社区工作者,社区书记,C,,2015-07-01,社会工作师,410102199003071230,13912345678,是,2400\n"
    "赵敏,专业社工,社工,S,,2022-09-01,无,410102198511204568,13712345678,否,\n";

TEST_P(RosterCsvTest, ChineseHeadersAndValuesImport) {
  auto result = ImportRoster(db(), *org_, kChinese);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->added, 3);
  EXPECT_EQ(result->households, 1);
  auto workers = Workers();
  ASSERT_EQ(workers.size(), 3u);
  EXPECT_EQ(workers[0].unit_code, "C");
  auto households = store::RosterRepository(db()).Households(kTestDistrict);
  ASSERT_EQ(households->size(), 1u);
  EXPECT_EQ((*households)[0].households, 2400);
}

TEST_P(RosterCsvTest, ABadRowRefusesTheWholeFileNamingRowAndField) {
  struct Case {
    std::string bad_row;
    const char* field;
  };
  const std::vector<Case> table = {
      {"孙丽,网格员,网格员,C,,2021-03-01,无,410102200002290015,13812345670,是,", "grid_code"},
      {"孙丽,专业社工,社工,C,,2021-03-01,无,410102200002290016,13812345670,是,", "id_number"},
      {"孙丽,专业社工,社工,C,,2021-03-01,博士,410102200002290015,13812345670,是,", "qualification"},
      {"孙丽,专业社工,社工,C,,2021-03-01,无,410102200002290015,1381234567,是,", "phone"},
      {"孙丽,专业社工,社工,C,,2021-03-01,无,410102200002290015,13812345670,也许,", "active"},
      {"孙丽,专业社工,社工,S,,2021-03-01,无,410102200002290015,13812345670,是,300", "households"},
      {"孙丽,专业社工,社工,C,,2021-03-01,无,410102199003071230,13812345670,是,",
       "id_number"},  // listed above
  };
  for (const Case& c : table) {
    auto result = ImportRoster(db(), *org_, std::string(kChinese) + c.bad_row + "\n");
    ASSERT_FALSE(result.ok()) << c.bad_row;
    EXPECT_EQ(result.status().field(), c.field) << result.status().ToString();
    EXPECT_NE(result.status().message().find("row 5"), std::string::npos) << result.status().ToString();
  }
  EXPECT_TRUE(Workers().empty());
  EXPECT_FALSE(ImportRoster(db(), *org_, "姓名,工资\n王芳,1\n").ok());
}

TEST_P(RosterCsvTest, TheExportImportsBack) {
  ASSERT_TRUE(ImportRoster(db(), *org_, kChinese).ok());
  auto households = store::RosterRepository(db()).Households(kTestDistrict);
  const std::string exported = RosterCsv(Workers(), {{(*households)[0].unit_id, 2400}});
  auto again = ImportRoster(db(), *org_, exported);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->updated, 3);
  EXPECT_EQ(again->households, 1);
  EXPECT_EQ(RosterCsv(Workers(), {{(*households)[0].unit_id, 2400}}), exported);
}

SANWANG_INSTANTIATE_BACKENDS(RosterCsvTest);

}  // namespace
}  // namespace sanwang::support
