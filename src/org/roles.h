// The roles of docs/architecture.md §9 and what kind of unit each role's scope is.
// Constant data; thread-safe.
#pragma once

#include <string_view>
#include <vector>

namespace sanwang::org {

inline constexpr std::string_view kResident = "resident";
inline constexpr std::string_view kGridWorker = "grid_worker";
inline constexpr std::string_view kCommunityStaff = "community_staff";
inline constexpr std::string_view kStreetStaff = "street_staff";
inline constexpr std::string_view kDeptStaff = "dept_staff";
inline constexpr std::string_view kCommandCenter = "command_center";
inline constexpr std::string_view kSupervisor = "supervisor";
inline constexpr std::string_view kLeader = "leader";
inline constexpr std::string_view kAdmin = "admin";
// Not a person: timers and automatic routing act under this role.
inline constexpr std::string_view kSystem = "system";

const std::vector<std::string_view>& AllRoles();
bool IsKnownRole(std::string_view role);
// The unit kind a staff member of this role belongs to ("grid" for grid_worker); empty for
// roles scoped to the whole district or to nothing (resident).
std::string_view ScopeKindOf(std::string_view role);

}  // namespace sanwang::org
