// The link checking engine: given distinct URLs, decide for each whether it still leads where
// the note says, politely (global and per-host limits, a delay between requests to one host),
// within a known time (a budget per URL, a deadline for the run) and without a thread per
// request (everything runs through one asynchronous HttpClient).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "links/http_client.h"
#include "links/links_config.h"

namespace coi {

/// What became of a URL.
enum class LinkClass {
  kOk,               ///< answered 2xx (or an accepted status), perhaps after temporary redirects
  kMoved,            ///< a permanent redirect (301/308) on the way to a working page
  kBroken,           ///< 404, 410, other 4xx, no such host, connection refused, TLS failure,
                     ///< too many redirects, a redirect to a non-http scheme
  kBlocked,          ///< 401/403/429 that persisted, a bot challenge, LinkedIn's 999, a login
                     ///< wall (a sign-in page instead of the document)
  kSoft404,          ///< a 200 that is really "not found": its title or heading says so, or
                     ///< the host serves the same page for a path that cannot exist
  kFailedTransient,  ///< timeouts, failed transfers or 5xx still failing after the retries, or
                     ///< the URL's time budget spent
  kSkipped,          ///< not http(s), or excluded by the configuration
  kNotChecked,       ///< no verdict before the run's deadline (never a sign of a broken link)
};

/// "ok", "moved", "broken", "blocked", "soft-404", "failed-transient", "skipped",
/// "not-checked".
const char* link_class_name(LinkClass c);
/// The class named `name`, or nullopt.
std::optional<LinkClass> parse_link_class(std::string_view name);
/// Broken or soft-404: the citation no longer leads to its document.
inline bool is_dead(LinkClass c) { return c == LinkClass::kBroken || c == LinkClass::kSoft404; }

/// One redirect response on the way.
struct Hop {
  std::string url;
  int status = 0;
};

/// The verdict on one URL.
struct LinkResult {
  std::string url;              ///< as checked (fragment removed)
  LinkClass link_class = LinkClass::kOk;
  int status = 0;               ///< last HTTP status, 0 when none came back
  std::string reason;           ///< one line: "404", "name not resolved", "title says ..."
  std::string final_url;        ///< where the redirects ended (== url when none)
  std::vector<Hop> redirects;   ///< each redirect response, in order
  int retries = 0;              ///< attempts repeated after transient failures
  int requests = 0;             ///< requests sent for this URL (probes not counted)
  bool used_get = false;        ///< a GET was sent (always, unless a head_first HEAD sufficed)
};

/// Called after each URL is decided: (decided so far, total).
using LinkProgress = std::function<void(size_t, size_t)>;

/// Totals of a run.
struct CheckStats {
  int requests = 0;  ///< every request sent, soft-404 probes included
  int probes = 0;    ///< soft-404 probes (one per host at most)
};

/// Checks each URL (distinct, fragments removed) and returns one result per URL, in order.
/// Returns by the run's deadline (run_deadline_s on the client's clock), with the requests
/// still in flight cancelled.
std::vector<LinkResult> check_urls(const std::vector<std::string>& urls,
                                   const LinksConfig& config, HttpClient& client,
                                   const LinkProgress& progress = {},
                                   CheckStats* stats = nullptr);

}  // namespace coi
