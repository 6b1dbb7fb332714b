// The resident-matter workflow as a table: each scenario files a matter, then takes steps
// as different people; each step states what must happen (the new state and handling
// unit, or the error code). Every transition of docs/architecture.md §4 and every kind of refusal
// appears here.
#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

struct Step {
  std::string who;
  TransitionRequest request;
  std::string expect_state;  // empty when refused
  std::string expect_unit;   // unit code after the step ("" to skip)
  ErrorCode expect_error = ErrorCode::kOk;
};

struct Scenario {
  std::string name;
  std::string item;
  std::vector<Step> steps;
};

TransitionRequest Act(std::string action, std::string note = "") {
  TransitionRequest r;
  r.action = std::move(action);
  r.note = std::move(note);
  return r;
}
TransitionRequest RedispatchTo(std::string unit) {
  TransitionRequest r = Act("redispatch");
  r.target_unit_code = std::move(unit);
  return r;
}
TransitionRequest Extension(int hours) {
  TransitionRequest r = Act("request_extension", "需要协调物业");
  r.hours = hours;
  return r;
}
TransitionRequest Rating(bool satisfied, std::string action = "rate") {
  TransitionRequest r = Act(std::move(action));
  r.satisfied = satisfied;
  return r;
}

const ErrorCode kDenied = ErrorCode::kPermissionDenied;
const ErrorCode kWrongState = ErrorCode::kFailedPrecondition;
const ErrorCode kBad = ErrorCode::kInvalidArgument;

std::vector<Scenario> Scenarios() {
  return {
      {"happy path: accept, resolve, rate satisfied",
       kGridItem,
       {{"grid1", Act("accept"), "accepted", "G1"},
        {"grid1", Act("resolve", "已清理"), "resolved", "G1"},
        {"resident1", Rating(true), "closed", "G1"}}},
      {"refusals change nothing",
       kGridItem,
       {{"grid2", Act("accept"), "", "", kDenied},            // another grid
        {"resident1", Act("accept"), "", "", kDenied},        // wrong role
        {"grid1", Act("resolve", "x"), "", "", kWrongState},  // not yet accepted
        {"grid1", Act("fly"), "", "", kBad},                  // unknown action
        {"grid1", Act("accept"), "accepted", "G1"},
        {"grid1", Act("accept"), "", "", kWrongState},  // twice
        {"grid1", Act("resolve"), "", "", kBad},        // note required
        {"grid1", Act("resolve", "   "), "", "", kBad},
        {"grid1", Act("resolve", "好了"), "resolved", "G1"},
        {"resident2", Rating(true), "", "", kDenied},  // not the reporter
        {"resident1", Act("rate"), "", "", kBad},      // rating missing
        {"resident1", Rating(true), "closed", ""},
        {"resident1", Rating(true), "", "", kWrongState}}},
      {"return and re-dispatch by the command center",
       kGridItem,
       {{"grid1", Act("return"), "", "", kBad},
        {"grid1", Act("return", "不属于本网格"), "returned", "CMD"},
        {"grid1", Act("accept"), "", "", kWrongState},
        {"community", RedispatchTo("G2"), "", "", kDenied},
        {"center", RedispatchTo("NOPE"), "", "", kBad},
        {"center", RedispatchTo("D"), "", "", kBad},
        {"center", RedispatchTo("G2"), "dispatched", "G2"},
        {"grid1", Act("accept"), "", "", kDenied},
        {"grid2", Act("accept"), "accepted", "G2"}}},
      {"escalate up every tier to the command center",
       kGridItem,
       {{"grid1", Act("accept"), "accepted", "G1"},
        {"grid1", Act("escalate", "需社区协调"), "dispatched", "C"},
        {"grid1", Act("accept"), "", "", kDenied},
        {"community", Act("accept"), "accepted", "C"},
        {"community", Act("escalate", "需街道协调"), "dispatched", "S"},
        {"street", Act("accept"), "accepted", "S"},
        {"street", Act("escalate", "需区级协调"), "dispatched", "CMD"},
        {"center", Act("accept"), "accepted", "CMD"},
        {"center", Act("escalate", "x"), "", "", kDenied}}},
      {"extension approved and denied",
       kCommunityItem,
       {{"community", Act("accept"), "accepted", "C"},
        {"community", Extension(0), "", "", kBad},
        {"community", Extension(8), "extension_pending", "C"},
        {"community", Act("resolve", "x"), "", "", kWrongState},
        {"grid1", Act("approve_extension"), "", "", kDenied},
        {"community2", Act("approve_extension"), "", "", kDenied},
        {"street", Act("approve_extension"), "accepted", "C"},
        {"community", Extension(4), "extension_pending", "C"},
        {"supervisor", Act("deny_extension"), "", "", kBad},
        {"supervisor", Act("deny_extension", "理由不足"), "accepted", "C"}}},
      {"unsatisfied reopens once, then closes",
       kGridItem,
       {{"grid1", Act("accept"), "accepted", "G1"},
        {"grid1", Act("resolve", "处理"), "resolved", "G1"},
        {"resident1", Rating(false), "accepted", "G1"},
        {"grid1", Act("resolve", "再次处理"), "resolved", "G1"},
        {"resident1", Rating(false), "closed", "G1"}}},
      {"follow-up visit by community staff",
       kCommunityItem,
       {{"community", Act("accept"), "accepted", "C"},
        {"community", Act("resolve", "已调解"), "resolved", "C"},
        {"community2", Rating(true, "visit"), "", "", kDenied},
        {"community", Rating(true, "visit"), "closed", "C"}}},
      {"department item handled by the department",
       kDeptItem,
       {{"street", Act("accept"), "", "", kDenied},
        {"dept", Act("accept"), "accepted", "DEPT"},
        {"dept", Act("escalate", "需区指挥中心协调"), "dispatched", "CMD"}}},
      {"supervision needs a late case",
       kGridItem,
       {{"supervisor", Act("supervise"), "", "", kWrongState}, {"grid1", Act("supervise"), "", "", kDenied}}},
  };
}

