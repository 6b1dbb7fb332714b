#include "governance/api/ledger_call.h"

namespace sanwang::api {

Result<governance::Ledger> LedgerOf(const Call& call) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow,
                      call.api.WorkflowNamed(governance::kMilestoneWorkflow));
  return governance::Ledger{call.db,
                            call.domain->org,
                            call.actor(),
                            *workflow,
                            call.api.clock(),
                            call.api.calendar(),
                            call.api.options().notices.get()};
}

}  // namespace sanwang::api
