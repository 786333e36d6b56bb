#include "links/links_config.h"

namespace coi {

void LinksConfig::load(ConfigSection& s) {
  s.read("connect_timeout_s", connect_timeout_s);
  s.read("timeout_s", timeout_s);
  s.read("url_budget_s", url_budget_s);
  s.read("run_deadline_s", run_deadline_s);
  s.read("max_concurrent", max_concurrent);
  s.read("max_per_host", max_per_host);
  s.read("host_delay_s", host_delay_s);
  s.read("max_retries", max_retries);
  s.read("backoff_initial_s", backoff_initial_s);
  s.read("backoff_max_s", backoff_max_s);
  s.read("backoff_jitter", backoff_jitter);
  s.read("retry_after_cap_s", retry_after_cap_s);
  s.read("max_redirects", max_redirects);
  s.read("body_limit_bytes", body_limit_bytes);
  s.read_patterns("head_first", head_first, {});
  s.read("user_agent", user_agent);
  s.read_patterns("exclude", exclude, {});
  s.read("accept_status", accept_status);
  s.read_patterns("not_found_titles", not_found_titles,
                  {"(?i)\\bnot\\s+found\\b", "(?i)(^|\\berror\\W*)404\\b",
                   "(?i)page (does not|doesn't) exist",
                   "(?i)page (cannot|can't|could not) be found",
                   "(?i)no longer (exists|available)", "(?i)page introuvable",
                   "(?i)seite nicht gefunden"});
  s.read_patterns("login_urls", login_urls,
                  {"(?i)/(login|log-in|signin|sign-in|logon)([/?#.;]|$)"});
  s.read_patterns("login_titles", login_titles,
                  {"(?i)^\\W*(sign|log)[ -]?(in|on)\\b",
                   "(?i)\\b(sign|log)[ -]?in (required|to continue)"});
  s.read("probe_size_tolerance", probe_size_tolerance);
  s.read("fresh_hours", fresh_hours);
  check_ranges(s);
}

// Values that would stall the checker or make it hammer a host are refused, not bent.
void LinksConfig::check_ranges(ConfigSection& s) const {
  s.check("connect_timeout_s", connect_timeout_s > 0, "greater than 0");
  s.check("timeout_s", timeout_s > 0, "greater than 0");
  s.check("url_budget_s", url_budget_s > 0, "greater than 0");
  s.check("run_deadline_s", run_deadline_s > 0, "greater than 0");
  s.check("max_concurrent", max_concurrent >= 1, "at least 1");
  s.check("max_per_host", max_per_host >= 1, "at least 1");
  s.check("host_delay_s", host_delay_s >= 0, "0 or more");
  s.check("max_retries", max_retries >= 0, "0 or more");
  s.check("backoff_initial_s", backoff_initial_s >= 0, "0 or more");
  s.check("backoff_max_s", backoff_max_s >= backoff_initial_s, "at least backoff_initial_s");
  s.check("backoff_jitter", backoff_jitter >= 0 && backoff_jitter <= 1, "between 0 and 1");
  s.check("retry_after_cap_s", retry_after_cap_s >= 0, "0 or more");
  s.check("max_redirects", max_redirects >= 0, "0 or more");
  s.check("body_limit_bytes", body_limit_bytes >= 0, "0 or more");
  s.check("fresh_hours", fresh_hours >= 0, "0 or more");
  s.check("probe_size_tolerance", probe_size_tolerance >= 0 && probe_size_tolerance < 1,
          "at least 0 and less than 1");
}

const Pattern* first_match(const std::vector<Pattern>& patterns, std::string_view text) {
  if (text.empty()) return nullptr;
  for (const Pattern& p : patterns) {
    if (p.partial_match(text)) return &p;
  }
  return nullptr;
}

}  // namespace coi
