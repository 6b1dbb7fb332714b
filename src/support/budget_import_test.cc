// Budget lines from CSV: tree order, allocation below the district, a bad row refused with
// its line number and field and nothing imported; the export imports again.
#include "support/budget_import.h"

#include "support/budget_test_fixture.h"

namespace sanwang::support {
namespace {

class BudgetImportTest : public BudgetTest {
 protected:
  std::size_t Lines() { return db().Query("SELECT id FROM budget_lines")->size(); }
};

TEST_P(BudgetImportTest, DistrictRowsSetUpLinesAndLowerRowsAllocate) {
  auto r = ImportBudgetLines(LedgerOf(Admin()),
                             "year,unit_code,category,amount_fen\n"
                             "2026,D,personnel,100000\n"
                             "2026,S,personnel,40000\n"
                             "2026,C,personnel,15000\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->district_lines, 1);
  EXPECT_EQ(r->allocations, 2);
  auto lines = *ListLines(LedgerOf(Admin()), 2026, "");
  ASSERT_EQ(lines.size(), 3u);
  auto csv = ExportBudgetLines(LedgerOf(Admin()), 2026);
  ASSERT_TRUE(csv.ok());
  EXPECT_NE(csv->find("2026,D,personnel,100000,40000,0,60000,\n"), std::string::npos) << *csv;
  EXPECT_NE(csv->find("2026,C,personnel,15000,0,0,15000,S\n"), std::string::npos) << *csv;
}

TEST_P(BudgetImportTest, AMalformedRowIsNamedAndNothingIsImported) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"2026,D,personnel,100000\n2026,S,personnel,12.5\n", "amount_fen"},
      {"2026,D,personnel,100000\n2026,S,travel,5\n", "category"},
      {"2026,D,personnel,100000\n2026,NOPE,personnel,5\n", "unit_code"},
      {"2026,D,personnel,100000\n2026,S,personnel,100001\n", "amount_fen"},
      {"2026,D,personnel,100000\n20x6,S,personnel,5\n", "year"},
  };
  for (const auto& [rows, field] : bad) {
    auto r = ImportBudgetLines(LedgerOf(Admin()), "year,unit_code,category,amount_fen\n" + rows);
    ASSERT_FALSE(r.ok()) << rows;
    EXPECT_EQ(r.status().field(), field) << r.status().ToString();
    EXPECT_NE(r.status().message().find("line 3"), std::string::npos) << r.status().ToString();
    EXPECT_EQ(Lines(), 0u) << rows;
  }
}

SANWANG_INSTANTIATE_BACKENDS(BudgetImportTest);

}  // namespace
}  // namespace sanwang::support
