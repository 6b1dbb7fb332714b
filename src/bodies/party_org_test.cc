// The party tree's rules as pure functions: a cycle through any depth is found, a chain
// that ends is not; a branch holds nothing and a parent sits at or above its child's unit.
#include "bodies/party_org.h"

#include "bodies/bodies_test_fixture.h"

namespace sanwang::bodies {
namespace {

TEST(PartyOrgCycleTest, ACycleAtAnyDepthIsFound) {
  // 1 ← 2 ← 3 ← 4 (4's parent is 3, …), 5 alone.
  const PartyParents parents = {{1, std::nullopt}, {2, 1}, {3, 2}, {4, 3}, {5, std::nullopt}};
  EXPECT_TRUE(ClosesCycle(parents, 1, 4));  // 1 under 4, which is under 1
  EXPECT_TRUE(ClosesCycle(parents, 2, 3));
  EXPECT_TRUE(ClosesCycle(parents, 3, 3));  // its own parent
  EXPECT_FALSE(ClosesCycle(parents, 5, 4));
  EXPECT_FALSE(ClosesCycle(parents, 4, 1));
  EXPECT_FALSE(ClosesCycle(parents, -1, 5));  // a new one, not yet stored
}

class PartyOrgRulesTest : public BodiesTest {
 protected:
  store::PartyOrgRecord Org(const std::string& kind, const std::string& unit) {
    store::PartyOrgRecord p;
    p.kind = kind;
    p.name = kind + unit;
    p.unit_id = ids_.at(unit);
    p.secretary = "李强";
    return p;
  }
};

TEST_P(PartyOrgRulesTest, ParentsSitAtOrAboveAndBranchesHoldNothing) {
  EXPECT_TRUE(ValidateParent(Org("branch", "C"), Org("party_committee", "S"), *org_).ok());
  EXPECT_TRUE(ValidateParent(Org("branch", "C"), Org("general_branch", "C"), *org_).ok());
  EXPECT_EQ(ValidateParent(Org("branch", "C"), Org("branch", "C"), *org_).field(), "parent");
  EXPECT_EQ(ValidateParent(Org("branch", "C"), Org("party_committee", "S2"), *org_).field(), "parent");
  EXPECT_EQ(ValidateParent(Org("party_committee", "S"), Org("general_branch", "C"), *org_).field(), "parent");
}

TEST_P(PartyOrgRulesTest, FieldsAreCheckedNamingTheField) {
  EXPECT_TRUE(ValidatePartyOrg(Org("party_committee", "DEPT"), *org_).ok());
  struct Case {
    std::function<void(store::PartyOrgRecord&)> change;
    const char* field;
  };
  const std::vector<Case> table = {
      {[](auto& p) { p.kind = "cell"; }, "kind"},
      {[](auto& p) { p.name.clear(); }, "name"},
      {[&](auto& p) { p.unit_id = ids_.at("G"); }, "unit_code"},  // a grid has no party organization here
      {[](auto& p) { p.secretary.clear(); }, "secretary"},
      {[](auto& p) { p.members = -1; }, "members"},
      {[](auto& p) { p.founded_on = "2003-13-01"; }, "founded_on"},
  };
  for (const Case& c : table) {
    store::PartyOrgRecord p = Org("branch", "C");
    c.change(p);
    EXPECT_EQ(ValidatePartyOrg(p, *org_).field(), c.field);
  }
}

SANWANG_INSTANTIATE_BACKENDS(PartyOrgRulesTest);

}  // namespace
}  // namespace sanwang::bodies
