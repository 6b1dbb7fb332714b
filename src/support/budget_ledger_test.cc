// The books through the domain: district lines, allocations down the tree, spending and
// reversals, each bad input refused with the field it is about and nothing written.
#include "support/budget_ledger.h"

#include "support/budget_categories.h"
#include "support/budget_test_fixture.h"

namespace sanwang::support {
namespace {

class BudgetLedgerTest : public BudgetTest {
 protected:
  NewSpending Spending(std::int64_t fen, std::string spent_on = "2026-11-05") {
    return {fen, "宣传栏制作", "某广告公司", std::move(spent_on), ""};
  }
  std::size_t SpendingRows() { return db().Query("SELECT id FROM budget_spending")->size(); }
  std::size_t LineRows() { return db().Query("SELECT id FROM budget_lines")->size(); }
};

void ExpectRefused(const Status& s, ErrorCode code, const std::string& field) {
  EXPECT_EQ(s.code(), code) << s.ToString();
  EXPECT_EQ(s.field(), field) << s.ToString();
}

TEST_P(BudgetLedgerTest, MoneyFlowsFromDistrictToStreetToCommunityAndIsSpentThere) {
  auto top = DistrictLine(9'200'000'00);  // 920 万元
  auto to_street = Allocate(LedgerOf(Admin()), top.id, {"S", 300'000'00, "第一批"});
  ASSERT_TRUE(to_street.ok()) << to_street.status().ToString();
  auto to_community = Allocate(LedgerOf(StreetStaff()), to_street->to_line_id, {"C", 100'000'00, ""});
  ASSERT_TRUE(to_community.ok()) << to_community.status().ToString();
  auto spent = SpendApproved(CommunityStaff(), to_community->to_line_id, Spending(12345));
  ASSERT_TRUE(spent.ok()) << spent.status().ToString();
  EXPECT_EQ(spent->spent_month, 202611);
  EXPECT_EQ(spent->created_by_name, "测试员");
  auto community_line = Line(to_community->to_line_id);
  EXPECT_EQ(community_line.parent_id, to_street->to_line_id);
  EXPECT_EQ(community_line.spent_fen, 12345);
  EXPECT_EQ(Line(to_street->to_line_id).allocated_fen, 100'000'00);
  EXPECT_EQ(Line(top.id).remaining_fen(), 9'200'000'00 - 300'000'00);
}

TEST_P(BudgetLedgerTest, DistrictLinesAreForAdminsAndTheDistrictOnly) {
  ExpectRefused(CreateDistrictLine(LedgerOf(StreetStaff()), {2026, "D", "party_building", 5}).status(),
                ErrorCode::kPermissionDenied, "");
  ExpectRefused(CreateDistrictLine(LedgerOf(Admin()), {2026, "S", "party_building", 5}).status(),
                ErrorCode::kInvalidArgument, "unit_code");
  ExpectRefused(CreateDistrictLine(LedgerOf(Admin()), {2026, "NOPE", "party_building", 5}).status(),
                ErrorCode::kInvalidArgument, "unit_code");
  ExpectRefused(CreateDistrictLine(LedgerOf(Admin()), {2026, "D", "travel", 5}).status(),
                ErrorCode::kInvalidArgument, "category");
  ExpectRefused(CreateDistrictLine(LedgerOf(Admin()), {1999, "D", "party_building", 5}).status(),
                ErrorCode::kInvalidArgument, "year");
  ExpectRefused(CreateDistrictLine(LedgerOf(Admin()), {2026, "D", "party_building", 0}).status(),
                ErrorCode::kInvalidArgument, "amount_fen");
  EXPECT_EQ(LineRows(), 0u);
}

TEST_P(BudgetLedgerTest, ADistrictLineIsResizedNoLowerThanItsCommitments) {
  auto top = DistrictLine(1000);
  auto street = Allocate(LedgerOf(Admin()), top.id, {"S", 600, ""});
  ASSERT_TRUE(street.ok());
  ExpectRefused(SetDistrictLineAmount(LedgerOf(Admin()), top.id, 599).status(),
                ErrorCode::kFailedPrecondition, "amount_fen");
  EXPECT_EQ(Line(top.id).amount_fen, 1000);
  EXPECT_EQ(SetDistrictLineAmount(LedgerOf(Admin()), top.id, 600)->remaining_fen(), 0);
  ExpectRefused(SetDistrictLineAmount(LedgerOf(Admin()), street->to_line_id, 5).status(),
                ErrorCode::kInvalidArgument, "id");
  EXPECT_EQ(SetDistrictLineAmount(LedgerOf(StreetStaff()), top.id, 5000).status().code(),
            ErrorCode::kPermissionDenied);
}

TEST_P(BudgetLedgerTest, AllocationGoesOnlyOneTierDownWithinTheRemainder) {
  auto top = DistrictLine(1000);
  ExpectRefused(Allocate(LedgerOf(Admin()), top.id, {"C", 10, ""}).status(), ErrorCode::kInvalidArgument,
                "unit_code");
  ExpectRefused(Allocate(LedgerOf(Admin()), top.id, {"DEPT", 10, ""}).status(), ErrorCode::kInvalidArgument,
                "unit_code");
  ExpectRefused(Allocate(LedgerOf(Admin()), top.id, {"S", -10, ""}).status(), ErrorCode::kInvalidArgument,
                "amount_fen");
  ExpectRefused(Allocate(LedgerOf(Admin()), top.id, {"S", 1001, ""}).status(), ErrorCode::kFailedPrecondition,
                "amount_fen");
  auto street = Allocate(LedgerOf(Admin()), top.id, {"S", 600, ""});
  ASSERT_TRUE(street.ok()) << street.status().ToString();
  // Another street's staff may not hand on S's money.
  ExpectRefused(Allocate(LedgerOf(StreetStaff("S2")), street->to_line_id, {"C", 10, ""}).status(),
                ErrorCode::kPermissionDenied, "");
  ExpectRefused(Allocate(LedgerOf(StreetStaff()), street->to_line_id, {"C3", 10, ""}).status(),
                ErrorCode::kInvalidArgument, "unit_code");
  EXPECT_EQ(LineRows(), 2u);
  EXPECT_EQ(Line(top.id).committed_fen, 600);
}

TEST_P(BudgetLedgerTest, SpendingIsCheckedFieldByField) {
  auto top = DistrictLine(1000);
  const Ledger admin = LedgerOf(Admin());
  ExpectRefused(RecordSpending(admin, top.id, Spending(0)).status(), ErrorCode::kInvalidArgument,
                "amount_fen");
  ExpectRefused(RecordSpending(admin, top.id, Spending(1001)).status(), ErrorCode::kFailedPrecondition,
                "amount_fen");
  ExpectRefused(RecordSpending(admin, top.id, Spending(10, "2026-13-01")).status(),
                ErrorCode::kInvalidArgument, "spent_on");
  ExpectRefused(RecordSpending(admin, top.id, Spending(10, "2026/11/05")).status(),
                ErrorCode::kInvalidArgument, "spent_on");
  ExpectRefused(RecordSpending(admin, top.id, Spending(10, "2025-12-31")).status(),
                ErrorCode::kInvalidArgument, "spent_on");
  NewSpending no_payee = Spending(10);
  no_payee.payee = "";
  ExpectRefused(RecordSpending(admin, top.id, no_payee).status(), ErrorCode::kInvalidArgument, "payee");
  NewSpending no_purpose = Spending(10);
  no_purpose.purpose = "";
  ExpectRefused(RecordSpending(admin, top.id, no_purpose).status(), ErrorCode::kInvalidArgument, "purpose");
  ExpectRefused(RecordSpending(LedgerOf(StreetStaff()), top.id, Spending(10)).status(),
                ErrorCode::kPermissionDenied, "");
  EXPECT_EQ(SpendingRows(), 0u);
  EXPECT_EQ(Line(top.id).committed_fen, 0);
}

TEST_P(BudgetLedgerTest, AReversalIsRecordedOnceByWhoeverMaySpendThere) {
  auto top = DistrictLine(1000);
  auto spent = SpendApproved(Admin(), top.id, Spending(400));
  ASSERT_TRUE(spent.ok());
  ExpectRefused(ReverseSpending(LedgerOf(Admin()), spent->id, "").status(), ErrorCode::kInvalidArgument,
                "reason");
  EXPECT_EQ(ReverseSpending(LedgerOf(StreetStaff()), spent->id, "错").status().code(),
            ErrorCode::kPermissionDenied);
  auto reversal = ReverseSpending(LedgerOf(Admin()), spent->id, "金额录错 wrong amount");
  ASSERT_TRUE(reversal.ok()) << reversal.status().ToString();
  EXPECT_EQ(reversal->amount_fen, -400);
  EXPECT_EQ(reversal->note, "金额录错 wrong amount");
  EXPECT_EQ(ReverseSpending(LedgerOf(Admin()), spent->id, "again").status().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(SpendingRows(), 2u);
  EXPECT_EQ(Line(top.id).spent_fen, 0);
}

TEST_P(BudgetLedgerTest, ListingsKeepToTheCallersScope) {
  auto top = DistrictLine(1000);
  auto s = Allocate(LedgerOf(Admin()), top.id, {"S", 500, ""});
  auto s2 = Allocate(LedgerOf(Admin()), top.id, {"S2", 300, ""});
  ASSERT_TRUE(s.ok() && s2.ok());
  EXPECT_EQ(ListLines(LedgerOf(Admin()), 2026, "")->size(), 3u);
  auto mine = ListLines(LedgerOf(StreetStaff()), 2026, "");
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->at(0).id, s->to_line_id);
  EXPECT_EQ(ListLines(LedgerOf(StreetStaff()), 2026, "S2").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(ReadLine(LedgerOf(StreetStaff()), top.id).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(ReadLine(LedgerOf(As("grid_worker", ids_.at("G"))), s->to_line_id).status().code(),
            ErrorCode::kPermissionDenied);
  ExpectRefused(ListLines(LedgerOf(Admin()), 2026, "NOPE").status(), ErrorCode::kInvalidArgument, "unit");
}

TEST_P(BudgetLedgerTest, AdminsAddCategoriesBesideTheBuiltInFour) {
  EXPECT_EQ(ListCategories(db(), kTestDistrict)->size(), 4u);
  auto added = AddCategory(db(), kTestDistrict, Admin(), {"training", "培训经费", "Training"}, kNow);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(ListCategories(db(), kTestDistrict)->size(), 5u);
  ExpectRefused(AddCategory(db(), kTestDistrict, Admin(), {"personnel", "人员", "P"}, kNow).status(),
                ErrorCode::kAlreadyExists, "code");
  ExpectRefused(AddCategory(db(), kTestDistrict, Admin(), {"Bad-Code", "x", "x"}, kNow).status(),
                ErrorCode::kInvalidArgument, "code");
  EXPECT_EQ(AddCategory(db(), kTestDistrict, StreetStaff(), {"x", "x", "x"}, kNow).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_TRUE(CreateDistrictLine(LedgerOf(Admin()), {2026, "D", "training", 5}).ok());
}

SANWANG_INSTANTIATE_BACKENDS(BudgetLedgerTest);

}  // namespace
}  // namespace sanwang::support
