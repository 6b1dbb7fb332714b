// The one list of the `sanwang` subcommands. A module with commands adds one line here,
// naming the function of its own commands file (declared in command.h, or beside the line).
#include "cli/command.h"

namespace sanwang::cli {

void RegisterSupport(CLI::App& app, Action* action);            // support/cli/support_commands.cc
void RegisterSupportBudget(CLI::App& app, Action* action);      // support/cli/budget_commands.cc
void RegisterSupportRoster(CLI::App& app, Action* action);      // support/cli/roster_commands.cc
void RegisterSupportActivities(CLI::App& app, Action* action);  // support/cli/activity_commands.cc
void RegisterLedger(CLI::App& app, Action* action);             // governance/cli/ledger_commands.cc
void RegisterAssess(CLI::App& app, Action* action);             // governance/cli/assess_commands.cc
void RegisterInformation(CLI::App& app, Action* action);        // governance/cli/information_commands.cc
void RegisterCampaign(CLI::App& app, Action* action);           // governance/cli/campaign_commands.cc
void RegisterSurvey(CLI::App& app, Action* action);             // governance/cli/survey_commands.cc
void RegisterOrgBodies(CLI::App& app, Action* action);          // bodies/cli/org_body_commands.cc
void RegisterBackup(CLI::App& app, Action* action);             // cli/backup_commands.cc
void RegisterKeys(CLI::App& app, Action* action);               // cli/keys_commands.cc
void RegisterNotify(CLI::App& app, Action* action);             // notify/cli/notify_commands.cc

const std::vector<CommandModule>& CommandModules() {
  static const std::vector<CommandModule> kModules = {
      {"init", RegisterInit},
      {"import", RegisterImport},
      {"demo", RegisterDemo},
      {"case", RegisterCase},
      {"user", RegisterUser},
      {"status", RegisterStatus},
      {"serve", RegisterServe},
      {"apikey", RegisterApiKey},
      {"audit", RegisterAudit},
      {"backup", RegisterBackup},
      {"keys", RegisterKeys},
      {"classify", RegisterClassify},
      {"circles", RegisterCircles},
      {"openapi", RegisterOpenApi},
      {"support", RegisterSupport},
      {"support-budget", RegisterSupportBudget},
      {"support-roster", RegisterSupportRoster},
      {"support-activities", RegisterSupportActivities},
      {"ledger", RegisterLedger},
      {"assess", RegisterAssess},
      {"information", RegisterInformation},
      {"campaign", RegisterCampaign},
      {"survey", RegisterSurvey},
      {"org-bodies", RegisterOrgBodies},
      {"notify", RegisterNotify},
  };
  return kModules;
}

}  // namespace sanwang::cli
