// Accounts of staff and residents: who they are, their role, and the unit that is their
// scope. Adding one checks that the role exists and that the unit is of the kind the role
// works at (a grid worker belongs to a grid, a supervisor to the district).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "org/account_actions.h"
#include "org/division_import.h"
#include "store/database.h"
#include "store/records.h"

namespace sanwang::org {

struct NewAccount {
  std::string username;
  std::string display_name;
  std::string phone;
  std::string role;
  std::string unit_code;       // empty for a resident without a registered community
  std::string password;        // empty: the account cannot sign in until one is set
  std::string password_hash;   // already hashed (bulk imports sharing one hash)
  bool demo_password = false;  // the hash is the demo's published password (org/password_rules.h)
};

Result<store::UserRecord> AddAccount(store::Database& db, const std::string& district_code,
                                     const NewAccount& account, const Clock& clock);

// A change to an existing account; absent fields stay as they are. An empty unit_code
// removes the unit (only residents may have none).
struct AccountChange {
  std::optional<std::string> role;
  std::optional<std::string> unit_code;
  std::optional<std::string> display_name;
  std::optional<std::string> phone;
};

// Applies `change` under the rules of AddAccount (a known role, the unit of the kind the
// role works at), on behalf of the account `by` (org/account_actions.h: the system
// administrator, never to or from a role kept on the command line). When the role or the
// unit changes, the account's sessions end in the same transaction, so nobody keeps acting
// under the old scope. NotFound for an unknown username; nothing changes on an error.
Result<store::UserRecord> UpdateAccount(store::Database& db, const std::string& district_code,
                                        const store::UserRecord& by, const std::string& username,
                                        const AccountChange& change);

// Disables the account `username` on behalf of the account `by` (org/account_actions.h:
// never one's own, so a district cannot lock out its last admin by mistake). The account's
// sessions end in the same transaction, so it stops acting at once. NotFound for an
// unknown username or one of another district.
Status DisableAccount(store::Database& db, const std::string& district_code, const store::UserRecord& by,
                      const std::string& username);
// OK when `by` may take `action` on the account `username` of the district (the password
// reset, whose new hash is made before the account is found); NotFound for no such account.
Status CheckAccountActionOn(store::Database& db, const std::string& district_code,
                            const store::UserRecord& by, AccountAction action, const std::string& username);
// Disables (ending its sessions in the same transaction) or enables the account with no
// check of who asks: the server's command line, and the two above after their check.
// NotFound as above.
Status SetAccountDisabled(store::Database& db, const std::string& district_code, const std::string& username,
                          bool disabled);
// Lets a disabled account sign in again, on behalf of `by` as above. NotFound as above.
Status EnableAccount(store::Database& db, const std::string& district_code, const store::UserRecord& by,
                     const std::string& username);

// CSV columns: username, display_name, phone, role, unit_code[, password]. All rows are
// checked before any is written; the first bad row rejects the file with its line.
Result<int> ImportStaff(store::Database& db, const std::string& district_code, std::string_view csv,
                        const Clock& clock, const ProgressFn& progress = {});

// "13839019598" → "138****9598": phones shown to people who do not handle the case.
std::string MaskPhone(std::string_view phone);
// "张三丰" → "张**": names likewise.
std::string MaskName(std::string_view name);

}  // namespace sanwang::org
