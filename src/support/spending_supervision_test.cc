// Deadlines and supervision of the spending chain's steps through the domain: each step's
// clock starts when the record arrives there (its state's due_hours in working hours), the
// sweep flags a record past it once per step (reading each budget line once, however many of
// its records are late), the supervision office flags one by hand with its reason, and the
// overdue list shows each caller what it sees, longest overdue first.
#include "support/spending_supervision.h"

#include "support/spending_chain_fixture.h"
#include "testing/fault_injecting_database.h"

namespace sanwang::support {
namespace {

class SpendingSupervisionTest : public SpendingChainTest {
 protected:
  cases::Actor Supervisor() { return As("supervisor", ids_.at("D"), 11); }
  UnixSeconds Due(UnixSeconds from, int hours) { return calendar_->AddWorkingHours(from, hours); }
  int Sweep(UnixSeconds now) {
    auto flagged = SuperviseOverdueSpending(LedgerOf(cases::Actor::System(), now));
    EXPECT_TRUE(flagged.ok()) << flagged.status().ToString();
    return flagged.ok() ? *flagged : -1;
  }
};

TEST_P(SpendingSupervisionTest, EachStepsClockStartsWhenTheRecordArrives) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 300);
  ASSERT_TRUE(s.step_due.has_value());
  EXPECT_EQ(*s.step_due, Due(kNow, 16));  // the community secretary's two working days
  EXPECT_EQ(Stored(s.id).step_due, Due(kNow, 16));
  const UnixSeconds later = kNow + 26 * 3600;
  auto at_street = ApproveSpending(LedgerOf(CommunityStaff(), later), s.id);
  ASSERT_TRUE(at_street.ok()) << at_street.status().ToString();
  EXPECT_EQ(at_street->step_due, Due(later, 24));
  auto returned = ReturnSpending(LedgerOf(StreetStaff(), later), s.id, "缺发票");
  ASSERT_TRUE(returned.ok());
  EXPECT_FALSE(returned->step_due.has_value());  // the keepers have no deadline
  auto again = ResubmitSpending(LedgerOf(CommunityStaff(), later + 3600), s.id,
                                {300, "宣传栏制作", "某广告公司", "2026-11-05", ""});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->step_due, Due(later + 3600, 16));
}

TEST_P(SpendingSupervisionTest, TheSweepFlagsARecordPastItsStepOnceAndTheNextStepStartsClean) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 300);
  const UnixSeconds due = *s.step_due;
  EXPECT_EQ(Sweep(due - 60), 0);
  EXPECT_FALSE(IsOverdue(Stored(s.id), due - 60));
  EXPECT_EQ(Sweep(due + 60), 1);
  EXPECT_EQ(Sweep(due + 120), 0);  // once per step
  const store::BudgetSpendingRecord flagged = Stored(s.id);
  EXPECT_TRUE(flagged.supervised);
  EXPECT_TRUE(IsOverdue(flagged, due + 120));
  EXPECT_EQ(flagged.state, "submitted");  // supervision moves nothing
  auto history = SpendingHistory(LedgerOf(Admin()), s.id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->back().action, "supervise");
  EXPECT_EQ(history->back().role, "system");
  EXPECT_NE(history->back().note.find(FormatIso8601(due)), std::string::npos) << history->back().note;
  // The secretary approves late; the sub-district's step starts unflagged with its own clock.
  auto next = ApproveSpending(LedgerOf(CommunityStaff(), due + 3600), s.id);
  ASSERT_TRUE(next.ok());
  EXPECT_FALSE(next->supervised);
  EXPECT_EQ(next->step_due, Due(due + 3600, 24));
  EXPECT_EQ(Sweep(due + 3600), 0);
  EXPECT_EQ(Sweep(*next->step_due + 1), 1);
}

