#include "testing/command_run.h"

#include <sys/wait.h>

#include <cstdio>

#include "testing/test_databases.h"

namespace sanwang::testing {

std::string CommandOutcome::FirstLine() const { return output.substr(0, output.find('\n')); }

CommandOutcome RunCommand(const std::string& command) {
  CommandOutcome run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.output.append(buffer, n);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

CommandOutcome RunSanwang(const std::string& binary, const std::string& db_url, const std::string& args) {
  return RunCommand(binary + " --db '" + db_url + "' --home '" + SourceDir() + "' " + args + " 2>&1");
}

}  // namespace sanwang::testing
