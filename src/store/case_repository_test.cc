#include "store/case_repository.h"

#include "store/org_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

constexpr UnixSeconds kNov29 = 1795924149;  // 2026-11-29T11:49:09+08:00

class CaseRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    OrgRepository org(db());
    UnitRecord u;
    u.district_code = "411002";
    for (const char* code : {"C1", "G1", "G2"}) {
      u.code = code;
      u.kind = code[0] == 'C' ? "community" : "grid";
      u.name = code;
      u.parent_id = code[0] == 'C' ? std::nullopt : std::optional<Id>(community_);
      auto r = org.Insert(u);
      ASSERT_TRUE(r.ok()) << r.status().ToString();
      (code[0] == 'C' ? community_ : code[1] == '1' ? grid1_ : grid2_) = r->id;
    }
  }

  CaseChange NewCase(Id grid, UnixSeconds at = kNov29) {
    CaseRecord c;
    c.district_code = "411002";
    c.workflow = "resident_matter";
    c.title = "路灯不亮";
    c.source = "resident";
    c.grid_id = grid;
    c.community_id = community_;
    c.unit_id = grid;
    c.state = "dispatched";
    c.created_at = at;
    c.resolve_due = at + 3600;
    c.updated_at = at;
    CaseEventRecord e;
    e.action = "submit";
    e.to_state = "dispatched";
    e.actor_role = "resident";
    e.at = at;
    auto r = CaseRepository(db()).Insert(c, e);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : CaseChange{};
  }

  static Result<CaseChange> Accept(const CaseRecord& current) {
    if (current.state != "dispatched") return FailedPrecondition("not dispatched");
    CaseChange ch{current, {}};
    ch.updated.state = "accepted";
    ch.updated.accepted_at = current.created_at + 60;
    ch.event.action = "accept";
    ch.event.from_state = current.state;
    ch.event.to_state = "accepted";
    ch.event.actor_role = "grid_worker";
    ch.event.at = current.created_at + 60;
    return ch;
  }

  CaseCounters CountersOf(Id unit) {
    auto rows = CaseRepository(db()).MonthlyCounters({unit}, 202601, 202612);
    EXPECT_TRUE(rows.ok());
    CaseCounters sum;
    for (const auto& r : *rows) {
      sum.cases += r.counters.cases;
      sum.accepted += r.counters.accepted;
      sum.resolved += r.counters.resolved;
      sum.escalated += r.counters.escalated;
    }
    return sum;
  }

  Id community_ = 0, grid1_ = 0, grid2_ = 0;
};

TEST_P(CaseRepositoryTest, InsertWritesCaseAndFirstEvent) {
  CaseChange created = NewCase(grid1_);
  CaseRepository repo(db());
  auto c = repo.Get(created.updated.id);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->title, "路灯不亮");
  EXPECT_EQ(c->resolve_due, kNov29 + 3600);
  EXPECT_FALSE(c->rating.has_value());
  auto events = repo.Events(c->id);
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->at(0).seq, 1);
  EXPECT_EQ(events->at(0).action, "submit");
}

