// Running a command line from a test (the built `coi`, qpdf) and reading what it printed.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace coi::testing {

/// How a command ended and what it wrote to its standard output.
struct ShellRun {
  int exit_code = -1;  ///< 128 + the signal when a signal ended it (134: an abort)
  std::string output;
};

/// Runs `command` through sh under `timeout 120`, so that a hang fails the test instead of
/// stalling the suite. Redirections in `command` choose what reaches the output.
inline ShellRun run_shell(const std::string& command) {
  ShellRun run;
  FILE* pipe = ::popen(("timeout 120 " + command).c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer;
  while (size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
    run.output.append(buffer.data(), n);
  }
  const int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

}  // namespace coi::testing
