// The renderings of a links run: the terminal summary, the JSON report and JUnit XML here, the
// HTML page in links/report_html.h (docs/FORMAT.md, "links report"). Pure functions of the run;
// the CLI writes them. All of them count with summarize_links_run, so their numbers agree.
#pragma once

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "links/links_run.h"

namespace coi {

/// Every class, in the order the reports list them.
inline constexpr LinkClass kReportClasses[] = {
    LinkClass::kOk,      LinkClass::kMoved,           LinkClass::kBroken,  LinkClass::kSoft404,
    LinkClass::kBlocked, LinkClass::kFailedTransient, LinkClass::kSkipped, LinkClass::kNotChecked};

/// The counts of a run (the JSON report's "summary").
struct LinksSummary {
  int urls = 0;      ///< distinct URLs cited
  int checked = 0;   ///< fetched this run and given a verdict (not skipped, not "not-checked")
  int fresh = 0;     ///< not fetched: found alive by a run within fresh_hours
  int requests = 0;  ///< requests sent, probes included
  std::map<LinkClass, int> classes;  ///< URLs per class; every class present, zeros included
  int newly_broken = 0;
  int still_broken = 0;
  int fixed = 0;
};

/// Counts the run's outcomes.
LinksSummary summarize_links_run(const LinksRun& run);

/// Human summary: counts, then each URL needing attention with the places citing it.
std::string render_links_text(const LinksRun& run, double seconds);
/// The JSON report (format documented in docs/FORMAT.md).
std::string render_links_json(const LinksRun& run, double seconds);
/// JUnit XML: one testcase per URL; broken and soft-404 fail, failed-transient errors,
/// blocked and skipped are skipped, ok and moved pass (moved with a note in system-out).
std::string render_links_junit(const LinksRun& run, double seconds);

/// The values printed one after the other with `separator` between them: "12, 40".
template <typename T>
std::string join_values(const std::vector<T>& values, const std::string& separator) {
  std::ostringstream out;
  for (size_t i = 0; i < values.size(); ++i) out << (i ? separator : "") << values[i];
  return out.str();
}

/// `text` safe in XML or HTML text and double-quoted attributes: &, <, > and " escaped,
/// control characters (forbidden in XML 1.0) dropped.
std::string escape_xml(const std::string& text);

/// "newly-broken", "still-broken", "fixed" or "" for NightlyChange::kNone.
const char* nightly_change_name(NightlyChange change);

}  // namespace coi
