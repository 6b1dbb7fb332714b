#include "org/account_filter.h"

#include "org/roles.h"

namespace sanwang::org {

// The longest search text kept: longer input is a mistake or an attack, not a name.
constexpr std::size_t kMaxTextBytes = 64;

Result<AccountFilter> MakeAccountFilter(const AccountQuery& query, const OrgDirectory& org) {
  AccountFilter f;
  if (query.text.size() > kMaxTextBytes) {
    return InvalidArgument("搜索词过长 the search text is longer than 64 bytes", "q");
  }
  f.text = query.text;
  if (!query.role.empty() && !IsKnownRole(query.role)) {
    return InvalidArgument("未知角色 unknown role '" + query.role + "'", "role");
  }
  f.role = query.role;
  if (!query.unit_code.empty()) {
    const store::UnitRecord* unit = org.FindByCode(query.unit_code);
    if (unit == nullptr) return InvalidArgument("未知单位 unknown unit '" + query.unit_code + "'", "unit");
    f.unit_id = unit->id;
  }
  if (query.state == "enabled" || query.state == "disabled") {
    f.disabled = query.state == "disabled";
  } else if (!query.state.empty()) {
    return InvalidArgument("状态只能是 enabled 或 disabled state must be enabled or disabled", "state");
  }
  return f;
}

bool AccountMatches(const AccountFilter& filter, const store::UserRecord& user, const OrgDirectory& org) {
  if (!filter.role.empty() && user.role != filter.role) return false;
  if (filter.disabled && user.disabled != *filter.disabled) return false;
  if (filter.unit_id && !(user.unit_id && org.InSubtree(*filter.unit_id, *user.unit_id))) return false;
  if (filter.text.empty()) return true;
  for (const std::string* field : {&user.username, &user.display_name, &user.phone}) {
    if (field->find(filter.text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace sanwang::org
