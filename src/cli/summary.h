// The district at a glance, printed by `sanwang demo` and `sanwang status`: the org net,
// accounts by role, the catalog, cases by state and this month's indicators.
#pragma once

#include <ostream>

#include "cli/context.h"

namespace sanwang::cli {

Status PrintSummary(Context& ctx, std::ostream& out);

}  // namespace sanwang::cli
