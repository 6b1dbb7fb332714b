// Supervision of the task ledger on a fake clock, on SQLite and PostgreSQL: the timer
// opens a reminder for a late milestone or one due soon without progress, escalates what
// is left unanswered up to the top level, leaves answered notices alone, and closes what
// no longer needs supervision; the office escalates by hand; each caller sees the notices
// of the milestones in their sight; the accountability list says how late and who was told.
#include "governance/supervision.h"

#include "governance/ledger_test_fixture.h"

namespace sanwang::governance {
namespace {

constexpr std::int64_t kDay = 24 * 3600;

class SupervisionTest : public LedgerTest {
 protected:
  Ledger Timer() { return {db(), *org_, cases::Actor::System(), *workflow_, clock_, *calendar_}; }

  SupervisionSweep Sweep() {
    auto swept = Supervise(Timer(), SupervisionPolicy{});
    EXPECT_TRUE(swept.ok()) << swept.status().ToString();
    return swept.ok() ? *swept : SupervisionSweep{-1, -1, -1};
  }

  std::vector<store::SupervisionNoticeRecord> Notices(const std::string& who, bool active_only = false) {
    NoticeFilter filter;
    filter.active_only = active_only;
    auto page = ListNotices(As(who), filter);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? page->items : std::vector<store::SupervisionNoticeRecord>{};
  }

  std::int64_t EventsNamed(store::Id milestone, const std::string& action) {
    auto events = MilestoneEvents(As("supervisor"), milestone);
    EXPECT_TRUE(events.ok());
    std::int64_t n = 0;
    for (const auto& e : events.ok() ? *events : std::vector<store::LedgerEventRecord>{})
      n += e.action == action;
    return n;
  }
};

// Today is Monday 2026-11-30; Friday 2026-11-27 is past due.
TEST_P(SupervisionTest, ALateMilestoneGetsOneReminderToItsUnitAndLeader) {
  const auto late = Milestone("2026-11-27");
  const auto later = Milestone("2026-12-18");
  SupervisionSweep swept = Sweep();
  EXPECT_EQ(swept.opened, 1);
  auto notices = Notices("supervisor");
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].milestone_id, late.id);
  EXPECT_EQ(notices[0].level, kReminder);
  EXPECT_EQ(notices[0].reason, "overdue");
  EXPECT_EQ(notices[0].unit_code, "C");
  EXPECT_EQ(notices[0].leader_username, "leader");
  EXPECT_FALSE(notices[0].opened_by.has_value());  // the timer
  EXPECT_GT(notices[0].answer_by, clock_.Now());
  EXPECT_EQ(EventsNamed(late.id, "supervise"), 1);
  EXPECT_EQ(EventsNamed(later.id, "supervise"), 0);
  // The next minute's sweep finds the notice open and sends nothing new.
  clock_.Advance(60);
  swept = Sweep();
  EXPECT_EQ(swept.opened + swept.escalated + swept.resolved, 0);
  EXPECT_EQ(Notices("supervisor").size(), 1u);
}

TEST_P(SupervisionTest, DueSoonWithoutProgressGetsAReminderThatProgressCloses) {
  const auto soon = Milestone("2026-12-02");  // two working days away
  Milestone("2026-12-10");                    // far enough
  EXPECT_EQ(Sweep().opened, 1);
  auto notices = Notices("supervisor", true);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].milestone_id, soon.id);
  EXPECT_EQ(notices[0].reason, "no_progress");
  ASSERT_TRUE(Act(As("community"), soon.id, {"report", 50, "已完成一半"}).ok());
  SupervisionSweep swept = Sweep();
  EXPECT_EQ(swept.resolved, 1);
  EXPECT_EQ(swept.opened, 0);
  EXPECT_TRUE(Notices("supervisor", true).empty());
  EXPECT_EQ(Notices("supervisor").at(0).closed_reason, "resolved");
}

