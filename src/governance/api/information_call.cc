#include "governance/api/information_call.h"

namespace sanwang::api {

Result<governance::InformationDesk> InformationDeskOf(const Call& call) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow,
                      call.api.WorkflowNamed(governance::kInformationWorkflow));
  SW_RETURN_IF_ERROR(governance::CheckInformationWorkflow(*workflow));
  return governance::InformationDesk{call.db, call.domain->org, call.actor(), *workflow, call.api.clock()};
}

}  // namespace sanwang::api
