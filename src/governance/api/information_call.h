// Information work as the caller of a route does it: the call's database, org snapshot
// and actor, the item workflow the server loaded, and the server's clock.
#pragma once

#include "api/api.h"
#include "governance/information_desk.h"

namespace sanwang::api {

Result<governance::InformationDesk> InformationDeskOf(const Call& call);

}  // namespace sanwang::api
