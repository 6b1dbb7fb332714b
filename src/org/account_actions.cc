#include "org/account_actions.h"

namespace sanwang::org {
namespace {

// Actions nobody takes on their own account: a district could lock out its last
// administrator, and one's own password is changed with the old one, not reset.
bool ForbiddenOnOneself(AccountAction action) {
  return action == AccountAction::kDisable || action == AccountAction::kResetPassword ||
         action == AccountAction::kResetTwoFactor;
}

Status KeptOnCommandLineError() {
  return PermissionDenied(
      "安全管理员和审计管理员账号只能在服务器命令行管理 security officer and auditor accounts are kept on "
      "the "
      "server's command line only");
}

Status OwnAccountError(AccountAction action) {
  if (action == AccountAction::kDisable) {
    return FailedPrecondition("不能停用自己的账号 you cannot disable your own account");
  }
  if (action == AccountAction::kResetPassword) {
    return FailedPrecondition("请用“修改密码”修改自己的密码 use change password for your own account");
  }
  return FailedPrecondition("不能清除自己的两步验证 you cannot clear your own two-step sign-in");
}

bool AppliesTo(AccountAction action, const store::UserRecord& target) {
  if (action == AccountAction::kEnable) return target.disabled;
  if (action == AccountAction::kDisable) return !target.disabled;
  return true;
}

}  // namespace

std::string_view AccountActionName(AccountAction action) {
  switch (action) {
    case AccountAction::kEdit:
      return "edit";
    case AccountAction::kDisable:
      return "disable";
    case AccountAction::kEnable:
      return "enable";
    case AccountAction::kResetPassword:
      return "reset_password";
    case AccountAction::kResetTwoFactor:
      return "reset_two_factor";
  }
  return "";
}

const std::vector<AccountAction>& AllAccountActions() {
  static const std::vector<AccountAction> kActions = {AccountAction::kEdit, AccountAction::kResetPassword,
                                                      AccountAction::kResetTwoFactor, AccountAction::kEnable,
                                                      AccountAction::kDisable};
  return kActions;
}

RoleSet AccountActionRoles(AccountAction action) {
  switch (action) {
    case AccountAction::kEdit:
      return AccountKeeperRoles();
    case AccountAction::kResetPassword:
    case AccountAction::kResetTwoFactor:
      return CredentialKeeperRoles();
    case AccountAction::kDisable:
    case AccountAction::kEnable:
      return AccountLockerRoles();
  }
  return {};
}

bool KeptOnCommandLine(std::string_view role) { return role == kAuditor || role == kSecurityOfficer; }

Status CheckAssignableRole(std::string_view role) {
  return KeptOnCommandLine(role) ? KeptOnCommandLineError() : Status::Ok();
}

std::vector<std::string_view> AssignableRoles() {
  std::vector<std::string_view> roles;
  for (std::string_view role : AllRoles()) {
    if (!KeptOnCommandLine(role)) roles.push_back(role);
  }
  return roles;
}

Status CheckAccountAction(const store::UserRecord& by, AccountAction action,
                          const store::UserRecord& target) {
  if (!InSet(AccountActionRoles(action), by.role)) {
    return PermissionDenied("该角色不能对账号执行此操作 role " + by.role + " may not " +
                            std::string(AccountActionName(action)) + " an account");
  }
  if (ForbiddenOnOneself(action) && by.username == target.username) return OwnAccountError(action);
  if (KeptOnCommandLine(target.role)) return KeptOnCommandLineError();
  return Status::Ok();
}

std::vector<std::string_view> AccountActionsOn(const store::UserRecord& by, const store::UserRecord& target) {
  std::vector<std::string_view> names;
  for (AccountAction action : AllAccountActions()) {
    if (AppliesTo(action, target) && CheckAccountAction(by, action, target).ok()) {
      names.push_back(AccountActionName(action));
    }
  }
  return names;
}

}  // namespace sanwang::org