TEST_P(CaseRepositoryTest, ListOrdersByTheChosenDeadlineWithCasesWithoutItLast) {
  // Filed in this order; deadlines in another; one case without either deadline.
  Id a = NewCase(grid1_, kNov29).updated.id;
  Id b = NewCase(grid1_, kNov29 + 10).updated.id;
  Id c = NewCase(grid1_, kNov29 + 20).updated.id;
  Id d = NewCase(grid1_, kNov29 + 30).updated.id;
  CaseRepository repo(db());
  auto set = [&](Id id, std::optional<UnixSeconds> accept, std::optional<UnixSeconds> resolve) {
    auto r = repo.Update(id, [&](const CaseRecord& current) -> Result<CaseChange> {
      CaseChange ch{current, {}};
      ch.updated.accept_due = accept;
      ch.updated.resolve_due = resolve;
      ch.event.action = "visit";
      ch.event.from_state = ch.event.to_state = current.state;
      ch.event.actor_role = "system";
      ch.event.at = current.created_at;
      return ch;
    });
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  };
  set(a, kNov29 + 500, kNov29 + 900);
  set(b, kNov29 + 100, kNov29 + 9000);
  set(c, std::nullopt, std::nullopt);
  set(d, kNov29 + 300, kNov29 + 200);
  CaseFilter f;
  f.district_code = "411002";
  auto ids = [&](CaseOrder order) {
    f.order = order;
    auto listed = repo.List(f);
    EXPECT_TRUE(listed.ok()) << listed.status().ToString();
    std::vector<Id> out;
    for (const CaseRecord& r : listed.value()) out.push_back(r.id);
    return out;
  };
  EXPECT_EQ(ids(CaseOrder::kNewestFirst), (std::vector<Id>{d, c, b, a}));
  EXPECT_EQ(ids(CaseOrder::kAcceptDueFirst), (std::vector<Id>{b, d, a, c}));
  EXPECT_EQ(ids(CaseOrder::kResolveDueFirst), (std::vector<Id>{d, a, b, c}));
}

TEST_P(CaseRepositoryTest, RecentOpenOfItemKeepsOnlyOpenCasesOfTheItemInsideTheBoxAndWindow) {
  CaseRepository repo(db());
  auto file = [&](const char* item, double lon, double lat, UnixSeconds at, const char* state) {
    CaseRecord c;
    c.district_code = "411002";
    c.workflow = "resident_matter";
    c.title = "路灯不亮";
    c.source = "resident";
    c.item_code = item;
    c.lon = lon;
    c.lat = lat;
    c.state = state;
    c.created_at = c.updated_at = at;
    CaseEventRecord e;
    e.action = "submit";
    e.to_state = state;
    e.actor_role = "resident";
    e.at = at;
    auto r = repo.Insert(c, e);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r->updated.id : 0;
  };
  Id near = file("A01-003", 113.8101, 34.0301, kNov29, "dispatched");
  file("A01-003", 113.8300, 34.0301, kNov29, "dispatched");        // outside the box
  file("A01-004", 113.8101, 34.0301, kNov29, "dispatched");        // another item
  file("A01-003", 113.8101, 34.0301, kNov29, "resolved");          // not open
  file("A01-003", 113.8101, 34.0301, kNov29 - 86400, "accepted");  // before the window
  CoordinateBox box{113.809, 34.029, 113.811, 34.031};
  auto found = repo.RecentOpenOfItem("411002", "A01-003", {"dispatched", "accepted"}, kNov29 - 3600, box);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].id, near);
  // Which states count as open is the caller's (the workflow's) answer, not the query's.
  found = repo.RecentOpenOfItem("411002", "A01-003", {"resolved"}, kNov29 - 3600, box);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_NE((*found)[0].id, near);
  EXPECT_TRUE(repo.RecentOpenOfItem("411002", "A01-003", {}, kNov29 - 3600, box)->empty());
}

TEST_P(CaseRepositoryTest, UpdateWritesOneEventAndBumpsVersion) {
  Id id = NewCase(grid1_).updated.id;
  CaseRepository repo(db());
  auto changed = repo.Update(id, &CaseRepositoryTest::Accept);
  ASSERT_TRUE(changed.ok()) << changed.status().ToString();
  EXPECT_EQ(changed->event.seq, 2);
  auto c = repo.Get(id);
  EXPECT_EQ(c->state, "accepted");
  EXPECT_EQ(c->version, 1);
  EXPECT_EQ(repo.Events(id)->size(), 2u);
}

