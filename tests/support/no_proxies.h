// Turns the machine's HTTP proxies off for the tests that talk to the loopback links server.
// libcurl (in this process, and in a `coi links` it starts) follows http_proxy, https_proxy and
// all_proxy from the environment, which would send the loopback requests elsewhere; no_proxy=*
// exempts every host. libcurl reads the lower-case name first, so both spellings are set.
#pragma once

#include <stdlib.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace coi::testing {

/// While it lives, no request of this process or its children goes through a proxy; the
/// previous no_proxy and NO_PROXY come back when it goes.
class NoProxies {
 public:
  NoProxies() {
    for (const char* name : {"no_proxy", "NO_PROXY"}) {
      const char* value = ::getenv(name);
      saved_.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
      ::setenv(name, "*", 1);
    }
  }
  ~NoProxies() {
    for (const auto& [name, value] : saved_) {
      if (value) {
        ::setenv(name.c_str(), value->c_str(), 1);
      } else {
        ::unsetenv(name.c_str());
      }
    }
  }
  NoProxies(const NoProxies&) = delete;
  NoProxies& operator=(const NoProxies&) = delete;

 private:
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

}  // namespace coi::testing
