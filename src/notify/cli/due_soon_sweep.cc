// The minute sweep's warnings before matters fall overdue (notify/due_soon.h), in the
// sweep's own write.
#include "cli/module_sweeps.h"
#include "notify/due_soon.h"

namespace sanwang::cli {

Result<std::string> WarnCasesDueSoon(const SweepContext& context) {
  const auto& rules = context.api.options().notices;
  if (!rules) return std::string();
  SW_ASSIGN_OR_RETURN(int warned,
                      notify::WarnCasesDueSoon(context.db, context.org, context.api.workflow(), *rules,
                                               context.org.district_code(), context.api.clock().Now()));
  return warned == 0 ? std::string() : "warned of " + std::to_string(warned) + " cases due within a day";
}

}  // namespace sanwang::cli
