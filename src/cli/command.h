// How subcommands plug into the `sanwang` binary: each registers its CLI11 subcommand and
// sets the action to run once the command line is parsed. The action gets the parsed
// global options and returns a Status; main turns a failure into one line on standard
// error and a non-zero exit status (docs/architecture.md §11).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/status.h"

namespace sanwang::cli {

struct GlobalOptions {
  std::string db;           // --db, else $SANWANG_DB, else the config's default
  std::string config_file;  // --config
  std::string home;         // --home
  std::string log_level = "warn";
};

using Action = std::function<Status(const Config& config)>;

// Registers a module's subcommands; a chosen one stores its action in `*action`.
using RegisterCommands = void (*)(CLI::App& app, Action* action);

struct CommandModule {
  const char* name;
  RegisterCommands add;
};

// Every module's subcommands, in the order `sanwang --help` lists them (command_modules.cc:
// a new module adds its one line there).
const std::vector<CommandModule>& CommandModules();

// Each registers a subcommand that, when chosen, stores its action in `*action`.
void RegisterInit(CLI::App& app, Action* action);
void RegisterImport(CLI::App& app, Action* action);
void RegisterDemo(CLI::App& app, Action* action);
void RegisterCase(CLI::App& app, Action* action);
void RegisterUser(CLI::App& app, Action* action);
void RegisterStatus(CLI::App& app, Action* action);
void RegisterServe(CLI::App& app, Action* action);
void RegisterApiKey(CLI::App& app, Action* action);
void RegisterClassify(CLI::App& app, Action* action);
void RegisterCircles(CLI::App& app, Action* action);
void RegisterOpenApi(CLI::App& app, Action* action);
void RegisterAudit(CLI::App& app, Action* action);

}  // namespace sanwang::cli
