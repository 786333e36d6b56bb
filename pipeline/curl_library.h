// libcurl, opened with dlopen on first use instead of linked: loading it and its dependency tree
// (TLS, LDAP, Kerberos, SSH: 26 libraries) costs every process about 22 M instructions, 415
// page faults and 17-29 ms of CPU (bench/README.md), and `coi convert` needs only its URL API,
// late (bibliography, resolve). pipeline/curl_library.cc defines the libcurl functions coi calls,
// each forwarding to the library's own; the callers include <curl/curl.h> as before.
#pragma once

namespace coi {

/// Opens libcurl now, if not yet open (thread-safe). When it cannot be opened, coi stops with
/// an error naming the library and exit code 5: nothing works without it.
void load_curl();

}  // namespace coi
