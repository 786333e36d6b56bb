// Running a shell command from a test and reading what it printed.
#pragma once

#include <cstdio>
#include <string>

namespace coi::testing {

/// The standard output of `command` run by the shell.
inline std::string run_command(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[65536];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

}  // namespace coi::testing
