// The ledger as the caller of a route works it: the call's database, org snapshot and
// actor, the milestone workflow the server loaded, and the server's clock and calendar.
#pragma once

#include "api/api.h"
#include "governance/ledger_book.h"

namespace sanwang::api {

Result<governance::Ledger> LedgerOf(const Call& call);

}  // namespace sanwang::api
