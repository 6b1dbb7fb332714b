// Who may keep and read which unit's books: a table of role, unit and expected answer.
#include "support/budget_access.h"

#include "support/budget_test_fixture.h"

namespace sanwang::support {
namespace {

class BudgetAccessTest : public BudgetTest {
 protected:
  const store::UnitRecord& U(const std::string& code) { return *org_->FindByCode(code); }
};

TEST_P(BudgetAccessTest, WhoMayAllocateFromWhichUnit) {
  struct Case {
    cases::Actor actor;
    std::string from;
    bool allowed;
  };
  const std::vector<Case> table = {
      {Admin(), "D", true},
      {Admin(), "S", false},  // a street's own staff hand on its money
      {StreetStaff("S"), "S", true},
      {StreetStaff("S2"), "S", false},
      {StreetStaff("S"), "D", false},
      {CommunityStaff("C"), "C", false},
      {As("leader", ids_.at("D")), "D", false},
      {As("command_center", ids_.at("D")), "D", false},
  };
  for (const auto& c : table) {
    EXPECT_EQ(MayAllocateFrom(c.actor, U(c.from)).ok(), c.allowed) << c.actor.role << " from " << c.from;
  }
}

TEST_P(BudgetAccessTest, WhoMayRecordSpendingOnWhichUnit) {
  struct Case {
    cases::Actor actor;
    std::string unit;
    bool allowed;
  };
  const std::vector<Case> table = {
      {Admin(), "D", true},
      {Admin(), "C", false},
      {StreetStaff("S"), "S", true},
      {StreetStaff("S"), "C", false},  // a community records its own spending
      {CommunityStaff("C"), "C", true},
      {CommunityStaff("C2"), "C", false},
      {As("grid_worker", ids_.at("G")), "C", false},
      {As("supervisor", ids_.at("D")), "D", false},
  };
  for (const auto& c : table) {
    EXPECT_EQ(MaySpendOn(c.actor, U(c.unit)).ok(), c.allowed) << c.actor.role << " on " << c.unit;
  }
}

TEST_P(BudgetAccessTest, ReadersSeeTheirScopeAndTheDistrictWideRolesEverything) {
  EXPECT_TRUE(MayReadBudgetOf(*org_, StreetStaff("S"), U("C2")).ok());
  EXPECT_FALSE(MayReadBudgetOf(*org_, StreetStaff("S"), U("C3")).ok());
  EXPECT_FALSE(MayReadBudgetOf(*org_, StreetStaff("S"), U("D")).ok());
  EXPECT_TRUE(MayReadBudgetOf(*org_, CommunityStaff("C"), U("C")).ok());
  EXPECT_FALSE(MayReadBudgetOf(*org_, CommunityStaff("C"), U("C2")).ok());
  for (const char* role : {"leader", "supervisor", "admin", "command_center"}) {
    EXPECT_TRUE(MayReadBudgetOf(*org_, As(role, ids_.at("D")), U("C3")).ok()) << role;
  }
  EXPECT_EQ(MayReadBudget(As("grid_worker", ids_.at("G"))).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(MayReadBudget(As("resident", std::nullopt)).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(MayManageBudget(StreetStaff()).code(), ErrorCode::kPermissionDenied);
}

TEST_P(BudgetAccessTest, MoneyFlowsOneTierDown) {
  EXPECT_TRUE(IsNextTierBelow(U("D"), U("S")));
  EXPECT_TRUE(IsNextTierBelow(U("S"), U("C")));
  EXPECT_FALSE(IsNextTierBelow(U("D"), U("C")));     // skips a tier
  EXPECT_FALSE(IsNextTierBelow(U("S"), U("C3")));    // another street's
  EXPECT_FALSE(IsNextTierBelow(U("D"), U("DEPT")));  // not a street
  EXPECT_FALSE(IsNextTierBelow(U("C"), U("G")));     // grids keep no books
}

SANWANG_INSTANTIATE_BACKENDS(BudgetAccessTest);

}  // namespace
}  // namespace sanwang::support
