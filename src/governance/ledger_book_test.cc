// The task ledger as each caller lays it out, reads and works it, on SQLite and
// PostgreSQL: dates and weights checked naming the field with nothing written, cycles
// refused, the workflow's roles and scope, dependencies that must be accepted first, and
// the filters of the ledger table.
#include "governance/ledger_book.h"

#include "governance/ledger_test_fixture.h"

namespace sanwang::governance {
namespace {

std::int64_t Count(const Ledger& ledger, LedgerFilter filter = {}) {
  auto page = ListMilestones(ledger, filter);
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  return page.ok() ? page->total : -1;
}

TEST_P(LedgerTest, OnlyTheOfficeLaysTheLedgerOut) {
  for (const char* who : {"community", "street", "leader", "grid1"}) {
    EXPECT_EQ(CreateProgramme(As(who), "另一工程", "").status().code(), ErrorCode::kPermissionDenied) << who;
    NewMilestone m{task_, "节点", "", "2026-12-01", "C", "", 10, {}};
    EXPECT_EQ(CreateMilestone(As(who), m).status().code(), ErrorCode::kPermissionDenied) << who;
  }
  EXPECT_TRUE(CreateProgramme(As("admin"), "另一工程", "").ok());
  EXPECT_EQ(CreateProgramme(As("supervisor"), "另一工程", "").status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(Count(As("supervisor")), 0);
}

TEST_P(LedgerTest, BadMilestonesAreRefusedNamingTheFieldAndNothingIsWritten) {
  const store::LedgerMilestoneRecord first = Milestone("2026-06-30");
  struct Case {
    NewMilestone milestone;
    const char* field;
  };
  const std::vector<Case> table = {
      {{task_, "", "", "2026-12-01", "C", "", 10, {}}, "name"},
      {{task_ + 1000, "节点", "", "2026-12-01", "C", "", 10, {}}, "task_id"},
      {{task_, "节点", "", "2026-13-01", "C", "", 10, {}}, "due_on"},
      {{task_, "节点", "", "2025-12-31", "C", "", 10, {}}, "due_on"},  // before the task starts
      {{task_, "节点", "", "2027-01-04", "C", "", 10, {}}, "due_on"},  // after it ends
      {{task_, "节点", "", "2026-11-29", "C", "", 10, {}}, "due_on"},  // a Sunday
      {{task_, "节点", "", "2026-12-01", "NOPE", "", 10, {}}, "unit_code"},
      {{task_, "节点", "", "2026-12-01", "C", "nobody", 10, {}}, "leader"},
      {{task_, "节点", "", "2026-12-01", "C", "", 0, {}}, "weight"},
      {{task_, "节点", "", "2026-12-01", "C", "", 101, {}}, "weight"},
      {{task_, "节点", "", "2026-12-01", "C", "", 10, {first.id + 1000}}, "depends_on"},
      {{task_, "节点", "", "2026-06-01", "C", "", 10, {first.id}},
       "depends_on"},  // due before what it waits on
  };
  for (const Case& c : table) {
    auto made = CreateMilestone(As("supervisor"), c.milestone);
    EXPECT_EQ(made.status().code(), ErrorCode::kInvalidArgument) << c.field;
    EXPECT_EQ(made.status().field(), c.field) << made.status().ToString();
  }
  EXPECT_EQ(Count(As("supervisor")), 1);
}

TEST_P(LedgerTest, TasksEndNoEarlierThanTheyStart) {
  auto task = CreateTask(As("supervisor"), {project_, "任务", "2026-05-01", "2026-04-30", "S"});
  EXPECT_EQ(task.status().field(), "ends_on");
  EXPECT_EQ(
      CreateTask(As("supervisor"), {project_, "任务", "2026-05-01", "2026-05-01", "X"}).status().field(),
      "unit_code");
}

TEST_P(LedgerTest, ADependencyCycleIsRefusedNamingItsMilestones) {
  auto a = Milestone("2026-12-01");
  auto b = Milestone("2026-12-01", "C", {a.id});
  auto c = Milestone("2026-12-01", "C", {b.id});
  auto cycle = SetDependencies(As("supervisor"), a.id, {c.id});
  ASSERT_EQ(cycle.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(cycle.status().field(), "depends_on");
  const std::string path = std::to_string(a.id) + " -> " + std::to_string(c.id) + " -> " +
                           std::to_string(b.id) + " -> " + std::to_string(a.id);
  EXPECT_NE(cycle.status().message().find(path), std::string::npos) << cycle.status().message();
  EXPECT_EQ(SetDependencies(As("supervisor"), a.id, {a.id}).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(FindMilestone(As("supervisor"), a.id)->depends_on.empty());  // nothing written
  auto rewired = SetDependencies(As("supervisor"), c.id, {a.id});          // no cycle: c → a
  ASSERT_TRUE(rewired.ok()) << rewired.status().ToString();
  EXPECT_EQ(rewired->depends_on, std::vector<store::Id>{a.id});
}

TEST_P(LedgerTest, TheUnitReportsAndSubmitsTheOfficeReturnsAndAccepts) {
  auto m = Milestone("2026-12-15");
  EXPECT_EQ(m.state, "planned");
  auto reported = Act(As("community"), m.id, {"report", 60, "已完成入户走访 60%"});
  ASSERT_TRUE(reported.ok()) << reported.status().ToString();
  EXPECT_EQ(reported->state, "in_progress");
  EXPECT_EQ(reported->percent, 60);
  EXPECT_EQ(reported->reported_at, clock_.Now());
  ASSERT_TRUE(Act(As("community"), m.id, {"submit", std::nullopt, "请验收"}).ok());
  auto returned = Act(As("supervisor"), m.id, {"return", std::nullopt, "缺少佐证照片"});
  ASSERT_TRUE(returned.ok()) << returned.status().ToString();
  EXPECT_EQ(returned->state, "in_progress");
  ASSERT_TRUE(Act(As("community"), m.id, {"report", 100, "已补充照片"}).ok());
  ASSERT_TRUE(Act(As("community"), m.id, {"submit", std::nullopt, ""}).ok());
  auto accepted = Act(As("supervisor"), m.id, {"accept", std::nullopt, "验收通过"});
  ASSERT_TRUE(accepted.ok()) << accepted.status().ToString();
  EXPECT_EQ(accepted->state, "accepted");
  EXPECT_EQ(accepted->accepted_at, clock_.Now());
  auto events = MilestoneEvents(As("leader"), m.id);
  ASSERT_TRUE(events.ok());
  std::vector<std::string> actions;
  for (const auto& e : *events) actions.push_back(e.action + ":" + e.from_state + ">" + e.to_state);
  EXPECT_EQ(actions,
            (std::vector<std::string>{"report:planned>in_progress", "submit:in_progress>submitted",
                                      "return:submitted>in_progress", "report:in_progress>in_progress",
                                      "submit:in_progress>submitted", "accept:submitted>accepted"}));
  EXPECT_EQ(events->at(2).note, "缺少佐证照片");
  EXPECT_EQ(events->at(0).percent, 60);
}

TEST_P(LedgerTest, OnlyTheMilestonesOwnUnitReportsAndOnlyTheOfficeAccepts) {
  auto m = Milestone("2026-12-15");
  // The community above? No: a unit answers for its own milestones; the street above it
  // sees the milestone but may not report for it, another community does not see it.
  EXPECT_EQ(Act(As("street"), m.id, {"report", 50, "代报"}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Act(As("community2"), m.id, {"report", 50, "代报"}).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(Act(As("supervisor"), m.id, {"report", 50, "代报"}).status().code(),
            ErrorCode::kPermissionDenied);
  ASSERT_TRUE(Act(As("community"), m.id, {"report", 100, "完成"}).ok());
  ASSERT_TRUE(Act(As("community"), m.id, {"submit", std::nullopt, ""}).ok());
  EXPECT_EQ(Act(As("community"), m.id, {"accept", std::nullopt, ""}).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(Act(As("leader"), m.id, {"accept", std::nullopt, ""}).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(FindMilestone(As("supervisor"), m.id)->state, "submitted");
  EXPECT_EQ(AllowedActions(As("supervisor"), *FindMilestone(As("supervisor"), m.id)),
            (std::vector<std::string>{"accept", "return"}));
  EXPECT_TRUE(AllowedActions(As("community"), *FindMilestone(As("community"), m.id)).empty());
}

TEST_P(LedgerTest, BadActionsChangeNothing) {
  auto m = Milestone("2026-12-15");
  EXPECT_EQ(Act(As("community"), m.id, {"report", std::nullopt, "进度"}).status().field(), "percent");
  EXPECT_EQ(Act(As("community"), m.id, {"report", 101, "进度"}).status().field(), "percent");
  EXPECT_EQ(Act(As("community"), m.id, {"report", 50, ""}).status().field(), "note");
  EXPECT_EQ(Act(As("community"), m.id, {"fly", std::nullopt, ""}).status().field(), "action");
  EXPECT_EQ(Act(As("community"), m.id, {"submit", std::nullopt, ""}).status().code(),
            ErrorCode::kFailedPrecondition);  // not from planned
  ASSERT_TRUE(Act(As("community"), m.id, {"report", 90, "完成"}).ok());
  ASSERT_TRUE(Act(As("community"), m.id, {"submit", std::nullopt, ""}).ok());
  EXPECT_EQ(Act(As("supervisor"), m.id, {"return", std::nullopt, ""}).status().field(), "note");
  auto now = FindMilestone(As("supervisor"), m.id);
  EXPECT_EQ(now->state, "submitted");
  EXPECT_EQ(now->percent, 90);
  EXPECT_EQ(MilestoneEvents(As("supervisor"), m.id)->size(), 2u);
}

TEST_P(LedgerTest, AMilestoneWaitsForWhatItDependsOn) {
  auto first = Milestone("2026-12-10");
  auto second = Milestone("2026-12-15", "C", {first.id});
  ASSERT_TRUE(Act(As("community"), second.id, {"report", 100, "完成"}).ok());
  auto early = Act(As("community"), second.id, {"submit", std::nullopt, ""});
  EXPECT_EQ(early.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(early.status().message().find(std::to_string(first.id)), std::string::npos);
  for (const char* step : {"report", "submit"}) {
    ASSERT_TRUE(Act(As("community"), first.id, {step, 100, "完成"}).ok()) << step;
  }
  ASSERT_TRUE(Act(As("supervisor"), first.id, {"accept", std::nullopt, ""}).ok());
  EXPECT_TRUE(Act(As("community"), second.id, {"submit", std::nullopt, ""}).ok());
}

TEST_P(LedgerTest, EachCallerSeesTheirUnitsAndTheFiltersNarrowTheLedger) {
  auto past = Milestone("2026-11-27");        // overdue on Monday 30 November
  auto soon = Milestone("2026-12-03", "C2");  // due within 5 days
  auto later = Milestone("2026-12-28", "DEPT");
  EXPECT_EQ(Count(As("supervisor")), 3);
  EXPECT_EQ(Count(As("leader")), 3);
  EXPECT_EQ(Count(As("street")), 2);  // C and C2 are below S
  EXPECT_EQ(Count(As("community")), 1);
  EXPECT_EQ(Count(As("dept")), 1);
  EXPECT_EQ(ListMilestones(As("grid1"), {}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(FindMilestone(As("community"), soon.id).status().code(), ErrorCode::kNotFound);

  LedgerFilter overdue;
  overdue.overdue = true;
  auto late = ListMilestones(As("supervisor"), overdue);
  ASSERT_TRUE(late.ok());
  ASSERT_EQ(late->total, 1);
  EXPECT_EQ(late->items.at(0).id, past.id);
  EXPECT_TRUE(IsOverdue(As("supervisor"), late->items.at(0)));
  EXPECT_FALSE(IsOverdue(As("supervisor"), later));
  LedgerFilter due_soon;
  due_soon.due_within_days = 5;
  EXPECT_EQ(ListMilestones(As("supervisor"), due_soon)->items.at(0).id, soon.id);
  LedgerFilter of_unit;
  of_unit.unit_code = "S";
  EXPECT_EQ(Count(As("supervisor"), of_unit), 2);
  EXPECT_EQ(ListMilestones(As("community"), of_unit).status().code(), ErrorCode::kPermissionDenied);
  LedgerFilter of_leader;
  of_leader.leader_username = "leader";
  EXPECT_EQ(Count(As("supervisor"), of_leader), 3);
  LedgerFilter bad_state;
  bad_state.state = "lost";
  EXPECT_EQ(ListMilestones(As("supervisor"), bad_state).status().field(), "state");
  LedgerFilter paged;
  paged.limit = 1;
  paged.offset = 1;
  auto page = ListMilestones(As("supervisor"), paged);
  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items.at(0).id, soon.id);  // due date order
}

SANWANG_INSTANTIATE_BACKENDS(LedgerTest);

}  // namespace
}  // namespace sanwang::governance
