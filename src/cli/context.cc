#include "cli/context.h"

#include <cstdlib>

#include "store/catalog_repository.h"
#include "store/migrations.h"
#include "store/org_repository.h"
#include "store/personal_data.h"
#include "store/user_repository.h"

namespace sanwang::cli {
namespace {

// The personal-data keys of the configuration, installed for every repository: from
// $SANWANG_PERSONAL_DATA_KEYS (key lines, ';' between them) where it is set, else from the
// configured key file; neither stores personal data unencrypted.
Status InstallPersonalDataKeys(const Config& config) {
  std::optional<PersonalDataKeys> keys;
  if (const char* env = std::getenv("SANWANG_PERSONAL_DATA_KEYS"); env != nullptr && *env != '\0') {
    Result<PersonalDataKeys> parsed = PersonalDataKeys::Parse(env);
    if (!parsed.ok()) return parsed.status().WithContext("SANWANG_PERSONAL_DATA_KEYS");
    keys = std::move(*parsed);
  } else if (!config.personal_data_key_file.empty()) {
    std::filesystem::path file = config.home / config.personal_data_key_file;
    SW_ASSIGN_OR_RETURN(keys, PersonalDataKeys::ReadFile(file));
  }
  store::UsePersonalDataKeys(std::move(keys));
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Context>> Context::Open(const Config& config) {
  SW_RETURN_IF_ERROR(InstallPersonalDataKeys(config));
  auto context = std::make_unique<Context>();
  context->config_ = config;
  SW_ASSIGN_OR_RETURN(context->db_, store::OpenDatabase(config.db_url));
  SW_RETURN_IF_ERROR(store::Migrate(*context->db_));
  return context;
}

Status Context::LoadDomain(const Clock& clock) {
  SW_ASSIGN_OR_RETURN(WorkingCalendar calendar, WorkingCalendar::LoadDirectory(config_.calendar_dir()));
  calendar_ = std::make_unique<WorkingCalendar>(std::move(calendar));
  SW_ASSIGN_OR_RETURN(cases::Workflow workflow,
                      cases::Workflow::Load(config_.workflows_dir() / "resident_matter.toml"));
  workflow_ = std::make_unique<cases::Workflow>(std::move(workflow));
  store::OrgRepository org_repo(*db_);
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(org_repo, config_.district_code));
  org_ = std::make_unique<org::OrgDirectory>(std::move(org));
  store::CatalogRepository catalog_repo(*db_);
  SW_ASSIGN_OR_RETURN(cases::Catalog catalog, cases::Catalog::Load(catalog_repo, config_.district_code));
  catalog_ = std::make_unique<cases::Catalog>(std::move(catalog));
  engine_ = std::make_unique<cases::CaseEngine>(*db_, clock, *calendar_, *workflow_, *org_, *catalog_);
  return Status::Ok();
}

Result<cases::Actor> Context::ActorFor(const std::string& name) {
  const std::string username = name + demo_account_suffix_;
  SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(*db_).FindByUsername(username));
  if (!user) return NotFound("no user '" + username + "'");
  if (user->disabled) return PermissionDenied("user '" + username + "' is disabled");
  if (user->district_code != config_.district_code)
    return PermissionDenied("user '" + username + "' belongs to district " + user->district_code +
                            ", not to " + config_.district_code + " (set district_code)");
  return cases::Actor::FromUser(*user);
}

}  // namespace sanwang::cli
