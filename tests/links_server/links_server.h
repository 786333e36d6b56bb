// Starts tests/links_server/links_server.py (the scripted loopback HTTP server) for a test and
// stops it afterwards. The server exits by itself when this process closes its stdin.
#pragma once

#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "tests/support/paths.h"

extern char** environ;

namespace coi::testing {

class LinksServer {
 public:
  /// Starts the server with `ports` soft and strict listeners and extra arguments (e.g.
  /// {"--catch-all-ports", "1"}); ok() tells if it worked.
  explicit LinksServer(int ports, std::vector<std::string> extra = {}) {
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, in[1]);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<std::string> args = {"python3", source_path("tests/links_server/links_server.py"),
                                     "--ports", std::to_string(ports)};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawnp(&pid_, "python3", &actions, nullptr, argv.data(), environ) != 0) pid_ = -1;
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(out[1]);
    stdin_ = in[1];
    FILE* lines = fdopen(out[0], "r");
    char buffer[128];
    // One "127.0.0.1:PORT" line per listener, then "ready".
    while (lines && std::fgets(buffer, sizeof buffer, lines)) {
      std::string line(buffer);
      while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
      if (line == "ready") break;
      origins_.push_back("http://" + line);
    }
    if (lines) std::fclose(lines);
  }
  ~LinksServer() {
    if (stdin_ >= 0) close(stdin_);
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  LinksServer(const LinksServer&) = delete;
  LinksServer& operator=(const LinksServer&) = delete;

  bool ok() const { return !origins_.empty(); }
  /// "http://127.0.0.1:PORT" of listener `i`: 0 the soft site (unknown paths redirected to its
  /// home page), then the strict ones (unknown paths 404), then the catch-all ones.
  const std::string& origin(size_t i = 0) const { return origins_.at(i); }

 private:
  pid_t pid_ = -1;
  int stdin_ = -1;
  std::vector<std::string> origins_;
};

/// A loopback port with nothing listening (bound, then released).
inline int closed_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

}  // namespace coi::testing