TEST_P(SupervisionTest, IgnoredNoticesEscalateOneLevelAtATimeUpToTheTop) {
  const auto late = Milestone("2026-11-27");
  Sweep();
  // Sixteen working hours to answer (working days run 08:30–12:00 and 14:30–17:30): a
  // working day later it is not yet due to escalate.
  clock_.Advance(kDay);  // Tuesday
  EXPECT_EQ(Sweep().escalated, 0);
  clock_.Advance(2 * kDay);         // Thursday
  EXPECT_EQ(Sweep().escalated, 1);  // past Wednesday afternoon: 6 + 6.5 + 3.5 working hours
  clock_.Advance(4 * kDay);         // Monday morning: the second level's hours are not up
  EXPECT_EQ(Sweep().escalated, 0);
  clock_.Advance(kDay);  // Tuesday
  EXPECT_EQ(Sweep().escalated, 1);
  clock_.Advance(7 * kDay);
  EXPECT_EQ(Sweep().escalated, 0);  // the top level stays until the milestone is done
  auto notices = Notices("supervisor");
  ASSERT_EQ(notices.size(), 3u);  // newest first
  EXPECT_EQ(notices[0].level, kAccountability);
  EXPECT_FALSE(notices[0].closed_at.has_value());
  EXPECT_EQ(notices[0].previous_id, notices[1].id);
  EXPECT_EQ(notices[1].level, kSupervision);
  EXPECT_EQ(notices[1].closed_reason, "escalated");
  EXPECT_EQ(notices[1].previous_id, notices[2].id);
  EXPECT_EQ(notices[2].level, kReminder);
  EXPECT_EQ(EventsNamed(late.id, "supervise"), 3);
}

