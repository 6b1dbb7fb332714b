#include "cli/module_sweeps.h"

namespace sanwang::cli {

Result<std::string> SuperviseLedger(const SweepContext& context);    // governance/cli/supervision_sweep.cc
Result<std::string> SuperviseSpending(const SweepContext& context);  // support/cli/spending_sweep.cc
Result<std::string> WarnCasesDueSoon(const SweepContext& context);   // notify/cli/due_soon_sweep.cc
Result<std::string> SendDailyDigests(const SweepContext& context);   // notify/cli/digest_sweep.cc

const std::vector<ModuleSweep>& ModuleSweeps() {
  static const std::vector<ModuleSweep> kSweeps = {
      SuperviseLedger,
      SuperviseSpending,
      WarnCasesDueSoon,
      SendDailyDigests,
  };
  return kSweeps;
}

}  // namespace sanwang::cli
