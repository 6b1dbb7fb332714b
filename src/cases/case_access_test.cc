#include "cases/case_access.h"

#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

class CaseAccessTest : public CasesTest {};

TEST_P(CaseAccessTest, ReadAndReporterVisibilityByRoleAndScope) {
  auto c = File(kGridItem);  // in G1, handled by G1, reported by resident1
  ASSERT_TRUE(c.ok());
  struct Expect {
    const char* who;
    bool read;
    bool reporter;
  };
  for (const Expect& e :
       {Expect{"resident1", true, true}, Expect{"resident2", false, false}, Expect{"grid1", true, true},
        Expect{"grid2", false, false}, Expect{"community", true, false}, Expect{"community2", false, false},
        Expect{"street", true, false}, Expect{"dept", false, false}, Expect{"center", true, false},
        Expect{"supervisor", true, false}, Expect{"leader", true, false}}) {
    EXPECT_EQ(CanReadCase(*org_, As(e.who), *c), e.read) << e.who;
    EXPECT_EQ(CanSeeReporter(As(e.who), *c), e.reporter) << e.who;
  }
}

// The command center handles a case while it holds it: once the grid returns it, the
// center sees the reporter and the grid no longer does; dispatched again, the reverse.
TEST_P(CaseAccessTest, ReporterFollowsTheCaseToWhoeverHoldsIt) {
  auto c = File(kGridItem);
  ASSERT_TRUE(c.ok());
  auto returned = engine_->Apply(c->id, {"return", "不属于本网格"}, As("grid1"));
  ASSERT_TRUE(returned.ok()) << returned.status().ToString();
  EXPECT_TRUE(CanSeeReporter(As("center"), returned->updated));
  EXPECT_FALSE(CanSeeReporter(As("grid1"), returned->updated));
  cases::TransitionRequest redispatch{"redispatch"};
  redispatch.target_unit_code = "G2";
  auto moved = engine_->Apply(c->id, redispatch, As("center"));
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  EXPECT_FALSE(CanSeeReporter(As("center"), moved->updated));
  EXPECT_TRUE(CanSeeReporter(As("grid2"), moved->updated));
  EXPECT_FALSE(CanSeeReporter(As("community"), moved->updated));
}

TEST_P(CaseAccessTest, AnonymousReporterIsHiddenFromEveryone) {
  NewCase m = MatterAt(kGridItem, 113.805, 34.01);
  m.anonymous = true;
  auto c = engine_->Submit(m, As("resident1"));
  ASSERT_TRUE(c.ok());
  for (const char* who : {"resident1", "grid1", "center"}) EXPECT_FALSE(CanSeeReporter(As(who), *c)) << who;
}

TEST_P(CaseAccessTest, ListsAreNarrowedToWhatTheActorMayRead) {
  ASSERT_TRUE(File(kGridItem, 113.805, 34.01).ok());               // G1, resident1
  ASSERT_TRUE(File(kGridItem, 113.815, 34.01, "resident2").ok());  // G2, resident2
  store::CaseRepository repo(db());
  auto count_for = [&](const char* who) -> std::int64_t {
    store::CaseFilter f;
    f.district_code = org::kTestDistrict;
    if (!RestrictToReadable(*org_, As(who), f).ok()) return -1;
    return *repo.Count(f);
  };
  EXPECT_EQ(count_for("grid1"), 1);
  EXPECT_EQ(count_for("grid2"), 1);
  EXPECT_EQ(count_for("community"), 2);
  EXPECT_EQ(count_for("community2"), 0);
  EXPECT_EQ(count_for("resident2"), 1);
  EXPECT_EQ(count_for("supervisor"), 2);
}

SANWANG_INSTANTIATE_BACKENDS(CaseAccessTest);

}  // namespace
}  // namespace sanwang::cases