TEST_P(SpendingSupervisionTest, TheOfficeSupervisesByHandWithItsReasonOncePerStep) {
  SetUpBooks();
  auto s = Submit(CommunityStaff(), community_line_, 300);
  auto mine = FindSpending(LedgerOf(Supervisor()), s.id);
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  EXPECT_TRUE(RightsOn(LedgerOf(Supervisor()), *mine).may_supervise);
  EXPECT_FALSE(RightsOn(LedgerOf(CommunityStaff()), *mine).may_supervise);
  auto no_reason = SuperviseSpending(LedgerOf(Supervisor()), s.id, "");
  EXPECT_EQ(no_reason.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(no_reason.status().field(), "reason");
  EXPECT_EQ(SuperviseSpending(LedgerOf(CommunityStaff()), s.id, "快办").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_FALSE(Stored(s.id).supervised);  // refusals write nothing
  EXPECT_EQ(Events(s.id), 1u);
  auto done = SuperviseSpending(LedgerOf(Supervisor()), s.id, "群众反映活动经费迟迟未到位");
  ASSERT_TRUE(done.ok()) << done.status().ToString();
  EXPECT_TRUE(done->supervised);
  EXPECT_EQ(SuperviseSpending(LedgerOf(Supervisor()), s.id, "再次督办").status().code(),
            ErrorCode::kConflict);
  EXPECT_FALSE(RightsOn(LedgerOf(Supervisor()), *FindSpending(LedgerOf(Supervisor()), s.id)).may_supervise);
  // The sweep does not flag it again, though it falls overdue.
  EXPECT_EQ(Sweep(*s.step_due + 60), 0);
  EXPECT_EQ(Events(s.id), 2u);
  // An approved record waits at no step.
  auto other = Submit(CommunityStaff(), community_line_, 50);
  for (const auto& approver : {CommunityStaff(), StreetStaff(), Admin()}) {
    ASSERT_TRUE(ApproveSpending(LedgerOf(approver), other.id).ok());
  }
  EXPECT_EQ(SuperviseSpending(LedgerOf(Supervisor()), other.id, "督办").status().code(),
            ErrorCode::kConflict);
}

TEST_P(SpendingSupervisionTest, TheOverdueListShowsWhatEachCallerSeesLongestOverdueFirst) {
  SetUpBooks();
  auto community = Submit(CommunityStaff(), community_line_, 100);           // due after 16 h
  auto street = Submit(StreetStaff(), street_line_, 100, kNow - 20 * 3600);  // due after 24 h, earlier
  auto fresh = Submit(CommunityStaff(), community_line_, 100, kNow + 40 * 3600);
  const UnixSeconds now = std::max(*community.step_due, *street.step_due) + 60;
  ASSERT_LT(now, *fresh.step_due);
  auto all = OverdueSpending(LedgerOf(Supervisor(), now), 0, 10);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(all->total, 2);
  ASSERT_EQ(all->records.size(), 2u);
  EXPECT_LE(*all->records[0].record.step_due, *all->records[1].record.step_due);
  auto second = OverdueSpending(LedgerOf(StreetStaff(), now), 1, 1);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->total, 2);
  ASSERT_EQ(second->records.size(), 1u);
  EXPECT_EQ(second->records[0].record.id, all->records[1].record.id);
  auto own = OverdueSpending(LedgerOf(CommunityStaff(), now), 0, 10);
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->total, 1);  // C's staff do not see the sub-district's own record
  EXPECT_EQ(own->records[0].record.id, community.id);
  EXPECT_EQ(OverdueSpending(LedgerOf(CommunityStaff("C2"), now), 0, 10)->total, 0);
  EXPECT_EQ(OverdueSpending(LedgerOf(As("grid_worker", ids_.at("G")), now), 0, 10).status().code(),
            ErrorCode::kPermissionDenied);
}

// The sweep on a connection of its own that counts the statements it sends.
class SpendingSweepTest : public SpendingSupervisionTest {
 protected:
  SpendingSweepTest() { reach_ = testing::TestDatabase::Reach::kOtherConnections; }
  int CountedSweep(UnixSeconds now) {
    auto opened = store::OpenDatabase(test_db_->url());
    EXPECT_TRUE(opened.ok()) << opened.status().ToString();
    if (!opened.ok()) return -1;
    testing::FaultInjectingDatabase counted(std::move(opened).value(), plan_);
    const Ledger ledger{counted,         *org_,     cases::Actor::System(), "系统 system", now,
                        workflow_.get(), *calendar_};
    auto flagged = SuperviseOverdueSpending(ledger);
    EXPECT_TRUE(flagged.ok()) << flagged.status().ToString();
    return flagged.ok() ? *flagged : -1;
  }
  int LineReads() const { return plan_.CountSeen("FROM budget_lines WHERE id = "); }

  testing::FaultPlan plan_;
};

TEST_P(SpendingSweepTest, ManyLateRecordsOfOneLineAreAllFlaggedReadingTheLineOnce) {
  SetUpBooks();
  std::vector<store::Id> late;
  late.reserve(9);
  for (int i = 0; i < 6; ++i) late.push_back(Submit(CommunityStaff(), community_line_, 50).id);
  for (int i = 0; i < 3; ++i) late.push_back(Submit(StreetStaff(), street_line_, 50).id);
  const UnixSeconds now = Due(kNow, 24) + 60;  // past both steps' deadlines
  EXPECT_EQ(CountedSweep(now), 9);
  EXPECT_EQ(LineReads(), 2);  // the community's line and the sub-district's, once each
  for (store::Id id : late) {
    EXPECT_TRUE(Stored(id).supervised) << id;
    EXPECT_EQ(Events(id), 2u) << id;
  }
  EXPECT_EQ(CountedSweep(now + 60), 0);
}

SANWANG_INSTANTIATE_BACKENDS(SpendingSupervisionTest);
SANWANG_INSTANTIATE_BACKENDS(SpendingSweepTest);

}  // namespace
}  // namespace sanwang::support
