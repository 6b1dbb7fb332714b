// The approval chain of spending records through the domain: each step approves to the
// next or returns with a reason, the keepers edit and resubmit, a sub-district's own record
// skips the community step; outsiders are refused (403) and a record not waiting for the
// caller's step is a conflict (409), writing nothing; money is held from submission on and
// counts as spent only once approved.
#include "support/spending_approval.h"

#include "support/budget_report.h"
#include "support/spending_chain_fixture.h"

namespace sanwang::support {
namespace {

class SpendingApprovalTest : public SpendingChainTest {};

TEST_P(SpendingApprovalTest, ACommunityRecordClimbsTheWholeChainAndOnlyThenCountsAsSpent) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 300);
  EXPECT_EQ(s.state, "submitted");
  EXPECT_EQ(Line(community_line_).pending_fen, 300);
  EXPECT_EQ(Line(community_line_).spent_fen, 0);
  EXPECT_EQ(Line(community_line_).remaining_fen(), 100);
  EXPECT_EQ(ApproveSpending(LedgerOf(CommunityStaff()), s.id)->state, "street_review");
  EXPECT_EQ(ApproveSpending(LedgerOf(StreetStaff()), s.id)->state, "district_review");
  auto approved = ApproveSpending(LedgerOf(Admin()), s.id);
  ASSERT_TRUE(approved.ok()) << approved.status().ToString();
  EXPECT_EQ(approved->state, "approved");
  EXPECT_EQ(Line(community_line_).spent_fen, 300);
  EXPECT_EQ(Line(community_line_).pending_fen, 0);
  EXPECT_EQ(Line(community_line_).remaining_fen(), 100);
  EXPECT_EQ(Events(s.id), 4u);  // submit and three approvals
}

TEST_P(SpendingApprovalTest, AReturnNeedsAReasonAndTheKeepersEditAndResubmit) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 300);
  ASSERT_TRUE(ApproveSpending(LedgerOf(CommunityStaff()), s.id).ok());
  auto no_reason = ReturnSpending(LedgerOf(StreetStaff()), s.id, "");
  EXPECT_EQ(no_reason.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(no_reason.status().field(), "reason");
  EXPECT_EQ(StateOf(s.id), "street_review");
  auto returned = ReturnSpending(LedgerOf(StreetStaff()), s.id, "发票抬头有误 wrong invoice header");
  ASSERT_TRUE(returned.ok()) << returned.status().ToString();
  EXPECT_EQ(returned->state, "returned");
  EXPECT_EQ(returned->return_reason, "发票抬头有误 wrong invoice header");
  EXPECT_EQ(Line(community_line_).pending_fen, 300);  // a returned record still holds its money
  // More than the line holds is refused and changes nothing.
  auto too_much =
      ResubmitSpending(LedgerOf(CommunityStaff()), s.id, {401, "宣传栏", "某公司", "2026-11-06", ""});
  EXPECT_EQ(too_much.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(StateOf(s.id), "returned");
  auto again =
      ResubmitSpending(LedgerOf(CommunityStaff()), s.id, {250, "宣传栏", "某公司", "2026-11-06", ""});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->state, "submitted");
  EXPECT_EQ(again->amount_fen, 250);
  EXPECT_EQ(again->return_reason, "");
  EXPECT_EQ(Line(community_line_).pending_fen, 250);
  auto history = SpendingHistory(LedgerOf(CommunityStaff()), s.id);
  ASSERT_EQ(history->size(), 4u);
  EXPECT_EQ(history->at(2).action, "street_return");
  EXPECT_EQ(history->at(2).note, "发票抬头有误 wrong invoice header");
  EXPECT_EQ(history->at(3).action, "resubmit");
  EXPECT_NE(history->at(3).changes.find("amount_fen: 300 → 250"), std::string::npos)
      << history->at(3).changes;
}