TEST_P(CaseRepositoryTest, RefusedDecisionChangesNothing) {
  Id id = NewCase(grid1_).updated.id;
  CaseRepository repo(db());
  ASSERT_TRUE(repo.Update(id, &CaseRepositoryTest::Accept).ok());
  auto again = repo.Update(id, &CaseRepositoryTest::Accept);
  EXPECT_EQ(again.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(repo.Get(id)->version, 1);
  EXPECT_EQ(repo.Events(id)->size(), 2u);
  EXPECT_EQ(repo.Update(999999, &CaseRepositoryTest::Accept).status().code(), ErrorCode::kNotFound);
}

TEST_P(CaseRepositoryTest, EventsAreImmutable) {
  Id id = NewCase(grid1_).updated.id;
  EXPECT_FALSE(db().Execute("UPDATE case_events SET note = 'changed' WHERE case_id = ?", {id}).ok());
  EXPECT_FALSE(db().Execute("DELETE FROM case_events WHERE case_id = ?", {id}).ok());
  EXPECT_EQ(CaseRepository(db()).Events(id)->size(), 1u);
}

TEST_P(CaseRepositoryTest, CountersFollowTheCaseBetweenUnits) {
  Id id = NewCase(grid1_).updated.id;
  NewCase(grid2_);
  EXPECT_EQ(CountersOf(community_).cases, 2);
  EXPECT_EQ(CountersOf(grid1_).cases, 1);
  // Moved from grid 1 to grid 2 and accepted there: grid 1 no longer counts it.
  CaseRepository repo(db());
  auto moved = repo.Update(id, [&](const CaseRecord& cur) -> Result<CaseChange> {
    SW_ASSIGN_OR_RETURN(CaseChange ch, Accept(cur));
    ch.updated.grid_id = grid2_;
    ch.updated.unit_id = grid2_;
    ch.updated.escalate_count = 1;
    return ch;
  });
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  EXPECT_EQ(CountersOf(grid1_).cases, 0);
  EXPECT_EQ(CountersOf(grid2_).cases, 2);
  EXPECT_EQ(CountersOf(grid2_).accepted, 1);
  EXPECT_EQ(CountersOf(community_).escalated, 1);
  EXPECT_EQ(CountersOf(community_).cases, 2);
}

TEST_P(CaseRepositoryTest, ListFiltersAndPages) {
  for (int i = 0; i < 5; ++i) NewCase(i % 2 ? grid1_ : grid2_, kNov29 + i * 86400);
  CaseRepository repo(db());
  CaseFilter f;
  f.district_code = "411002";
  EXPECT_EQ(*repo.Count(f), 5);
  f.unit_id = grid1_;
  EXPECT_EQ(*repo.Count(f), 2);
  f.unit_id.reset();
  f.limit = 2;
  f.offset = 2;
  auto page = repo.List(f);
  ASSERT_EQ(page->size(), 2u);
  EXPECT_GT(page->at(0).id, page->at(1).id);
  f = CaseFilter{};
  f.district_code = "411002";
  f.created_from = kNov29 + 86400;
  f.created_to = kNov29 + 3 * 86400;
  EXPECT_EQ(*repo.Count(f), 2);
  f = CaseFilter{};
  f.district_code = "411002";
  f.text = "路灯";
  EXPECT_EQ(*repo.Count(f), 5);
  f.text = "井盖";
  EXPECT_EQ(*repo.Count(f), 0);
  f = CaseFilter{};
  f.district_code = "411002";
  f.scope_path = OrgRepository(db()).Get(grid1_)->path;
  EXPECT_EQ(*repo.Count(f), 2);
  f.scope_path = OrgRepository(db()).Get(community_)->path;
  EXPECT_EQ(*repo.Count(f), 5);
}

TEST_P(CaseRepositoryTest, SupervisionFindsOpenCasesPastDue) {
  Id late = NewCase(grid1_, kNov29 - 7200).updated.id;
  NewCase(grid1_, kNov29);
  auto due = CaseRepository(db()).DueForSupervision("411002", {"dispatched"}, kNov29, 100);
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ(due->at(0), late);
  // Only the states the workflow names are looked at.
  EXPECT_TRUE(CaseRepository(db()).DueForSupervision("411002", {"accepted"}, kNov29, 100)->empty());
}

SANWANG_INSTANTIATE_BACKENDS(CaseRepositoryTest);

}  // namespace
}  // namespace sanwang::store
