// The spending approval chain's deadlines (support/spending_supervision.h) as part of the
// server's minute sweep.
#include <fmt/format.h>

#include "cli/module_sweeps.h"
#include "support/spending_supervision.h"

namespace sanwang::cli {

Result<std::string> SuperviseSpending(const SweepContext& context) {
  // A server run without the spending workflow keeps no spending to supervise.
  auto workflow = context.api.WorkflowNamed(support::kSpendingWorkflow);
  if (!workflow.ok()) return std::string();
  const support::Ledger ledger{context.db,
                               context.org,
                               cases::Actor::System(),
                               "系统 system",
                               context.api.clock().Now(),
                               *workflow,
                               context.api.calendar(),
                               context.api.options().notices.get()};
  SW_ASSIGN_OR_RETURN(int flagged, support::SuperviseOverdueSpending(ledger));
  if (flagged == 0) return std::string();
  return fmt::format("spending supervision: flagged {} overdue records", flagged);
}

}  // namespace sanwang::cli
