// Settings of `coi links` (section [links] of config/coi.toml). Every field's default is the
// value documented there; times are in seconds, sizes in bytes.
#pragma once

#include <string>
#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"

namespace coi {

struct LinksConfig {
  /// Seconds allowed to establish a connection (TCP + TLS).
  double connect_timeout_s = 10;
  /// Seconds allowed for a whole request, connection included.
  double timeout_s = 30;
  /// Requests in flight at once, over all hosts.
  int max_concurrent = 16;
  /// Requests in flight at once to one host (host:port).
  int max_per_host = 2;
  /// Minimum seconds between the starts of two requests to one host (politeness).
  double host_delay_s = 0.05;
  /// Extra attempts after a transient failure (timeout, reset, 5xx, 429).
  int max_retries = 3;
  /// First backoff before a retry, in seconds; doubled on each further retry.
  double backoff_initial_s = 1;
  /// Ceiling of the exponential backoff, in seconds.
  double backoff_max_s = 30;
  /// Jitter: each backoff is scaled by a random factor in [1 - jitter, 1].
  double backoff_jitter = 0.5;
  /// Longest Retry-After (seconds) honoured; longer waits are cut to this.
  double retry_after_cap_s = 60;
  /// Redirect hops followed before the URL counts as broken (a loop).
  int max_redirects = 10;
  /// Bytes of a body read at most (for the <title>); the transfer is aborted past this.
  int body_limit_bytes = 65536;
  /// After a HEAD 200 on an HTML page, GET its first body_limit_bytes to read the <title>
  /// (soft-404 detection). False saves one request per HTML page.
  bool read_titles = true;
  /// User-Agent header of every request.
  std::string user_agent = "coi-links/0.1 (citation checker for COI notes)";
  /// URLs matching any of these (anywhere) are skipped, never fetched.
  std::vector<Pattern> exclude;
  /// Status codes treated like 200 (e.g. 999 for a site known to refuse robots).
  std::vector<int> accept_status;
  /// <title> patterns (searched anywhere) that say a page is really "not found".
  std::vector<Pattern> not_found_titles;
  /// URLs found ok within this many hours (state file) are not re-checked.
  double fresh_hours = 20;

  /// Reads the [links] section; defaults stay where a key is absent; out-of-range values are
  /// configuration errors.
  void load(ConfigSection& s);

 private:
  void check_ranges(ConfigSection& s) const;
};

}  // namespace coi
