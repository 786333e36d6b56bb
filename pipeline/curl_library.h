// libcurl, opened with dlopen on first use instead of linked: loading it and its dependency tree
// (TLS, LDAP, Kerberos, SSH: 26 libraries) costs every process about 22 M instructions, 415
// page faults and 17-29 ms of CPU (bench/README.md), and `coi convert` needs only its URL API,
// late (bibliography, resolve). pipeline/curl_library.cc defines the libcurl functions coi calls,
// each forwarding to the library's own; the callers include <curl/curl.h> as before. A command
// that knows it will need libcurl loads it on another thread while it does other work.
#pragma once

#include <thread>

namespace coi {

/// Opens libcurl now, if not yet open (thread-safe). When it cannot be opened, coi stops with
/// an error naming the library and exit code 5: nothing works without it.
void load_curl();

/// Loads libcurl on a thread of its own from construction to destruction (which waits for it).
class CurlPreload {
 public:
  CurlPreload() : thread_(load_curl) {}
  ~CurlPreload() { finish(); }
  CurlPreload(const CurlPreload&) = delete;
  CurlPreload& operator=(const CurlPreload&) = delete;
  /// Waits until libcurl is open.
  void finish() {
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::thread thread_;
};

}  // namespace coi
