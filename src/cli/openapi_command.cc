// sanwang openapi: prints the REST API's OpenAPI document, as GET /api/v1/openapi.json
// answers it, without a database or a listening server, so that scripts/openapi-lint.sh
// can check it. The routes are read from an Api built over an empty in-memory SQLite pool
// that nothing queries; the workflow and calendar come from the configuration's files.
#include <iostream>

#include "api/api.h"
#include "api/openapi_document.h"
#include "cli/command.h"
#include "core/clock.h"
#include "store/database_pool.h"

namespace sanwang::cli {
namespace {

Status PrintOpenApi(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto pool, store::DatabasePool::Open("sqlite::memory:", 1));
  SW_ASSIGN_OR_RETURN(WorkingCalendar calendar, WorkingCalendar::LoadDirectory(config.calendar_dir()));
  SW_ASSIGN_OR_RETURN(cases::Workflow workflow,
                      cases::Workflow::Load(config.workflows_dir() / "resident_matter.toml"));
  SystemClock clock;
  api::Api api(*pool, clock, calendar, workflow, config.district_code, api::ApiOptions{});
  std::cout << api::OpenApiDocument(api.router()).dump(2) << "\n";
  return Status::Ok();
}

}  // namespace

void RegisterOpenApi(CLI::App& app, Action* action) {
  CLI::App* cmd = app.add_subcommand("openapi", "print the REST API's OpenAPI document (JSON) and exit");
  cmd->callback([action] { *action = PrintOpenApi; });
}

}  // namespace sanwang::cli
