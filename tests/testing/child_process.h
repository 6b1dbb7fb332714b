// A child process a test starts and may kill (a writer, a server, a sender, a local mail
// server), its standard output read through a pipe. Test code; not thread-safe.
#pragma once

#include <sys/types.h>

#include <cstdio>
#include <string>
#include <vector>

namespace sanwang::testing {

struct Child {
  pid_t pid = -1;
  FILE* out = nullptr;  // the child's standard output
};

// Starts argv[0] (a path) with the arguments; its standard error stays the test's.
Child Spawn(const std::vector<std::string>& argv);

// Kills `child` with SIGKILL and reaps it; true when it was still running (killed by the
// signal).
bool Kill(Child& child);

// Waits for `child` to exit; its exit status, or -1 when it did not exit normally.
int Wait(Child& child);

}  // namespace sanwang::testing
