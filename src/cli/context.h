// What every subcommand needs: the configuration, an open and migrated database, and —
// for commands that touch cases — the loaded workflow, calendar, org directory, catalog
// and a case engine. Built once per process run.
#pragma once

#include <memory>
#include <string>

#include "cases/case_engine.h"
#include "core/clock.h"
#include "core/config.h"
#include "store/database.h"

namespace sanwang::cli {

class Context {
 public:
  static Result<std::unique_ptr<Context>> Open(const Config& config);

  const Config& config() const { return config_; }
  store::Database& db() { return *db_; }
  const Clock& clock() const { return clock_; }

  // Loads workflow, calendar, org and catalog (again, after an import) and builds the engine.
  Status LoadDomain(const Clock& clock);
  cases::CaseEngine& engine() { return *engine_; }
  const org::OrgDirectory& org() const { return *org_; }
  const cases::Catalog& catalog() const { return *catalog_; }
  const cases::Workflow& workflow() const { return *workflow_; }
  const WorkingCalendar& calendar() const { return *calendar_; }
  // The actor for `--as USERNAME`: an enabled account of this district (config district_code).
  Result<cases::Actor> ActorFor(const std::string& username);

  // The demo of a district beside the first names its accounts "<name>.<district code>"
  // (usernames are unique across the installation): with a suffix set, the demo builders'
  // accounts are made and found under it.
  void UseDemoAccountSuffix(std::string suffix) { demo_account_suffix_ = std::move(suffix); }
  const std::string& demo_account_suffix() const { return demo_account_suffix_; }

 private:
  Config config_;
  SystemClock clock_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<WorkingCalendar> calendar_;
  std::unique_ptr<cases::Workflow> workflow_;
  std::unique_ptr<org::OrgDirectory> org_;
  std::unique_ptr<cases::Catalog> catalog_;
  std::unique_ptr<cases::CaseEngine> engine_;
  std::string demo_account_suffix_;
};

}  // namespace sanwang::cli
