#include "org/body_roles.h"

#include <array>

namespace sanwang::org {
namespace {

constexpr std::array kOrgBodyReaders = {kCommunityStaff, kStreetStaff, kDeptStaff, kCommandCenter,
                                        kSupervisor,     kLeader,      kAdmin};
constexpr std::array kOrgBodyKeepers = {kCommunityStaff, kStreetStaff, kAdmin};

}  // namespace

RoleSet OrgBodyReaderRoles() { return kOrgBodyReaders; }
RoleSet OrgBodyKeeperRoles() { return kOrgBodyKeepers; }

}  // namespace sanwang::org
