// The execution report drilled down from the district to a street: amounts, what went on,
// spending of the subtree and the execution rate, and the monthly series.
#include "support/budget_report.h"

#include "support/budget_test_fixture.h"

namespace sanwang::support {
namespace {

class BudgetReportTest : public BudgetTest {
 protected:
  // 10,000 fen for party building at D; 6,000 to S (S spends 500, gives 2,000 to C, which
  // spends 1,000 in October and 500 in November); 1,000 to S2. D itself spends 100.
  void SetUpBooks() {
    auto top = DistrictLine(10000);
    auto s = *Allocate(LedgerOf(Admin()), top.id, {"S", 6000, ""});
    ASSERT_TRUE(Allocate(LedgerOf(Admin()), top.id, {"S2", 1000, ""}).ok());
    auto c = *Allocate(LedgerOf(StreetStaff()), s.to_line_id, {"C", 2000, ""});
    ASSERT_TRUE(SpendApproved(StreetStaff(), s.to_line_id, {500, "p", "q", "2026-11-02", ""}).ok());
    ASSERT_TRUE(SpendApproved(CommunityStaff(), c.to_line_id, {1000, "p", "q", "2026-10-09", ""}).ok());
    ASSERT_TRUE(SpendApproved(CommunityStaff(), c.to_line_id, {500, "p", "q", "2026-11-20", ""}).ok());
    ASSERT_TRUE(SpendApproved(Admin(), top.id, {100, "p", "q", "2026-11-01", ""}).ok());
  }
};

TEST_P(BudgetReportTest, TheDistrictSeesItsStreetsWithTheirSubtreesSpending) {
  SetUpBooks();
  auto report = BuildBudgetReport(LedgerOf(Admin()), 2026, "");
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->unit_code, "D");
  ASSERT_EQ(report->own.size(), 1u);
  EXPECT_EQ(report->own[0].amount_fen, 10000);
  EXPECT_EQ(report->own[0].allocated_fen, 7000);
  EXPECT_EQ(report->own[0].own_spent_fen, 100);
  EXPECT_EQ(report->own[0].spent_fen, 2100);
  EXPECT_EQ(report->own[0].remaining_fen, 2900);
  EXPECT_DOUBLE_EQ(report->own[0].execution_rate, 0.21);
  ASSERT_EQ(report->children.size(), 2u);
  const auto& s = report->children[0];
  EXPECT_EQ(s.unit_code, "S");
  EXPECT_EQ(s.category_name, "党建经费");
  EXPECT_EQ(s.amount_fen, 6000);
  EXPECT_EQ(s.allocated_fen, 2000);
  EXPECT_EQ(s.spent_fen, 2000);  // 500 by S, 1,500 by C
  EXPECT_EQ(s.remaining_fen, 3500);
  EXPECT_DOUBLE_EQ(s.execution_rate, 2000.0 / 6000.0);
  EXPECT_EQ(report->children[1].unit_code, "S2");
  EXPECT_EQ(report->children[1].spent_fen, 0);
}

TEST_P(BudgetReportTest, DrillingDownToAStreetShowsItsCommunitiesAndMonths) {
  SetUpBooks();
  auto report = BuildBudgetReport(LedgerOf(StreetStaff()), 2026, "S");
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ASSERT_EQ(report->children.size(), 2u);
  EXPECT_EQ(report->children[0].unit_code, "C");
  EXPECT_EQ(report->children[0].spent_fen, 1500);
  EXPECT_DOUBLE_EQ(report->children[0].execution_rate, 0.75);
  EXPECT_EQ(report->children[1].unit_code, "C2");  // no money yet: zeros
  EXPECT_EQ(report->children[1].amount_fen, 0);
  ASSERT_EQ(report->monthly.size(), 2u);
  EXPECT_EQ(report->monthly[0].month, 202610);
  EXPECT_EQ(report->monthly[0].spent_fen, 1000);
  EXPECT_EQ(report->monthly[0].category_name, "党建经费");
  EXPECT_EQ(report->monthly[1].month, 202611);
  EXPECT_EQ(report->monthly[1].spent_fen, 1000);  // 500 by S and 500 by C; D's 100 is outside
}

TEST_P(BudgetReportTest, AReportOutsideTheScopeIsRefused) {
  SetUpBooks();
  EXPECT_EQ(BuildBudgetReport(LedgerOf(StreetStaff("S2")), 2026, "S").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(BuildBudgetReport(LedgerOf(As("grid_worker", ids_.at("G"))), 2026, "").status().code(),
            ErrorCode::kPermissionDenied);
  auto own = BuildBudgetReport(LedgerOf(CommunityStaff()), 2026, "");
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->unit_code, "C");
  EXPECT_TRUE(own->children.empty());
}

SANWANG_INSTANTIATE_BACKENDS(BudgetReportTest);

}  // namespace
}  // namespace sanwang::support
