// Running a shell command from a test and reading what it printed.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace coi::testing {

/// Everything `pipe` yields until it closes.
inline std::string read_all(FILE* pipe) {
  std::string out;
  char buffer[65536];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  return out;
}

/// The standard output of `command` run by the shell.
inline std::string run_command(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return {};
  std::string out = read_all(pipe);
  pclose(pipe);
  return out;
}

/// What a command printed (stdout and stderr, in order) and its exit code (-1 when it did not
/// exit normally).
struct CommandRun {
  int code = -1;
  std::string output;
};

/// Runs `command` by the shell with stderr merged into stdout.
inline CommandRun run_command_status(const std::string& command) {
  CommandRun run;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return run;
  run.output = read_all(pipe);
  const int status = pclose(pipe);
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace coi::testing
