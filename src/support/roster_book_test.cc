// The roster as each caller sees and keeps it, on SQLite and PostgreSQL: who reads which
// workers, who keeps them and sees their personal data, the checks that refuse bad input
// naming the field with nothing written, and the staffing gaps.
#include "support/roster_book.h"

#include "support/budget_test_fixture.h"
#include "support/roster_access.h"

namespace sanwang::support {
namespace {

class RosterBookTest : public BudgetTest {
 protected:
  Roster RosterOf(const cases::Actor& actor) { return {db(), *org_, actor}; }
  static store::WorkerRecord Worker(const std::string& kind, const std::string& unit, const std::string& grid,
                                    const std::string& id_number) {
    store::WorkerRecord w;
    w.kind = kind;
    w.name = "王芳";
    w.post = kind == "grid_worker" ? "网格员" : "社区书记";
    w.unit_code = unit;
    w.grid_code = grid;
    w.started_on = "2021-03-01";
    w.qualification = "assistant";
    w.id_number = id_number;
    w.phone = "13812345678";
    return w;
  }
  store::WorkerRecord Made(const store::WorkerRecord& w) {
    auto made = CreateWorker(RosterOf(Admin()), w);
    EXPECT_TRUE(made.ok()) << made.status().ToString();
    return made.ok() ? *made : w;
  }
  std::size_t Count() { return ListWorkers(RosterOf(Admin()), "", "")->size(); }
};

TEST_P(RosterBookTest, CommunityStaffKeepTheirOwnWorkers) {
  auto made =
      CreateWorker(RosterOf(CommunityStaff("C")), Worker("grid_worker", "C", "G", "11010519491231002x"));
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  EXPECT_EQ(made->id_number, "11010519491231002X");
  EXPECT_EQ(made->grid_code, "G");
  EXPECT_EQ(made->unit_name, "C单位");
  auto refused =
      CreateWorker(RosterOf(CommunityStaff("C2")), Worker("community_worker", "C", "", "410102199003071230"));
  EXPECT_EQ(refused.status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Count(), 1u);
}

TEST_P(RosterBookTest, BadInputIsRefusedNamingTheFieldAndNothingIsWritten) {
  struct Case {
    store::WorkerRecord worker;
    const char* field;
  };
  store::WorkerRecord bad_date = Worker("community_worker", "C", "", "410102199003071230");
  bad_date.started_on = "2021-02-30";
  store::WorkerRecord bad_qualification = Worker("community_worker", "C", "", "410102199003071230");
  bad_qualification.qualification = "master";
  store::WorkerRecord bad_phone = Worker("community_worker", "C", "", "410102199003071230");
  bad_phone.phone = "1381234567";
  const std::vector<Case> table = {
      {Worker("janitor", "C", "", "410102199003071230"), "kind"},
      {Worker("community_worker", "G", "", "410102199003071230"), "unit_code"},  // a grid is no unit
      {Worker("community_worker", "NOPE", "", "410102199003071230"), "unit_code"},
      {Worker("grid_worker", "C", "", "410102199003071230"), "grid_code"},
      {Worker("grid_worker", "C2", "G", "410102199003071230"), "grid_code"},  // G is C's
      {Worker("social_worker", "C", "G", "410102199003071230"), "grid_code"},
      {Worker("community_worker", "C", "", "410102199003071231"), "id_number"},
      {bad_date, "started_on"},
      {bad_qualification, "qualification"},
      {bad_phone, "phone"},
  };
  for (const Case& c : table) {
    auto r = CreateWorker(RosterOf(Admin()), c.worker);
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << c.field;
    EXPECT_EQ(r.status().field(), c.field) << r.status().ToString();
  }
  EXPECT_EQ(Count(), 0u);
}

TEST_P(RosterBookTest, AnIdNumberIsListedOnce) {
  Made(Worker("community_worker", "C", "", "410102199003071230"));
  auto again = CreateWorker(RosterOf(Admin()), Worker("social_worker", "C2", "", "410102199003071230"));
  EXPECT_EQ(again.status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(again.status().field(), "id_number");
  EXPECT_EQ(Count(), 1u);
}

TEST_P(RosterBookTest, ReadersSeeTheirScopeKeepersKeepAndTheOwnUnitReveals) {
  const auto in_c = Made(Worker("community_worker", "C", "", "410102199003071230"));
  const auto in_c3 = Made(Worker("community_worker", "C3", "", "410102198511204568"));
  struct Case {
    cases::Actor actor;
    std::size_t sees;
    bool keeps_c;
    bool reveals_c;
  };
  const std::vector<Case> table = {
      {Admin(), 2, true, true},
      {StreetStaff("S"), 1, true, false},  // C lies under S: kept from above, not revealed
      {StreetStaff("S2"), 1, false, false},
      {CommunityStaff("C"), 1, true, true},
      {CommunityStaff("C2"), 0, false, false},
      {As("leader", ids_.at("D")), 2, false, false},  // reads all, personal data masked
      {As("command_center", ids_.at("D")), 2, false, false},
      {As("dept_staff", ids_.at("DEPT")), 0, false, false},
  };
  for (const Case& c : table) {
    auto seen = ListWorkers(RosterOf(c.actor), "", "");
    ASSERT_TRUE(seen.ok()) << c.actor.role << seen.status().ToString();
    EXPECT_EQ(seen->size(), c.sees) << c.actor.role;
    EXPECT_EQ(RevealWorker(RosterOf(c.actor), in_c.id).ok(), c.reveals_c) << c.actor.role;
    EXPECT_EQ(MayRevealPersonalData(*org_, c.actor, in_c), c.reveals_c) << c.actor.role;
    EXPECT_EQ(KeepsWorker(*org_, c.actor, in_c), c.keeps_c) << c.actor.role;
  }
  EXPECT_EQ(ListWorkers(RosterOf(As("grid_worker", ids_.at("G"))), "", "").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(ListWorkers(RosterOf(As("resident", std::nullopt)), "", "").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(FindWorker(RosterOf(CommunityStaff("C")), in_c3.id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(ListWorkers(RosterOf(CommunityStaff("C")), "C3", "").status().code(),
            ErrorCode::kPermissionDenied);
}

TEST_P(RosterBookTest, EditsAndTrainingsStayWithinTheKeepersUnits) {
  auto w = Made(Worker("community_worker", "C", "", "410102199003071230"));
  w.post = "社区副书记";
  w.unit_code = "C3";  // moving the worker out of S's reach
  EXPECT_EQ(UpdateWorker(RosterOf(StreetStaff("S")), w).status().code(), ErrorCode::kPermissionDenied);
  w.unit_code = "C2";
  auto moved = UpdateWorker(RosterOf(StreetStaff("S")), w);
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  EXPECT_EQ(moved->unit_code, "C2");
  EXPECT_EQ(moved->post, "社区副书记");

  store::TrainingRecord t;
  t.held_on = "2026-05-12";
  t.title = "社会工作实务培训";
  t.hours_tenths = 0;
  EXPECT_EQ(AddTraining(RosterOf(Admin()), w.id, t).status().field(), "hours");
  t.hours_tenths = 35;
  EXPECT_EQ(AddTraining(RosterOf(CommunityStaff("C")), w.id, t).status().code(), ErrorCode::kNotFound);
  ASSERT_TRUE(AddTraining(RosterOf(CommunityStaff("C2")), w.id, t).ok());
  auto trainings = ListTrainings(RosterOf(As("leader", ids_.at("D"))), w.id);
  ASSERT_TRUE(trainings.ok());
  ASSERT_EQ(trainings->size(), 1u);
  EXPECT_EQ((*trainings)[0].hours_tenths, 35);
}

TEST_P(RosterBookTest, GapsShowUnwalkedGridsAndUnderstaffedCommunities) {
  ASSERT_TRUE(SetHouseholds(RosterOf(Admin()), "C", 601).ok());   // needs 3
  ASSERT_TRUE(SetHouseholds(RosterOf(Admin()), "C2", 300).ok());  // needs 1
  EXPECT_EQ(SetHouseholds(RosterOf(CommunityStaff("C2")), "C", 1).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(SetHouseholds(RosterOf(Admin()), "S", 1).field(), "unit_code");
  EXPECT_EQ(SetHouseholds(RosterOf(Admin()), "C", -1).field(), "households");
  Made(Worker("community_worker", "C2", "", "410102199003071230"));
  Made(Worker("social_worker", "C", "", "410102198511204568"));  // not counted against the norm

  auto gaps = RosterGaps(RosterOf(Admin()), "", kDefaultHouseholdsPerWorker);
  ASSERT_TRUE(gaps.ok()) << gaps.status().ToString();
  ASSERT_EQ(gaps->grids_without_worker.size(), 1u);
  EXPECT_EQ(gaps->grids_without_worker[0]->code, "G");
  ASSERT_EQ(gaps->understaffed.size(), 1u);
  EXPECT_EQ(gaps->understaffed[0].community->code, "C");
  EXPECT_EQ(gaps->understaffed[0].workers, 0);
  EXPECT_EQ(gaps->understaffed[0].needed, 3);
  ASSERT_EQ(gaps->communities_without_households.size(), 1u);
  EXPECT_EQ(gaps->communities_without_households[0]->code, "C3");

  Made(Worker("grid_worker", "C", "G", "11010519491231002X"));
  gaps = RosterGaps(RosterOf(Admin()), "S", 600);  // C needs 2 now, has 1
  ASSERT_TRUE(gaps.ok());
  EXPECT_TRUE(gaps->grids_without_worker.empty());
  ASSERT_EQ(gaps->understaffed.size(), 1u);
  EXPECT_EQ(gaps->understaffed[0].workers, 1);
  EXPECT_TRUE(gaps->communities_without_households.empty());  // C3 is not under S
}

SANWANG_INSTANTIATE_BACKENDS(RosterBookTest);

}  // namespace
}  // namespace sanwang::support
