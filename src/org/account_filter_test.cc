#include "org/account_filter.h"

#include "org/org_test_fixture.h"

namespace sanwang::org {
namespace {

class AccountFilterTest : public SmallDistrictTest {
 protected:
  store::UserRecord User(const std::string& username, const std::string& name, const std::string& role,
                         std::optional<std::string> unit, bool disabled = false) {
    store::UserRecord u;
    u.username = username;
    u.display_name = name;
    u.phone = "13800000" + std::to_string(100 + users_.size());
    u.role = role;
    if (unit) u.unit_id = IdOf(*unit);
    u.disabled = disabled;
    users_.push_back(u);
    return u;
  }
  // The user names matching `query`, in the order the users were made.
  std::vector<std::string> Matching(const AccountQuery& query) {
    OrgDirectory org = Directory();
    auto filter = MakeAccountFilter(query, org);
    EXPECT_TRUE(filter.ok()) << filter.status().ToString();
    std::vector<std::string> names;
    for (const auto& u : users_) {
      if (filter.ok() && AccountMatches(*filter, u, org)) names.push_back(u.username);
    }
    return names;
  }
  std::vector<store::UserRecord> users_;
};

TEST_P(AccountFilterTest, MatchesWordsRoleUnitSubtreeAndState) {
  User("grid_g1", "王网格", "grid_worker", "G1");
  User("grid_g2", "李网格", "grid_worker", "G2", /*disabled=*/true);
  User("c_staff", "王社区", "community_staff", "C");
  User("s_staff", "赵街道", "street_staff", "S");
  User("resident01", "居民", "resident", std::nullopt);

  EXPECT_EQ(Matching({}).size(), 5u);
  EXPECT_EQ(Matching({"王", "", "", ""}), (std::vector<std::string>{"grid_g1", "c_staff"}));
  EXPECT_EQ(Matching({"grid_", "", "", ""}), (std::vector<std::string>{"grid_g1", "grid_g2"}));
  EXPECT_EQ(Matching({"13800000104", "", "", ""}), (std::vector<std::string>{"resident01"}));
  EXPECT_EQ(Matching({"", "grid_worker", "", ""}), (std::vector<std::string>{"grid_g1", "grid_g2"}));
  // A community holds its grids; a grid holds only itself; nobody without a unit is in one.
  EXPECT_EQ(Matching({"", "", "C", ""}), (std::vector<std::string>{"grid_g1", "grid_g2", "c_staff"}));
  EXPECT_EQ(Matching({"", "", "G2", ""}), (std::vector<std::string>{"grid_g2"}));
  EXPECT_EQ(Matching({"", "", "", "disabled"}), (std::vector<std::string>{"grid_g2"}));
  EXPECT_EQ(Matching({"", "", "", "enabled"}).size(), 4u);
  EXPECT_EQ(Matching({"网格", "grid_worker", "C", "enabled"}), (std::vector<std::string>{"grid_g1"}));
}

TEST_P(AccountFilterTest, UnknownWordsAreRefusedByField) {
  OrgDirectory org = Directory();
  EXPECT_EQ(MakeAccountFilter({"", "mayor", "", ""}, org).status().field(), "role");
  EXPECT_EQ(MakeAccountFilter({"", "", "NOPE", ""}, org).status().field(), "unit");
  EXPECT_EQ(MakeAccountFilter({"", "", "", "locked"}, org).status().field(), "state");
  EXPECT_EQ(MakeAccountFilter({std::string(65, 'a'), "", "", ""}, org).status().field(), "q");
  EXPECT_TRUE(MakeAccountFilter({std::string(64, 'a'), "", "", ""}, org).ok());
}

SANWANG_INSTANTIATE_BACKENDS(AccountFilterTest);

}  // namespace
}  // namespace sanwang::org
