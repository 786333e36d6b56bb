#include "links/links_run.h"

#include <optional>

namespace coi {

namespace {

// Found ok (or moved: the page still answers) within the freshness window.
bool is_fresh(const UrlState& s, const LinksConfig& config, long long now) {
  const bool alive = s.link_class == LinkClass::kOk || s.link_class == LinkClass::kMoved;
  return alive && static_cast<double>(now - s.checked_at) < config.fresh_hours * 3600;
}

// Folds this run's verdict into the URL's history; sets the outcome's change and count.
// nullopt: nothing to record (a URL never seen before and not checked this time).
std::optional<UrlState> next_state(LinkOutcome& outcome, const UrlState* before, long long now) {
  const LinkResult& r = outcome.result;
  const bool was_dead = before && is_dead(before->link_class);
  // Not reached before the deadline: the history stays exactly as it was.
  if (r.link_class == LinkClass::kNotChecked) {
    if (!before) return std::nullopt;
    outcome.dead_runs = before->dead_runs;
    return *before;
  }
  // No verdict this time (timeouts, rate limits): keep the history as it was.
  if (before && (r.link_class == LinkClass::kFailedTransient ||
                 r.link_class == LinkClass::kBlocked)) {
    outcome.dead_runs = before->dead_runs;
    if (was_dead) return *before;
  }
  UrlState s{r.link_class, r.status, now, 0, r.final_url};
  if (is_dead(r.link_class)) {
    s.dead_runs = was_dead ? before->dead_runs + 1 : 1;
    outcome.change = was_dead ? NightlyChange::kStillBroken : NightlyChange::kNewlyBroken;
  } else if (was_dead && r.link_class != LinkClass::kSkipped &&
             r.link_class != LinkClass::kFailedTransient && r.link_class != LinkClass::kBlocked) {
    outcome.change = NightlyChange::kFixed;
  }
  outcome.dead_runs = s.dead_runs;
  return s;
}

}  // namespace

LinksRun run_link_check(std::vector<CitedUrl> urls, const LinksState& previous,
                        const LinksConfig& config, HttpClient& client, long long now,
                        const LinkProgress& progress) {
  LinksRun run;
  run.checked_at = now;
  run.state = previous;
  std::vector<std::string> to_check;
  std::vector<size_t> checked_outcome;
  for (CitedUrl& cited : urls) {
    LinkOutcome outcome;
    auto before = previous.urls.find(cited.url);
    if (before != previous.urls.end() && is_fresh(before->second, config, now)) {
      outcome.rechecked = false;
      outcome.result.url = cited.url;
      outcome.result.link_class = before->second.link_class;
      outcome.result.status = before->second.status;
      outcome.result.final_url = before->second.final_url;
      outcome.result.reason = "found alive by an earlier run";
    } else {
      checked_outcome.push_back(run.outcomes.size());
      to_check.push_back(cited.url);
    }
    outcome.cited = std::move(cited);
    run.outcomes.push_back(std::move(outcome));
  }
  std::vector<LinkResult> results = check_urls(to_check, config, client, progress, &run.stats);
  for (size_t i = 0; i < results.size(); ++i) {
    LinkOutcome& outcome = run.outcomes[checked_outcome[i]];
    outcome.result = std::move(results[i]);
    auto before = previous.urls.find(outcome.cited.url);
    std::optional<UrlState> next =
        next_state(outcome, before == previous.urls.end() ? nullptr : &before->second, now);
    if (next) run.state.urls[outcome.cited.url] = std::move(*next);
  }
  return run;
}

}  // namespace coi
