// The three renderings of a links run: the terminal summary, the JSON report and JUnit XML
// (docs/FORMAT.md, "links report"). Pure functions of the run; the CLI writes them.
#pragma once

#include <string>

#include "links/links_run.h"

namespace coi {

/// Human summary: counts, then each URL needing attention with the places citing it.
std::string render_links_text(const LinksRun& run, double seconds);
/// The JSON report (format documented in docs/FORMAT.md).
std::string render_links_json(const LinksRun& run, double seconds);
/// JUnit XML: one testcase per URL; broken and soft-404 fail, failed-transient errors,
/// blocked and skipped are skipped, ok and moved pass (moved with a note in system-out).
std::string render_links_junit(const LinksRun& run, double seconds);

/// "newly-broken", "still-broken", "fixed" or "" for NightlyChange::kNone.
const char* nightly_change_name(NightlyChange change);

}  // namespace coi
