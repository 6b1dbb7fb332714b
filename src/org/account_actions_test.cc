#include "org/account_actions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sanwang::org {
namespace {

store::UserRecord Account(const std::string& username, std::string_view role, bool disabled = false) {
  store::UserRecord u;
  u.username = username;
  u.role = std::string(role);
  u.disabled = disabled;
  return u;
}

using Names = std::vector<std::string_view>;

TEST(AccountActionsTest, TheAdministratorKeepsAccountsAndTheSecurityOfficerCredentials) {
  const auto admin = Account("admin", kAdmin);
  const auto security = Account("security", kSecurityOfficer);
  const auto worker = Account("grid1", kGridWorker);
  EXPECT_EQ(AccountActionsOn(admin, worker), (Names{"edit", "disable"}));
  EXPECT_EQ(AccountActionsOn(security, worker), (Names{"reset_password", "reset_two_factor", "disable"}));
  EXPECT_EQ(CheckAccountAction(admin, AccountAction::kResetPassword, worker).code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(CheckAccountAction(admin, AccountAction::kResetTwoFactor, worker).code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(CheckAccountAction(security, AccountAction::kEdit, worker).code(), ErrorCode::kPermissionDenied);
  // The security officer may reset the administrator's password (a forgotten one), and
  // the administrator may lock the security officer out of nothing.
  EXPECT_TRUE(CheckAccountAction(security, AccountAction::kResetPassword, admin).ok());
  EXPECT_EQ(AccountActionsOn(admin, security), Names{});
}

TEST(AccountActionsTest, NoStaffRoleButTheTwoOfficesActsOnAccounts) {
  const auto worker = Account("grid1", kGridWorker);
  for (std::string_view role : AllRoles()) {
    if (role == kAdmin || role == kSecurityOfficer) continue;
    EXPECT_EQ(AccountActionsOn(Account("someone", role), worker), Names{}) << role;
    for (AccountAction action : AllAccountActions()) {
      EXPECT_EQ(CheckAccountAction(Account("someone", role), action, worker).code(),
                ErrorCode::kPermissionDenied)
          << role << " " << AccountActionName(action);
    }
  }
}

TEST(AccountActionsTest, OfficersAccountsAreKeptOnTheCommandLine) {
  for (std::string_view kept : {kSecurityOfficer, kAuditor}) {
    EXPECT_TRUE(KeptOnCommandLine(kept));
    const auto account = Account("officer", kept);
    for (std::string_view by : {kAdmin, kSecurityOfficer}) {
      EXPECT_EQ(AccountActionsOn(Account("other", by), account), Names{}) << by << " on " << kept;
    }
    const Status refused =
        CheckAccountAction(Account("other", kSecurityOfficer), AccountAction::kResetPassword, account);
    EXPECT_EQ(refused.code(), ErrorCode::kPermissionDenied);
    EXPECT_NE(refused.message().find("命令行"), std::string::npos) << refused.message();
  }
  EXPECT_FALSE(KeptOnCommandLine(kAdmin));
}

TEST(AccountActionsTest, NobodyDisablesOrResetsTheirOwnAccount) {
  const auto admin = Account("admin", kAdmin);
  const auto security = Account("security", kSecurityOfficer);
  EXPECT_EQ(CheckAccountAction(admin, AccountAction::kDisable, admin).code(), ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(CheckAccountAction(admin, AccountAction::kEdit, admin).ok());
  EXPECT_EQ(AccountActionsOn(admin, admin), Names{"edit"});
  for (AccountAction action :
       {AccountAction::kResetPassword, AccountAction::kResetTwoFactor, AccountAction::kDisable}) {
    EXPECT_EQ(CheckAccountAction(security, action, security).code(), ErrorCode::kFailedPrecondition)
        << AccountActionName(action);
  }
}

TEST(AccountActionsTest, EnableIsOfferedForADisabledAccountAndDisableForAnEnabledOne) {
  const auto admin = Account("admin", kAdmin);
  EXPECT_EQ(AccountActionsOn(admin, Account("grid1", kGridWorker, true)), (Names{"edit", "enable"}));
  EXPECT_EQ(AccountActionsOn(admin, Account("grid1", kGridWorker, false)), (Names{"edit", "disable"}));
}

TEST(AccountActionsTest, AssignableRolesAreEveryRoleButTheOfficesKeptOnTheCommandLine) {
  std::vector<std::string_view> expected;
  for (std::string_view role : AllRoles()) {
    if (role != kAuditor && role != kSecurityOfficer) expected.push_back(role);
  }
  EXPECT_EQ(AssignableRoles(), expected);
  for (std::string_view role : expected) EXPECT_TRUE(CheckAssignableRole(role).ok()) << role;
  EXPECT_EQ(CheckAssignableRole(kAuditor).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(CheckAssignableRole(kSecurityOfficer).code(), ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace sanwang::org
