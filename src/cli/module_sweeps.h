// The one list of the modules' parts of the server's minute sweep (serve_command.cc), run
// after the case engine's inside the same write: a module whose timers live outside the
// case engine adds one line to module_sweeps.cc.
#pragma once

#include <string>
#include <vector>

#include "api/api.h"
#include "org/org_directory.h"

namespace sanwang::cli {

struct SweepContext {
  const api::Api& api;
  store::Database& db;
  const org::OrgDirectory& org;
};

// Returns a line for the log when it changed something, else an empty string.
using ModuleSweep = Result<std::string> (*)(const SweepContext& context);

const std::vector<ModuleSweep>& ModuleSweeps();

}  // namespace sanwang::cli
