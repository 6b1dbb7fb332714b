#include "api/module_workflows.h"

#include "governance/information_desk.h"
#include "governance/ledger_book.h"
#include "support/spending_approval.h"

namespace sanwang::api {
namespace {

struct ModuleWorkflow {
  const char* name;  // the file is config/workflows/<name>.toml
  cases::EffectVocabulary (*effects)();
};

const std::vector<ModuleWorkflow>& ModuleWorkflowList() {
  static const std::vector<ModuleWorkflow> kList = {
      {governance::kMilestoneWorkflow, governance::MilestoneEffectNames},  // governance/ledger_book.h
      {support::kSpendingWorkflow, support::SpendingEffectNames},          // support/spending_approval.h
      {governance::kInformationWorkflow,
       governance::InformationEffectNames},  // governance/information_desk.h
  };
  return kList;
}

}  // namespace

Result<decltype(ApiOptions::workflows)> LoadModuleWorkflows(const std::filesystem::path& dir) {
  decltype(ApiOptions::workflows) out;
  for (const ModuleWorkflow& m : ModuleWorkflowList()) {
    SW_ASSIGN_OR_RETURN(cases::Workflow w,
                        cases::Workflow::Load(dir / (std::string(m.name) + ".toml"), m.effects()));
    out.emplace(m.name, std::make_shared<const cases::Workflow>(std::move(w)));
  }
  return out;
}

}  // namespace sanwang::api
