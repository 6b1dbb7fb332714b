// The one list of the workflows that engines other than the resident matter's read from
// config/workflows/ (docs/architecture.md §15): a module whose engine keeps its workflow
// in TOML adds one line to module_workflows.cc, naming the file and its effects. The server
// and the tests load them into ApiOptions::workflows.
#pragma once

#include <filesystem>

#include "api/api.h"

namespace sanwang::api {

// Every module's workflow, read from `dir`; the first file that does not parse is the
// error (its path in the message).
Result<decltype(ApiOptions::workflows)> LoadModuleWorkflows(const std::filesystem::path& dir);

}  // namespace sanwang::api
