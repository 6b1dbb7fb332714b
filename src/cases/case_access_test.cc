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
  for (const Expect& e : {Expect{"resident1", true, true}, Expect{"resident2", false, false},
                          Expect{"grid1", true, true}, Expect{"grid2", false, false},
                          Expect{"community", true, true}, Expect{"community2", false, false},
                          Expect{"street", true, true}, Expect{"dept", false, false},
                          Expect{"center", true, true}, Expect{"supervisor", true, false},
                          Expect{"leader", true, false}}) {
    EXPECT_EQ(CanReadCase(*org_, As(e.who), *c), e.read) << e.who;
    EXPECT_EQ(CanSeeReporter(*org_, As(e.who), *c), e.reporter) << e.who;
  }
}

TEST_P(CaseAccessTest, AnonymousReporterIsHiddenFromEveryone) {
  NewCase m = MatterAt(kGridItem, 113.805, 34.01);
  m.anonymous = true;
  auto c = engine_->Submit(m, As("resident1"));
  ASSERT_TRUE(c.ok());
  for (const char* who : {"resident1", "grid1", "center"}) EXPECT_FALSE(CanSeeReporter(*org_, As(who), *c)) << who;
}

TEST_P(CaseAccessTest, ListsAreNarrowedToWhatTheActorMayRead) {
  ASSERT_TRUE(File(kGridItem, 113.805, 34.01).ok());                   // G1, resident1
  ASSERT_TRUE(File(kGridItem, 113.815, 34.01, "resident2").ok());      // G2, resident2
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
