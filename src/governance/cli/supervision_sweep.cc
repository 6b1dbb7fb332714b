// The ledger's supervision (governance/supervision.h) as part of the server's minute sweep.
#include <fmt/format.h>

#include "cli/module_sweeps.h"
#include "governance/supervision.h"

namespace sanwang::cli {

Result<std::string> SuperviseLedger(const SweepContext& context) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow,
                      context.api.WorkflowNamed(governance::kMilestoneWorkflow));
  governance::Ledger ledger{context.db,
                            context.org,
                            cases::Actor::System(),
                            *workflow,
                            context.api.clock(),
                            context.api.calendar(),
                            context.api.options().notices.get()};
  SW_ASSIGN_OR_RETURN(governance::SupervisionSweep swept, governance::Supervise(ledger, {}));
  if (swept.opened + swept.escalated + swept.resolved == 0) return std::string();
  return fmt::format("ledger supervision: opened {}, escalated {}, resolved {}", swept.opened,
                     swept.escalated, swept.resolved);
}

}  // namespace sanwang::cli
