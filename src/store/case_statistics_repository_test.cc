#include "store/case_statistics_repository.h"

#include "store/org_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

constexpr UnixSeconds kNov2 = 1793581200;  // 2026-11-02T09:00:00+08:00
constexpr UnixSeconds kDay = 86400;

class CaseStatisticsTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    OrgRepository org(db());
    for (auto [code, kind, parent] : {std::tuple{"D", "district", ""}, std::tuple{"S", "street", "D"},
                                      std::tuple{"C", "community", "S"}, std::tuple{"G1", "grid", "C"},
                                      std::tuple{"G2", "grid", "C"}, std::tuple{"DEPT", "department", "D"}}) {
      UnitRecord u;
      u.district_code = "411002";
      u.code = code;
      u.kind = kind;
      u.name = code;
      if (*parent) u.parent_id = ids_[parent];
      auto r = org.Insert(u);
      ASSERT_TRUE(r.ok()) << r.status().ToString();
      ids_[code] = r->id;
    }
  }

  // A case in grid `grid`, handled by `handler`, filed at `at` with a deadline a day later.
  CaseRecord File(const std::string& grid, const std::string& handler, UnixSeconds at,
                  std::optional<UnixSeconds> resolved_at = std::nullopt,
                  std::optional<int> rating = std::nullopt) {
    CaseRecord c;
    c.district_code = "411002";
    c.workflow = "resident_matter";
    c.title = "路灯不亮";
    c.source = "resident";
    c.grid_id = ids_[grid];
    c.community_id = ids_["C"];
    c.street_id = ids_["S"];
    c.unit_id = ids_[handler];
    c.state = resolved_at ? "resolved" : "dispatched";
    c.created_at = c.updated_at = at;
    c.accept_due = at + 7200;
    c.accepted_at = at + 3600;
    c.resolve_due = at + kDay;
    c.resolved_at = resolved_at;
    c.rating = rating;
    CaseEventRecord e;
    e.action = "submit";
    e.to_state = c.state;
    e.actor_role = "resident";
    e.at = at;
    auto r = CaseRepository(db()).Insert(c, e);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r->updated : c;
  }

  std::map<std::string, Id> ids_;
};

TEST_P(CaseStatisticsTest, CountersOverAMonthEqualTheMonthlySummary) {
  File("G1", "G1", kNov2, kNov2 + 2 * kDay, 1);  // resolved late, satisfied
  File("G1", "C", kNov2 + kDay, kNov2 + kDay + 600, 0);
  File("G2", "DEPT", kNov2 + 3 * kDay);
  std::vector<Id> units = {ids_["G1"], ids_["G2"], ids_["C"], ids_["S"], ids_["DEPT"]};
  CaseStatisticsRepository stats(db());
  auto counted = stats.CountersByUnit("411002", units, kNov2 - kDay, kNov2 + 28 * kDay);
  ASSERT_TRUE(counted.ok()) << counted.status().ToString();
  auto monthly = CaseRepository(db()).MonthlyCounters(units, 202611, 202611);
  ASSERT_TRUE(monthly.ok());
  ASSERT_EQ(monthly->size(), 5u);
  for (const auto& m : *monthly) EXPECT_EQ((*counted)[m.unit_id], m.counters) << m.unit_id;
  EXPECT_EQ((*counted)[ids_["C"]].cases, 3);
  EXPECT_EQ((*counted)[ids_["C"]].resolved_on_time, 1);
  EXPECT_EQ((*counted)[ids_["DEPT"]].cases, 1);
}

TEST_P(CaseStatisticsTest, CountersOfScopeCountEachCaseOnce) {
  File("G1", "G1", kNov2, kNov2 + 600, 1);
  File("G2", "DEPT", kNov2 + kDay);
  File("G2", "DEPT", kNov2 + 40 * kDay);  // outside the period
  auto k = CaseStatisticsRepository(db()).CountersOfScope({"411002", ""}, kNov2 - 3600, kNov2 + 30 * kDay);
  ASSERT_TRUE(k.ok()) << k.status().ToString();
  EXPECT_EQ(k->cases, 2);
  EXPECT_EQ(k->resolved, 1);
  EXPECT_EQ(k->satisfied, 1);
  EXPECT_EQ(k->accepted_on_time, 2);
}

TEST_P(CaseStatisticsTest, PerDayCountsFiledResolvedAndMissedDeadlines) {
  File("G1", "G1", kNov2, kNov2 + 600);              // filed and resolved on the 2nd
  File("G1", "G1", kNov2 + kDay, kNov2 + 3 * kDay);  // due on the 4th, resolved on the 5th: missed on the 4th
  File("G2", "G2", kNov2 + kDay);                    // due on the 4th, still open: missed on the 4th
  File("G2", "G2", kNov2 + 5 * kDay);                // due on the 8th, after `now`
  UnixSeconds now = kNov2 + 5 * kDay;
  auto days = CaseStatisticsRepository(db()).PerDay({"411002", ""}, kNov2 - 9 * 3600, kNov2 + 10 * kDay, now,
                                                    {"dispatched", "accepted"});
  ASSERT_TRUE(days.ok()) << days.status().ToString();
  std::int64_t nov2 = (kNov2 + kShanghaiOffsetSeconds) / kDay;
  EXPECT_EQ((*days)[nov2].created, 1);
  EXPECT_EQ((*days)[nov2].resolved, 1);
  EXPECT_EQ((*days)[nov2 + 1].created, 2);
  EXPECT_EQ((*days)[nov2 + 2].deadlines_missed, 2);
  EXPECT_EQ((*days)[nov2 + 3].resolved, 1);
  EXPECT_EQ((*days)[nov2 + 6].deadlines_missed, 0);
}

TEST_P(CaseStatisticsTest, ScopeAndOpenLoad) {
  File("G1", "G1", kNov2);
  File("G1", "G1", kNov2 + 3 * kDay);
  File("G2", "G2", kNov2, kNov2 + 600);
  CaseStatisticsRepository stats(db());
  auto g1_path = OrgRepository(db()).Get(ids_["G1"])->path;
  auto days = stats.PerDay({"411002", g1_path}, kNov2 - 9 * 3600, kNov2 + kDay, kNov2 + kDay, {"dispatched"});
  ASSERT_TRUE(days.ok());
  EXPECT_EQ((*days)[(kNov2 + kShanghaiOffsetSeconds) / kDay].created, 1);
  auto load = stats.OpenLoadBy("411002", PlaceColumn::kGrid, kNov2 + 2 * kDay, {"dispatched"});
  ASSERT_TRUE(load.ok()) << load.status().ToString();
  EXPECT_EQ((*load)[ids_["G1"]].open, 2);
  EXPECT_EQ((*load)[ids_["G1"]].past_deadline, 1);
  EXPECT_EQ(load->count(ids_["G2"]), 0u);
  auto by_community = stats.OpenLoadBy("411002", PlaceColumn::kCommunity, kNov2 + 2 * kDay, {"dispatched"});
  EXPECT_EQ((*by_community)[ids_["C"]].open, 2);
}

SANWANG_INSTANTIATE_BACKENDS(CaseStatisticsTest);

}  // namespace
}  // namespace sanwang::store