TEST_P(SpendingApprovalTest, OutsidersAreRefusedAndAStepOutOfTurnIsAConflict) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 300);
  // Another street's staff and another community's staff take no part: 403.
  EXPECT_EQ(ApproveSpending(LedgerOf(StreetStaff("S2")), s.id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(ApproveSpending(LedgerOf(CommunityStaff("C2")), s.id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(ApproveSpending(LedgerOf(As("supervisor", ids_.at("D"))), s.id).status().code(),
            ErrorCode::kPermissionDenied);
  // The sub-district and the district are in the chain but it is not their turn yet: 409.
  EXPECT_EQ(ApproveSpending(LedgerOf(StreetStaff()), s.id).status().code(), ErrorCode::kConflict);
  EXPECT_EQ(ApproveSpending(LedgerOf(Admin()), s.id).status().code(), ErrorCode::kConflict);
  EXPECT_EQ(ReturnSpending(LedgerOf(Admin()), s.id, "no").status().code(), ErrorCode::kConflict);
  // The keepers resubmit only a returned record.
  EXPECT_EQ(
      ResubmitSpending(LedgerOf(CommunityStaff()), s.id, {300, "p", "q", "2026-11-05", ""}).status().code(),
      ErrorCode::kConflict);
  EXPECT_EQ(StateOf(s.id), "submitted");
  EXPECT_EQ(Events(s.id), 1u);
}

TEST_P(SpendingApprovalTest, ASubDistrictsOwnRecordSkipsTheCommunityStep) {
  SetUpBooks();
  auto s = Submit(StreetStaff(), street_line_, 100);
  EXPECT_EQ(s.state, "street_review");
  EXPECT_EQ(ApproveSpending(LedgerOf(StreetStaff()), s.id)->state, "district_review");
  auto d = Submit(Admin(), top_.id, 100);
  EXPECT_EQ(d.state, "district_review");
  // Returned and resubmitted, it comes back to its own entry step.
  ASSERT_TRUE(ReturnSpending(LedgerOf(Admin()), s.id, "缺发票 no invoice").ok());
  EXPECT_EQ(ResubmitSpending(LedgerOf(StreetStaff()), s.id, {100, "p", "q", "2026-11-05", ""})->state,
            "street_review");
}

TEST_P(SpendingApprovalTest, AWithdrawnRecordGivesItsMoneyBack) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 400);
  EXPECT_EQ(Line(community_line_).remaining_fen(), 0);
  EXPECT_EQ(RecordSpending(LedgerOf(CommunityStaff()), community_line_, {1, "p", "q", "2026-11-05", ""})
                .status()
                .code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(WithdrawSpending(LedgerOf(StreetStaff()), s.id, "").status().code(),
            ErrorCode::kPermissionDenied);
  auto withdrawn = WithdrawSpending(LedgerOf(CommunityStaff()), s.id, "重复录入 entered twice");
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.status().ToString();
  EXPECT_EQ(withdrawn->state, "withdrawn");
  EXPECT_EQ(Line(community_line_).remaining_fen(), 400);
  EXPECT_EQ(ReverseSpending(LedgerOf(CommunityStaff()), s.id, "x").status().code(),
            ErrorCode::kFailedPrecondition);
}

TEST_P(SpendingApprovalTest, TheQueueAndTheFlagsFollowWhoseTurnItIs) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 100);
  EXPECT_EQ(SpendingToDo(LedgerOf(CommunityStaff()))->size(), 1u);
  EXPECT_EQ(SpendingToDo(LedgerOf(StreetStaff()))->size(), 0u);
  ASSERT_TRUE(ApproveSpending(LedgerOf(CommunityStaff()), s.id).ok());
  EXPECT_EQ(SpendingToDo(LedgerOf(CommunityStaff()))->size(), 0u);
  auto street_queue = SpendingToDo(LedgerOf(StreetStaff()));
  ASSERT_EQ(street_queue->size(), 1u);
  const SpendingRights rights = RightsOn(LedgerOf(StreetStaff()), street_queue->at(0));
  EXPECT_TRUE(rights.may_approve && rights.may_return);
  EXPECT_FALSE(rights.may_resubmit || rights.may_reverse);
  EXPECT_EQ(SpendingToDo(LedgerOf(StreetStaff("S2")))->size(), 0u);
}

TEST_P(SpendingApprovalTest, TheReportShowsApprovedAsSpentAndTheRestAsPending) {
  SetUpBooks();
  ASSERT_TRUE(SpendApproved(CommunityStaff(), community_line_, {100, "p", "q", "2026-10-09", ""}).ok());
  Submit(CommunityStaff(), community_line_, 50);
  auto report = BuildBudgetReport(LedgerOf(Admin()), 2026, "S");
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ASSERT_EQ(report->children.size(), 2u);
  EXPECT_EQ(report->children[0].unit_code, "C");
  EXPECT_EQ(report->children[0].spent_fen, 100);
  EXPECT_EQ(report->children[0].pending_fen, 50);
  EXPECT_EQ(report->children[0].remaining_fen, 250);
  ASSERT_EQ(report->monthly.size(), 1u);
  EXPECT_EQ(report->monthly[0].spent_fen, 100);
}

SANWANG_INSTANTIATE_BACKENDS(SpendingApprovalTest);

}  // namespace
}  // namespace sanwang::support