class WorkflowScenarioTest : public CasesTest {};

TEST_P(WorkflowScenarioTest, EveryTransitionAndRefusal) {
  for (const Scenario& s : Scenarios()) {
    SCOPED_TRACE(s.name);
    auto filed = File(s.item);
    ASSERT_TRUE(filed.ok()) << filed.status().ToString();
    store::Id id = filed->id;
    for (std::size_t i = 0; i < s.steps.size(); ++i) {
      const Step& step = s.steps[i];
      SCOPED_TRACE("step " + std::to_string(i) + ": " + step.who + " " + step.request.action);
      store::CaseRecord before = Get(id);
      std::size_t events_before = Events(id).size();
      clock_.Advance(600);
      auto r = Do(id, step.who, step.request);
      if (step.expect_error != ErrorCode::kOk) {
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.status().code(), step.expect_error) << r.status().ToString();
        EXPECT_EQ(Get(id).version, before.version);
        EXPECT_EQ(Events(id).size(), events_before);
        continue;
      }
      ASSERT_TRUE(r.ok()) << r.status().ToString();
      EXPECT_EQ(r->updated.state, step.expect_state);
      if (!step.expect_unit.empty()) {
        EXPECT_EQ(UnitCode(r->updated.unit_id), step.expect_unit);
      }
      EXPECT_EQ(Get(id).state, step.expect_state);
      auto events = Events(id);
      ASSERT_EQ(events.size(), events_before + 1);
      EXPECT_EQ(events.back().action, step.request.action);
      EXPECT_EQ(events.back().from_state, before.state);
      EXPECT_EQ(events.back().to_state, step.expect_state);
      EXPECT_EQ(events.back().actor_user_id, As(step.who).user_id);
    }
  }
}

TEST_P(WorkflowScenarioTest, ExtensionMovesTheDeadlineByWorkingHours) {
  auto c = File(kCommunityItem);
  ASSERT_TRUE(Do(c->id, "community", Act("accept")).ok());
  ASSERT_TRUE(Do(c->id, "community", Extension(8)).ok());
  UnixSeconds before = *Get(c->id).resolve_due;
  ASSERT_TRUE(Do(c->id, "street", Act("approve_extension")).ok());
  EXPECT_EQ(*Get(c->id).resolve_due, calendar_->AddWorkingHours(before, 8));
  EXPECT_FALSE(Get(c->id).requested_hours.has_value());
}

SANWANG_INSTANTIATE_BACKENDS(WorkflowScenarioTest);

}  // namespace
}  // namespace sanwang::cases
