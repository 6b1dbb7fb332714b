#include "cases/past_case.h"

#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>

#include "cases/cases_test_fixture.h"
#include "store/case_repository.h"

namespace sanwang::cases {
namespace {

UnixSeconds At(const char* iso) { return *ParseIso8601(iso); }

class PastCaseTest : public CasesTest {
 protected:
  PastCaseContext Domain() const { return {*calendar_, *workflow_, *org_, *catalog_}; }

  // Filed on a Monday morning, handled by the grid, closed after a follow-up visit.
  PastMatter Closed() const {
    PastMatter m;
    m.item_code = kGridItem;  // 8 working hours
    m.title = "楼道堆放杂物";
    m.description = "三单元楼道堆满纸箱";
    m.reporter_name = "李四";
    m.reporter_phone = "13900001111";
    m.location = geo::LonLat{113.805, 34.01};
    m.state = "closed";
    m.created_at = At("2026-11-02T09:00:00+08:00");
    m.accepted_at = At("2026-11-02T09:30:00+08:00");
    m.resolved_at = At("2026-11-02T15:00:00+08:00");
    m.closed_at = At("2026-11-03T10:00:00+08:00");
    m.answer = "已清理 Cleared";
    m.stars = 2;
    m.system = "old-12345";
    m.source_id = "GD-0001";
    return m;
  }

