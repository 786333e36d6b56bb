// Settings of `coi links` (section [links] of config/coi.toml). Every field's default is the
// value documented there; times are in seconds, sizes in bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"

namespace coi {

struct LinksConfig {
  /// Seconds allowed to establish a connection (TCP + TLS).
  double connect_timeout_s = 10;
  /// Seconds allowed for a whole request, connection included.
  double timeout_s = 30;
  /// Seconds one URL may take from its first request to its verdict: attempts, backoffs and
  /// redirects together. Each request's timeout is cut to what is left; a URL out of budget is
  /// failed-transient, never broken.
  double url_budget_s = 60;
  /// Seconds the whole run may take; URLs without a verdict by then are "not-checked".
  double run_deadline_s = 3600;
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
  /// Bytes of a body read at most (inflated; for the <title> and <h1>); the transfer is aborted
  /// past this.
  int body_limit_bytes = 65536;
  /// URLs matching any of these (anywhere) are asked with HEAD first, for hosts that want it;
  /// any answer but a 2xx on a non-HTML page or a redirect is confirmed with a GET. Every other
  /// URL gets one GET.
  std::vector<Pattern> head_first;
  /// User-Agent header of every request.
  std::string user_agent = "coi-links/0.1 (citation checker for COI notes)";
  /// URLs matching any of these (anywhere) are skipped, never fetched.
  std::vector<Pattern> exclude;
  /// Status codes treated like 200 (e.g. 999 for a site known to refuse robots).
  std::vector<int> accept_status;
  /// Patterns (searched anywhere in the <title> or the first <h1>) that say a page is really
  /// "not found": such a 200 is a soft 404.
  std::vector<Pattern> not_found_titles;
  /// Patterns (searched anywhere in the final URL of a redirected link) of sign-in pages: a link
  /// redirected to one is blocked (a login wall).
  std::vector<Pattern> login_urls;
  /// Patterns (searched anywhere in the <title>) of sign-in pages: blocked (a login wall).
  std::vector<Pattern> login_titles;
  /// A redirected page is compared with what a random path on the same host gets: the same
  /// <title> and a size within this fraction of the page's make it a soft 404.
  double probe_size_tolerance = 0.1;
  /// URLs found ok within this many hours (state file) are not re-checked.
  double fresh_hours = 20;

  /// Reads the [links] section; defaults stay where a key is absent; out-of-range values are
  /// configuration errors.
  void load(ConfigSection& s);

 private:
  void check_ranges(ConfigSection& s) const;
};

/// The first of a list of patterns (exclude, head_first, not_found_titles, ...) found anywhere
/// in `text`; null when none is, or when `text` is empty.
const Pattern* first_match(const std::vector<Pattern>& patterns, std::string_view text);

}  // namespace coi
