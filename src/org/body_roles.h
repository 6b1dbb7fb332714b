// The named role sets of the party and social organizations of units (bodies/body_access.h),
// beside those of org/roles.h: who reads them and who keeps them. Constant data;
// thread-safe.
#pragma once

#include "org/roles.h"

namespace sanwang::org {

// Those who read the party and social organizations of units: staff of a unit for the
// units within their scope, the district-wide roles for all; not grid workers, not
// residents.
RoleSet OrgBodyReaderRoles();
// Those who add and edit them: community and street staff for their own unit and the
// units below it, admins everywhere. They, and admins, also see a social organization's
// contact phone in full for the community they serve.
RoleSet OrgBodyKeeperRoles();

}  // namespace sanwang::org
