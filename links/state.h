// The state file kept between nightly runs (`coi links --state FILE`): the last verdict on each
// URL, when it was reached, and for how many consecutive runs the URL has been dead. It lets a
// run skip URLs found ok recently and tell newly broken links from old news and from fixes.
// Written atomically at the end of a run, so a run killed midway leaves the previous file.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "links/checker.h"
#include "pipeline/status.h"

namespace coi {

/// Version of the state file format.
inline constexpr int kLinksStateVersion = 1;

/// The last verdict on one URL.
struct UrlState {
  LinkClass link_class = LinkClass::kOk;
  int status = 0;
  long long checked_at = 0;  ///< Unix seconds of the check that produced the verdict
  int dead_runs = 0;         ///< consecutive runs found broken or soft-404 (0 when alive)
  std::string final_url;
};

/// Every URL's last verdict, keyed by URL.
struct LinksState {
  std::map<std::string, UrlState> urls;
};

/// Serialises `state` as JSON (deterministic, URLs sorted).
std::string write_links_state(const LinksState& state);
/// Parses a state file's text; `name` is used in error messages (kFormat on a bad file).
Result<LinksState> read_links_state(std::string_view text, std::string_view name);
/// Loads the state file at `path`; a missing file is an empty state (the first run).
Result<LinksState> load_links_state(const std::string& path);

}  // namespace coi
