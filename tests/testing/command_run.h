// Commands run through the shell as a user types them, for the tests that drive the real
// `sanwang` binary or a script (the CLI tests, the cluster a restart test owns).
#pragma once

#include <string>

namespace sanwang::testing {

struct CommandOutcome {
  int status = -1;     // the exit status; -1 when the command did not exit normally
  std::string output;  // what it wrote to standard output (and error, where redirected)

  // The first line of the output, without its line end.
  std::string FirstLine() const;
};

// Runs `command` with /bin/sh and reads all it prints to standard output.
CommandOutcome RunCommand(const std::string& command);

// Runs `BINARY --db 'URL' --home 'SOURCE' ARGS` with standard error joined to standard
// output, as a user of the checkout would: the binary finds the configuration, data and
// workflows of the source tree.
CommandOutcome RunSanwang(const std::string& binary, const std::string& db_url, const std::string& args);

}  // namespace sanwang::testing
