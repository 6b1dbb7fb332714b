// Which accounts an administrator's list shows: words matched in the user name, display
// name or phone, a role, a unit with everything below it, enabled or disabled. A district
// has hundreds of accounts (783 in the demo), so the list is searched, not scrolled.
//
// MakeAccountFilter checks the words of a request (an unknown role or unit is an error, not
// an empty list); AccountMatches is pure. Both are safe for concurrent use.
#pragma once

#include <optional>
#include <string>

#include "core/status.h"
#include "org/org_directory.h"
#include "store/records.h"

namespace sanwang::org {

struct AccountQuery {
  std::string text;       // matched in username, display name and phone
  std::string role;       // empty: any
  std::string unit_code;  // empty: any; else the unit and its subtree
  std::string state;      // "", "enabled" or "disabled"
};

struct AccountFilter {
  std::string text;
  std::string role;
  std::optional<Id> unit_id;
  std::optional<bool> disabled;
};

Result<AccountFilter> MakeAccountFilter(const AccountQuery& query, const OrgDirectory& org);

bool AccountMatches(const AccountFilter& filter, const store::UserRecord& user, const OrgDirectory& org);

}  // namespace sanwang::org