  Result<PastCase> Build(const PastMatter& m) { return BuildPastCase(Domain(), m, clock_.Now()); }
};

TEST_P(PastCaseTest, AClosedWorkOrderKeepsItsStepsAtTheOldSystemsTimes) {
  auto past = Build(Closed());
  ASSERT_TRUE(past.ok()) << past.status().ToString();
  const store::CaseRecord& c = past->record;
  EXPECT_EQ(c.state, "closed");
  EXPECT_EQ(UnitCode(c.unit_id), "G1");  // routed by the item's tier from the point
  EXPECT_EQ(UnitCode(c.grid_id), "G1");
  EXPECT_EQ(UnitCode(c.community_id), "C");
  EXPECT_EQ(c.created_at, At("2026-11-02T09:00:00+08:00"));
  EXPECT_EQ(c.accepted_at, At("2026-11-02T09:30:00+08:00"));
  EXPECT_EQ(c.resolve_due, calendar_->AddWorkingHours(c.created_at, 8));
  EXPECT_EQ(c.handling_seconds, calendar_->WorkingSecondsBetween(c.created_at, *c.resolved_at));
  EXPECT_GT(c.handling_seconds, 0);
  EXPECT_LE(c.handling_seconds, 6 * 3600);
  EXPECT_EQ(c.closed_at, At("2026-11-03T10:00:00+08:00"));
  // Two stars are unsatisfied, and the old system closed it anyway: it is not reopened.
  EXPECT_EQ(c.rating, 0);
  EXPECT_EQ(c.rating_stars, 2);
  EXPECT_EQ(c.reopen_count, 0);
  EXPECT_FALSE(c.overdue);
  EXPECT_EQ(c.updated_at, *c.closed_at);
  ASSERT_EQ(past->events.size(), 5u);
  const char* actions[] = {"submit", "route", "accept", "resolve", "visit"};
  const char* states[] = {"submitted", "dispatched", "accepted", "resolved", "closed"};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(past->events[i].action, actions[i]);
    EXPECT_EQ(past->events[i].to_state, states[i]);
    EXPECT_EQ(past->events[i].seq, static_cast<int>(i) + 1);
  }
  EXPECT_EQ(past->events[3].note, "已清理 Cleared");
  EXPECT_EQ(past->events[3].at, *c.resolved_at);
  auto submitted = nlohmann::json::parse(past->events[0].data);
  EXPECT_EQ(submitted["imported"]["system"], "old-12345");
  EXPECT_EQ(submitted["imported"]["id"], "GD-0001");
  EXPECT_EQ(nlohmann::json::parse(past->events[4].data)["stars"], 2);
}

TEST_P(PastCaseTest, WorkingTimeAndLatenessAreCountedAsTheEngineCountsThem) {
  PastMatter m = Closed();
  m.resolved_at = At("2026-11-04T17:00:00+08:00");  // past the 8 working hours
  m.closed_at.reset();                              // closed when resolved
  m.stars.reset();
  auto past = Build(m);
  ASSERT_TRUE(past.ok()) << past.status().ToString();
  EXPECT_EQ(past->record.handling_seconds, calendar_->WorkingSecondsBetween(m.created_at, *m.resolved_at));
  EXPECT_TRUE(past->record.overdue);
  EXPECT_EQ(past->record.closed_at, m.resolved_at);
  EXPECT_FALSE(past->record.rating.has_value());

  PastMatter open = Closed();
  open.state = "accepted";
  open.resolved_at.reset();
  open.closed_at.reset();
  open.stars.reset();
  open.accepted_at.reset();  // accepted when filed
  auto still = Build(open);
  ASSERT_TRUE(still.ok()) << still.status().ToString();
  EXPECT_EQ(still->record.accepted_at, open.created_at);
  EXPECT_TRUE(still->record.overdue);  // weeks past its deadline today
  EXPECT_EQ(still->events.size(), 3u);
  EXPECT_TRUE(workflow_->IsOpen(still->record.state));
}

TEST_P(PastCaseTest, TheUnitTheOldSystemRecordedIsKept) {
  PastMatter m = Closed();
  m.unit_id = IdOf("DEPT");
  m.location.reset();
  auto past = Build(m);
  ASSERT_TRUE(past.ok()) << past.status().ToString();
  EXPECT_EQ(UnitCode(past->record.unit_id), "DEPT");
  EXPECT_FALSE(past->record.grid_id.has_value());

  m.unit_id = IdOf("G2");  // a grid's matter belongs to its community and sub-district
  past = Build(m);
  ASSERT_TRUE(past.ok()) << past.status().ToString();
  EXPECT_EQ(UnitCode(past->record.community_id), "C");
  EXPECT_EQ(UnitCode(past->record.street_id), "S");
}

TEST_P(PastCaseTest, AMatterThatDoesNotHoldTogetherIsRefusedNamingTheField) {
  struct Bad {
    const char* field;
    std::function<void(PastMatter&)> spoil;
  };
  const std::vector<Bad> bad = {
      {"state", [](PastMatter& m) { m.state = "returned"; }},
      {"state", [](PastMatter& m) { m.state = "已办结"; }},
      {"resolved_at", [](PastMatter& m) { m.resolved_at.reset(); }},
      {"accepted_at", [](PastMatter& m) { m.accepted_at = m.created_at - 60; }},
      {"closed_at", [](PastMatter& m) { m.closed_at = *m.resolved_at - 1; }},
      {"closed_at", [](PastMatter& m) { m.closed_at = At("2027-01-01T00:00:00+08:00"); }},
      {"created_at", [](PastMatter& m) { m.created_at = 0; }},
      {"rating", [](PastMatter& m) { m.stars = 6; }},
      {"rating", [](PastMatter& m) { m.state = "resolved"; }},
      {"item_code", [](PastMatter& m) { m.item_code = "Z99-999"; }},
      {"title", [](PastMatter& m) { m.title = ""; }},
      {"reporter_phone", [](PastMatter& m) { m.reporter_phone = "138****1111"; }},
      {"unit", [this](PastMatter& m) { m.unit_id = IdOf("D"); }},
  };
  for (const Bad& b : bad) {
    PastMatter m = Closed();
    b.spoil(m);
    auto past = Build(m);
    ASSERT_FALSE(past.ok()) << b.field;
    EXPECT_EQ(past.status().code(), ErrorCode::kInvalidArgument) << b.field;
    EXPECT_EQ(past.status().field(), b.field) << past.status().ToString();
  }
}

TEST_P(PastCaseTest, TheRepositoryWritesTheHistoryAndTheCounters) {
  auto past = Build(Closed());
  ASSERT_TRUE(past.ok());
  store::CaseRepository cases(db());
  auto written = cases.InsertWithHistory(past->record, past->events);
  ASSERT_TRUE(written.ok()) << written.status().ToString();
  const store::Id id = written->first.id;
  EXPECT_EQ(cases.Get(id)->state, "closed");
  auto events = cases.Events(id);
  ASSERT_EQ(events->size(), 5u);
  EXPECT_EQ(events->back().action, "visit");
  EXPECT_EQ(events->back().seq, 5);
  auto counters = cases.MonthlyCounters({IdOf("G1")}, 202611, 202611);
  ASSERT_TRUE(counters.ok());
  ASSERT_EQ(counters->size(), 1u);
  EXPECT_EQ(counters->front().counters.cases, 1);
  EXPECT_EQ(counters->front().counters.resolved_on_time, 1);
  EXPECT_EQ(counters->front().counters.rated, 1);
  EXPECT_EQ(counters->front().counters.satisfied, 0);
}

SANWANG_INSTANTIATE_BACKENDS(PastCaseTest);

}  // namespace
}  // namespace sanwang::cases
