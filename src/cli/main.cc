// sanwang: the one executable (docs/architecture.md §3, §11). Subcommands live beside this file.
#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "core/files.h"
#include "core/log.h"
#include "core/text.h"

namespace sanwang::cli {
namespace {

Result<Config> BuildConfig(const GlobalOptions& options) {
  Config config;
  config.home = options.home.empty() ? DefaultHome() : std::filesystem::path(options.home);
  std::filesystem::path file = options.config_file.empty() ? config.home / "config" / "sanwang.toml"
                                                           : std::filesystem::path(options.config_file);
  if (std::filesystem::exists(file)) {
    SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(file));
    SW_RETURN_IF_ERROR(config.MergeToml(text).WithContext(file.string()));
  } else if (!options.config_file.empty()) {
    return NotFound("no config file " + file.string());
  }
  if (const char* env = std::getenv("SANWANG_DB"); env != nullptr && *env != '\0') config.db_url = env;
  if (!options.db.empty()) config.db_url = options.db;
  config.log_level = options.log_level;
  return config;
}

int Run(int argc, char** argv) {
  CLI::App app{"Sanwang (三网): grassroots governance for a city district"};
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand: `sanwang demo --db URL`
  GlobalOptions options;
  app.add_option("--db", options.db,
                 "database URL: sqlite:PATH or postgresql://… (default $SANWANG_DB, else sqlite:sanwang.db)");
  app.add_option("--config", options.config_file,
                 "TOML configuration file (default HOME/config/sanwang.toml)");
  app.add_option("--home", options.home,
                 "folder holding config/ and data/ (default $SANWANG_HOME or the source tree)");
  app.add_option("--log-level", options.log_level, "trace, debug, info, warn, error or off");
  Action action;
  for (const CommandModule& module : CommandModules()) module.add(app, &action);
  for (int i = 1; i < argc; ++i) {
    if (!IsValidUtf8(argv[i])) {
      std::cerr << "sanwang: invalid_argument: 第 " << i << " 个参数不是有效的 UTF-8 argument " << i
                << " is not valid UTF-8\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  Status status = InitLogging(options.log_level);
  Result<Config> config = status.ok() ? BuildConfig(options) : Result<Config>(status);
  if (config.ok() && action) status = action(*config);
  if (!config.ok()) status = config.status();
  if (!status.ok()) {
    std::cerr << "sanwang: " << status.ToString() << "\n";
    return status.code() == ErrorCode::kInvalidArgument ? 2 : 1;
  }
  return 0;
}

}  // namespace
}  // namespace sanwang::cli

int main(int argc, char** argv) { return sanwang::cli::Run(argc, argv); }
