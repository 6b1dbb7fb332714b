// Who may do what to an account through the API, under the separation of duties of
// GB/T 22239-2019 level 3 (三权分立, docs/security.md): the system administrator (admin,
// 系统管理员) adds accounts and changes their role, unit, name and phone; the security
// officer (security_officer, 安全管理员) resets passwords and two-step sign-in; either may
// disable an account (a member of staff leaving, a password suspected stolen) or enable it
// again; the auditor (审计管理员) reads the audit log and does none of these. The accounts
// of the security officer and the auditor are kept on the server's command line only, so
// neither officer's account can be taken over by another officer through the application.
// Constant rules; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "core/status.h"
#include "org/roles.h"
#include "store/records.h"

namespace sanwang::org {

enum class AccountAction { kEdit, kDisable, kEnable, kResetPassword, kResetTwoFactor };

// The action's name in the accounts list ("edit", "reset_password", …), part of the API.
std::string_view AccountActionName(AccountAction action);
// Every action, in the order the accounts page offers them.
const std::vector<AccountAction>& AllAccountActions();
// The roles that may take `action` on someone else's account.
RoleSet AccountActionRoles(AccountAction action);

// Whether accounts of `role` are made and kept on the server's command line only
// (`sanwang user add`, `sanwang user reset-password`): the auditor's and the security
// officer's.
bool KeptOnCommandLine(std::string_view role);
// OK when an account may be given `role` through the API; PermissionDenied for a role kept
// on the command line.
Status CheckAssignableRole(std::string_view role);
// The roles CheckAssignableRole lets through, in AllRoles' order: the account forms offer
// these and no other.
std::vector<std::string_view> AssignableRoles();

// OK when `by` may take `action` on `target`: PermissionDenied when `by`'s role may not
// take it; FailedPrecondition for disabling or resetting one's own account (one changes
// one's own password with the old one); PermissionDenied when `target` is kept on the
// command line.
Status CheckAccountAction(const store::UserRecord& by, AccountAction action, const store::UserRecord& target);
// The actions `by` may take on `target` as it is now (enable only a disabled account,
// disable only an enabled one), by name: the accounts list sends them and the page offers
// no other.
std::vector<std::string_view> AccountActionsOn(const store::UserRecord& by, const store::UserRecord& target);

}  // namespace sanwang::org
