// One run of `coi links` without the command line: skip URLs the previous state found ok
// recently, check the rest, and compare each verdict with the previous run's.
#pragma once

#include <vector>

#include "links/checker.h"
#include "links/citations.h"
#include "links/state.h"

namespace coi {

/// How a URL's verdict compares with the previous run's.
enum class NightlyChange {
  kNone,         ///< alive both times, or first seen alive, or no verdict this time (not
                 ///< checked, failed-transient, blocked)
  kNewlyBroken,  ///< dead now, not dead in the previous run (or never seen)
  kStillBroken,  ///< dead now and in the previous run
  kFixed,        ///< alive now, dead in the previous run
};

/// One URL's verdict with its citations.
struct LinkOutcome {
  CitedUrl cited;
  LinkResult result;
  bool rechecked = true;  ///< false: taken from the state file (found ok within fresh_hours)
  NightlyChange change = NightlyChange::kNone;
  int dead_runs = 0;      ///< consecutive runs dead, this one included
};

/// The outcome of a run and the state to save for the next one.
struct LinksRun {
  long long checked_at = 0;           ///< Unix seconds the run started
  std::vector<LinkOutcome> outcomes;  ///< in the order the URLs were first cited
  LinksState state;
  CheckStats stats;
};

/// Checks `urls` against `previous`; `now` is the Unix time stamped on new verdicts.
LinksRun run_link_check(std::vector<CitedUrl> urls, const LinksState& previous,
                        const LinksConfig& config, HttpClient& client, long long now,
                        const LinkProgress& progress = {});

}  // namespace coi
