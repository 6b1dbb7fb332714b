#include "org/roles.h"

#include <algorithm>

namespace sanwang::org {

const std::vector<std::string_view>& AllRoles() {
  static const std::vector<std::string_view> kRoles = {
      kResident,      kGridWorker, kCommunityStaff, kStreetStaff, kDeptStaff,
      kCommandCenter, kSupervisor, kLeader,         kAdmin};
  return kRoles;
}

bool IsKnownRole(std::string_view role) {
  const auto& roles = AllRoles();
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string_view ScopeKindOf(std::string_view role) {
  if (role == kGridWorker) return "grid";
  if (role == kCommunityStaff) return "community";
  if (role == kStreetStaff) return "street";
  if (role == kDeptStaff) return "department";
  if (role == kCommandCenter) return "command_center";
  if (role == kSupervisor || role == kLeader || role == kAdmin) return "district";
  return "";
}

}  // namespace sanwang::org
