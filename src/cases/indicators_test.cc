#include "cases/indicators.h"

#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

TEST(IndicatorsTest, RatesFromCounters) {
  store::CaseCounters k;
  k.cases = 10;
  k.accepted = 8;
  k.accepted_on_time = 6;
  k.resolved = 4;
  k.resolved_on_time = 3;
  k.rated = 2;
  k.satisfied = 1;
  k.repeats = 1;
  k.handling_seconds = 4 * 7200;
  Indicators i = FromCounters(7, 202611, k);
  EXPECT_DOUBLE_EQ(*i.on_time_acceptance, 0.75);
  EXPECT_DOUBLE_EQ(*i.on_time_resolution, 0.75);
  EXPECT_DOUBLE_EQ(*i.satisfaction, 0.5);
  EXPECT_DOUBLE_EQ(*i.repeat_rate, 0.1);
  EXPECT_DOUBLE_EQ(*i.average_handling_hours, 2.0);
  Indicators empty = FromCounters(7, 0, {});
  EXPECT_FALSE(empty.satisfaction.has_value());
  EXPECT_FALSE(empty.average_handling_hours.has_value());
}

class IndicatorsFromCasesTest : public CasesTest {};

TEST_P(IndicatorsFromCasesTest, CountsFollowTheWorkflow) {
  // Case 1: accepted in time, resolved in time, satisfied.
  auto a = File(kGridItem);
  clock_.Advance(1800);
  ASSERT_TRUE(Do(a->id, "grid1", {"accept"}).ok());
  clock_.Advance(3600);
  ASSERT_TRUE(Do(a->id, "grid1", {"resolve", "ok"}).ok());
  TransitionRequest happy{"rate"};
  happy.satisfied = true;
  ASSERT_TRUE(Do(a->id, "resident1", happy).ok());
  // Case 2: accepted late, then returned twice over → counted once as returned.
  auto b = File(kGridItem, 113.809, 34.018);
  clock_.Advance(3 * 86400);
  ASSERT_TRUE(Do(b->id, "grid1", {"return", "不归我管"}).ok());
  // Case 3 in grid 2, escalated.
  auto c = File(kGridItem, 113.815, 34.01);
  ASSERT_TRUE(Do(c->id, "grid2", {"accept"}).ok());
  ASSERT_TRUE(Do(c->id, "grid2", {"escalate", "需社区"}).ok());

  store::CaseRepository repo(db());
  auto rows = ComputeIndicators(repo, {IdOf("G1"), IdOf("G2"), IdOf("C"), IdOf("CMD")}, 202601, 202612,
                                Grouping::kPerUnit);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 4u);
  std::map<std::string, Indicators> by;
  for (const auto& i : *rows) by[UnitCode(i.unit_id)] = i;
  EXPECT_EQ(by["C"].cases, 3);
  // A unit counts the cases in its area and the cases it handles.
  EXPECT_EQ(by["G1"].cases, 2);
  EXPECT_EQ(by["G1"].returned, 1);
  EXPECT_EQ(by["CMD"].cases, 1);  // case 2, returned to it for re-dispatch
  EXPECT_DOUBLE_EQ(*by["G1"].on_time_resolution, 1.0);
  EXPECT_DOUBLE_EQ(*by["G1"].satisfaction, 1.0);
  EXPECT_EQ(by["C"].returned, 1);
  EXPECT_EQ(by["C"].escalated, 1);
  EXPECT_DOUBLE_EQ(*by["C"].on_time_acceptance, 1.0);  // both acceptances within 2 h
  EXPECT_EQ(by["G2"].cases, 1);
  EXPECT_EQ(by["G2"].escalated, 1);
}

TEST_P(IndicatorsFromCasesTest, SummaryEqualsARecountOfTheCases) {
  for (int i = 0; i < 12; ++i) {
    auto c = File(i % 3 == 0 ? kCommunityItem : kGridItem, 113.801 + 0.0015 * i, 34.005 + 0.001 * i);
    ASSERT_TRUE(c.ok());
    std::string handler = UnitCode(c->unit_id) == "C"    ? "community"
                          : UnitCode(c->unit_id) == "G1" ? "grid1"
                                                         : "grid2";
    clock_.Advance(900 * i);
    if (i % 2 == 0) {
      ASSERT_TRUE(Do(c->id, handler, {"accept"}).ok());
    }
    if (i % 4 == 0) {
      ASSERT_TRUE(Do(c->id, handler, {"resolve", "done"}).ok());
    }
  }
  clock_.Advance(5 * 86400);
  ASSERT_TRUE(engine_->Sweep().ok());
  store::CaseRepository repo(db());
  store::CaseFilter all;
  all.district_code = org::kTestDistrict;
  all.limit = 1000;
  auto cases = repo.List(all);
  store::CaseCounters recount;
  for (const auto& c : *cases) {
    if (c.community_id != IdOf("C")) continue;
    store::CaseCounters k = store::ContributionOf(c);
    recount.cases += k.cases;
    recount.accepted += k.accepted;
    recount.accepted_on_time += k.accepted_on_time;
    recount.resolved += k.resolved;
    recount.resolved_on_time += k.resolved_on_time;
    recount.handling_seconds += k.handling_seconds;
    recount.overdue += k.overdue;
  }
  auto kept = repo.MonthlyCounters({IdOf("C")}, 202611, 202612);
  store::CaseCounters sum;
  for (const auto& r : *kept) {
    sum.cases += r.counters.cases;
    sum.accepted += r.counters.accepted;
    sum.accepted_on_time += r.counters.accepted_on_time;
    sum.resolved += r.counters.resolved;
    sum.resolved_on_time += r.counters.resolved_on_time;
    sum.handling_seconds += r.counters.handling_seconds;
    sum.overdue += r.counters.overdue;
  }
  EXPECT_EQ(sum, recount);
  EXPECT_GT(sum.overdue, 0);
}

SANWANG_INSTANTIATE_BACKENDS(IndicatorsFromCasesTest);

}  // namespace
}  // namespace sanwang::cases