TEST_P(SupervisionTest, AnAnsweredNoticeDoesNotEscalateAndIsAnsweredOnce) {
  const auto late = Milestone("2026-11-27");
  Sweep();
  const store::Id id = Notices("supervisor").at(0).id;
  EXPECT_EQ(AnswerNotice(As("community2"), id, "不是我们的").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(AnswerNotice(As("supervisor"), id, "代答").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(AnswerNotice(As("community"), id, "").status().field(), "answer");
  EXPECT_EQ(AllowedNoticeActions(As("community"), Notices("community").at(0)),
            std::vector<std::string>{"answer"});
  auto answered = AnswerNotice(As("community"), id, "已安排专人推进，本周内完成");
  ASSERT_TRUE(answered.ok()) << answered.status().ToString();
  EXPECT_EQ(answered->answered_by_username, "community");
  EXPECT_EQ(AnswerNotice(As("leader"), id, "再答").status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(EventsNamed(late.id, "answer_notice"), 1);
  clock_.Advance(10 * kDay);
  EXPECT_EQ(Sweep().escalated, 0);
  EXPECT_EQ(Notices("supervisor").size(), 1u);
}

TEST_P(SupervisionTest, TheLeaderMayAnswer) {
  Milestone("2026-11-27");
  Sweep();
  EXPECT_TRUE(AnswerNotice(As("leader"), Notices("leader").at(0).id, "已督促责任单位").ok());
}

TEST_P(SupervisionTest, SubmittingForAcceptanceClosesTheNotice) {
  const auto late = Milestone("2026-11-27");
  Sweep();
  ASSERT_TRUE(Act(As("community"), late.id, {"report", 100, "已完成"}).ok());
  EXPECT_EQ(Sweep().resolved, 0);  // reported but still late and still the unit's
  ASSERT_TRUE(Act(As("community"), late.id, {"submit", std::nullopt, ""}).ok());
  EXPECT_EQ(Sweep().resolved, 1);
  ASSERT_TRUE(Act(As("supervisor"), late.id, {"return", std::nullopt, "材料不全"}).ok());
  EXPECT_EQ(Sweep().opened, 1);  // back with the unit and still late: a new reminder
  EXPECT_EQ(Notices("supervisor", true).at(0).level, kReminder);
}

TEST_P(SupervisionTest, TheOfficeEscalatesByHandWithAReasonUpToTheTop) {
  Milestone("2026-11-27");
  Sweep();
  const store::Id first = Notices("supervisor").at(0).id;
  EXPECT_EQ(EscalateNotice(As("community"), first, "升级").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(EscalateNotice(As("supervisor"), first, "").status().field(), "note");
  auto second = EscalateNotice(As("supervisor"), first, "多次提醒未见进展");
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->level, kSupervision);
  EXPECT_EQ(second->note, "多次提醒未见进展");
  EXPECT_TRUE(second->opened_by.has_value());
  EXPECT_EQ(EscalateNotice(As("supervisor"), first, "再升").status().code(), ErrorCode::kFailedPrecondition);
  auto third = EscalateNotice(As("admin"), second->id, "约谈责任领导");
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->level, kAccountability);
  EXPECT_TRUE(AllowedNoticeActions(As("supervisor"), *third).empty());
  EXPECT_EQ(EscalateNotice(As("supervisor"), third->id, "再升").status().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Notices("supervisor").size(), 3u);
}

TEST_P(SupervisionTest, TheOfficeIssuesANoticeByHandThatStandsUntilTheMilestoneLeavesItsUnit) {
  const auto later = Milestone("2026-12-18");  // not yet due, nothing for the timer
  EXPECT_EQ(IssueNotice(As("community"), later.id, kSupervision, "请加快").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(IssueNotice(As("supervisor"), later.id, 4, "请加快").status().field(), "level");
  EXPECT_EQ(IssueNotice(As("supervisor"), later.id, kSupervision, "").status().field(), "note");
  EXPECT_TRUE(Notices("supervisor").empty());
  auto issued = IssueNotice(As("supervisor"), later.id, kSupervision, "区委交办，请于本周内推进");
  ASSERT_TRUE(issued.ok()) << issued.status().ToString();
  EXPECT_EQ(issued->reason, "office");
  EXPECT_EQ(issued->level, kSupervision);
  EXPECT_EQ(IssueNotice(As("supervisor"), later.id, kReminder, "再发").status().code(),
            ErrorCode::kFailedPrecondition);
  SupervisionSweep swept = Sweep();
  EXPECT_EQ(swept.resolved + swept.opened, 0);  // it stands though the milestone is not late
  ASSERT_TRUE(Act(As("community"), later.id, {"report", 100, "已完成"}).ok());
  ASSERT_TRUE(Act(As("community"), later.id, {"submit", std::nullopt, ""}).ok());
  EXPECT_EQ(Sweep().resolved, 1);
  EXPECT_EQ(IssueNotice(As("supervisor"), later.id, kReminder, "再发").status().code(),
            ErrorCode::kFailedPrecondition);  // awaiting acceptance: with the office, not the unit
}

TEST_P(SupervisionTest, EachCallerSeesTheNoticesOfTheMilestonesInTheirSight) {
  Milestone("2026-11-27", "C");
  Milestone("2026-11-27", "C2");
  Sweep();
  EXPECT_EQ(Notices("supervisor").size(), 2u);
  EXPECT_EQ(Notices("leader").size(), 2u);
  EXPECT_EQ(Notices("street").size(), 2u);  // both communities are below the street
  auto own = Notices("community");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].unit_code, "C");
  const store::Id other = Notices("community2").at(0).id;
  EXPECT_EQ(FindNotice(As("community"), other).status().code(), ErrorCode::kNotFound);
  NoticeFilter of_other;
  of_other.unit_code = "C2";
  EXPECT_EQ(ListNotices(As("community"), of_other).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(ListNotices(As("grid1"), {}).status().code(), ErrorCode::kPermissionDenied);
  NoticeFilter bad_level;
  bad_level.level = 4;
  EXPECT_EQ(ListNotices(As("supervisor"), bad_level).status().field(), "level");
}

TEST_P(SupervisionTest, TheAccountabilityListSaysHowLateAndWhoWasTold) {
  const auto late = Milestone("2026-11-25");  // a Wednesday: Thursday, Friday and Monday late
  Milestone("2026-12-18");
  Sweep();
  auto list = AccountabilityList(As("supervisor"), 50, 0);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->total, 1);
  const AccountabilityRow& row = list->items.at(0);
  EXPECT_EQ(row.milestone.id, late.id);
  EXPECT_EQ(row.working_days_late, 3);
  ASSERT_EQ(row.notices.size(), 1u);
  EXPECT_EQ(row.notices[0].leader_username, "leader");
  EXPECT_EQ(AccountabilityList(As("community2"), 50, 0)->total, 0);
}

SANWANG_INSTANTIATE_BACKENDS(SupervisionTest);

}  // namespace
}  // namespace sanwang::governance
