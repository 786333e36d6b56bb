// Checking URLs: a scheduler and a small state machine per URL, both on one thread.
//
// Step 1: triage. A URL that is not http(s), or matches an `exclude` pattern, is skipped
//         without a request.
// Step 2: scheduling. Each URL is a job queued on its host (host:port). The loop starts jobs
//         while fewer than max_concurrent requests are in flight overall, fewer than
//         max_per_host to the job's host, and at least host_delay_s has passed since the last
//         start on that host; hosts are served round-robin so one big host cannot starve the
//         others. Jobs waiting for a retry sit in a timer heap until their time comes.
//         Time is bounded twice: each URL has url_budget_s from its first request (every
//         request's timeout is cut to what is left, and a URL out of budget is failed-transient),
//         and the run ends at run_deadline_s, when the URLs still undecided are "not-checked"
//         and their requests are dropped: a run finishes in a known time and never calls a URL
//         broken because the clock ran out.
// Step 3: one request per hop, then a transition on its outcome. The request is a GET that
//         reads at most body_limit_bytes and closes: status, redirect and page text in one
//         request. URLs matching head_first start with HEAD; a HEAD is believed only for good
//         news (a 2xx on a page that is not HTML) and redirects: any other answer, a failure
//         included, is asked again with GET (a fallback, not a retry), so no URL is called
//         broken, blocked or soft-404 on the strength of a HEAD.
//   - 301/302/303/307/308: record the hop and queue the target (we follow redirects ourselves
//     so each hop passes the per-host limits and a redirect to file:, ftp: ... is refused);
//     cookies set on the way go back on the next hop (the client keeps one jar per run), which
//     ends the "redirect to yourself with a cookie" check; more than max_redirects hops is a
//     loop -> broken.
//   - 403 carrying `cf-mitigated: challenge` is a bot challenge -> blocked.
//   - timeout, failed transfer (a reset or a truncated body, even after a status line), 5xx,
//     429 -> retry after an exponential backoff with jitter, or after Retry-After, in seconds
//     or as an HTTP date (capped at retry_after_cap_s); out of retries or of budget ->
//     failed-transient (429: blocked).
//   - 401, 403, 999 -> blocked; 404, 410 and other 4xx, unresolvable names, refused
//     connections, TLS failures -> broken, without retries (they are answers).
//   - 2xx (or an accepted status): step 4.
// Step 4: what the page says (links/page_verdict.h; its <title> and first <h1> are read by
//         links/page_signals.h).
//   a. A link redirected to a URL matching login_urls, or a page whose title matches
//      login_titles, is a login wall: blocked (a reader without an account cannot see it).
//   b. A title or heading matching not_found_titles is a soft 404, whatever the host answers
//      for other paths.
//   c. A page reached through redirects that changed the path (a deep link sent to the home
//      page, to a search or error page) is a suspect. The host of the cited URL is probed once
//      with a random path that cannot exist (one probe per host, shared by all its suspects);
//      a suspect whose page has the probe's title and a size within probe_size_tolerance of
//      the probe's is a soft 404: the host answers a missing page with this very page.
//      Otherwise the suspect stands, with the signal kept in `reason`.
// Step 5: a page reached through a permanent redirect (301/308) is "moved", the target kept.
//
// Example: https://a.org/x --GET 301--> https://a.org/ --GET 200 "A.org home" -> deep link
// redirected home -> probe https://a.org/coi-links-probe-1f2e... --302--> https://a.org/ -> 200
// "A.org home", same size -> soft-404 ("deep link redirected to the home page https://a.org/;
// a random path on the host gets the same page").
#include "links/checker.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <queue>
#include <random>

#include "links/http_date.h"
#include "links/page_signals.h"
#include "links/page_verdict.h"
#include "pipeline/url.h"

namespace coi {

namespace {

constexpr size_t kProbe = std::numeric_limits<size_t>::max();

const std::pair<LinkClass, const char*> kClassNames[] = {
    {LinkClass::kOk, "ok"},
    {LinkClass::kMoved, "moved"},
    {LinkClass::kBroken, "broken"},
    {LinkClass::kBlocked, "blocked"},
    {LinkClass::kSoft404, "soft-404"},
    {LinkClass::kFailedTransient, "failed-transient"},
    {LinkClass::kSkipped, "skipped"},
    {LinkClass::kNotChecked, "not-checked"},
};

struct Job {
  size_t result = kProbe;     ///< index into the results, kProbe for a soft-404 probe
  std::string url;            ///< the URL the next request goes to
  std::string host;           ///< its host key
  bool head = false;          ///< the next request is a HEAD (head_first, until not believed)
  bool permanent = false;     ///< a 301/308 was on the way
  int attempts = 0;           ///< retries spent on the current request
  int hops = 0;               ///< redirects followed
  double started = -1;        ///< client time of the first request, -1 before it
  std::string suspicion;      ///< the soft-404 signal, while waiting for the probe
  bool home_suspect = false;  ///< the signal is a deep link sent to the home page
  PageSeen page;              ///< the suspect's page, while waiting for the probe
  std::string probe_for;      ///< probe: the origin whose suspects wait for it
};

struct Host {
  std::deque<size_t> ready;   ///< jobs waiting for a slot
  int in_flight = 0;
  double next_start = 0;      ///< earliest start of the next request (host_delay_s)
};

enum class ProbeState { kNone, kRunning, kDone };

// The probe of one origin: a random path that cannot exist, asked once.
struct Probe {
  ProbeState state = ProbeState::kNone;
  PageSeen page;                 ///< where the probe ended
  std::vector<size_t> suspects;  ///< jobs waiting for it
};

struct Timer {
  double at;
  size_t job;
  bool operator>(const Timer& o) const { return at > o.at; }
};

bool is_redirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool is_html(const HttpResponse& r) {
  auto it = r.headers.find("content-type");
  if (it == r.headers.end()) return false;
  std::string type = it->second;
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type.rfind("text/html", 0) == 0 || type.rfind("application/xhtml", 0) == 0;
}

std::string header(const HttpResponse& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? "" : it->second;
}

// Retry-After in seconds, or -1 when absent or unreadable. The date form counts from the
// response's own Date header where there is one (the server's clock against itself), else from
// this machine's clock.
double retry_after(const HttpResponse& r) {
  const std::string value = header(r, "retry-after");
  if (value.empty()) return -1;
  if (std::all_of(value.begin(), value.end(), ::isdigit)) {
    return value.size() > 6 ? 1e6 : std::stod(value);
  }
  const std::optional<std::time_t> at = parse_http_date(value);
  if (!at) return -1;
  const std::optional<std::time_t> sent = parse_http_date(header(r, "date"));
  return std::max(0.0, std::difftime(*at, sent ? *sent : std::time(nullptr)));
}

std::string seconds_text(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", seconds);
  return text;
}

class Checker {
 public:
  Checker(const LinksConfig& config, HttpClient& client, const LinkProgress& progress)
      : config_(config), client_(client), progress_(progress), rng_(std::random_device{}()) {}

  std::vector<LinkResult> run(const std::vector<std::string>& urls, CheckStats& stats);

 private:
  bool triage(LinkResult& r);
  void enqueue(size_t id, double at);
  void start_ready();
  void send(size_t id);
  double next_wake() const;
  void handle(size_t id, HttpResponse response);
  void on_redirect(size_t id, const HttpResponse& response);
  void on_success(size_t id, const HttpResponse& response);
  void retry_or_finish(size_t id, LinkClass give_up, int status, const std::string& reason,
                       double wait_hint);
  void suspect(size_t id, PageVerdict verdict, PageSeen page);
  void settle(size_t id, const PageSeen& probe);
  void probe_done(const std::string& origin, PageSeen page);
  void finish(size_t id, LinkClass c, int status, std::string reason);
  void finish_ok(size_t id, int status, std::string note);
  void stop_at_deadline();
  double backoff(int attempt);

  const LinksConfig& config_;
  HttpClient& client_;
  const LinkProgress& progress_;
  std::mt19937 rng_;
  std::vector<LinkResult> results_;
  std::vector<bool> decided_urls_;  ///< per result: the verdict is in
  std::vector<Job> jobs_;
  std::map<std::string, Host> hosts_;
  std::map<std::string, Probe> probes_;  ///< by the origin of the cited URLs
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers_;
  std::vector<std::pair<size_t, HttpResponse>> completed_;
  size_t open_ = 0;     ///< URL jobs not finished
  size_t decided_ = 0;
  int in_flight_ = 0;
  size_t round_robin_ = 0;
  CheckStats stats_;
};

// Skips what is not to be fetched (with the reason); true when the URL is to be checked.
bool Checker::triage(LinkResult& r) {
  std::optional<Url> parsed = parse_url(r.url);
  if (!parsed || (parsed->scheme != "http" && parsed->scheme != "https")) {
    r.link_class = LinkClass::kSkipped;
    r.reason = parsed ? "scheme " + parsed->scheme + " is not checked" : "not an absolute URL";
    return false;
  }
  if (const Pattern* excluded = first_match(config_.exclude, r.url)) {
    r.link_class = LinkClass::kSkipped;
    r.reason = "excluded by " + excluded->source();
    return false;
  }
  return true;
}

std::vector<LinkResult> Checker::run(const std::vector<std::string>& urls, CheckStats& stats) {
  results_.resize(urls.size());
  decided_urls_.assign(urls.size(), true);
  for (size_t i = 0; i < urls.size(); ++i) {
    LinkResult& r = results_[i];
    r.url = strip_fragment(urls[i]);
    r.final_url = r.url;
    if (!triage(r)) continue;
    Job job;
    job.result = i;
    job.url = r.url;
    job.head = first_match(config_.head_first, r.url) != nullptr;
    jobs_.push_back(std::move(job));
    decided_urls_[i] = false;
    ++open_;
  }
  decided_ = urls.size() - open_;
  const double deadline = client_.now() + config_.run_deadline_s;
  for (size_t id = 0; id < jobs_.size(); ++id) enqueue(id, 0);
  while (open_ > 0 && client_.now() < deadline) {
    start_ready();
    const double wake = next_wake();
    if (in_flight_ == 0 && wake == std::numeric_limits<double>::infinity()) break;  // cannot happen
    client_.wait(std::clamp(std::min(wake, deadline) - client_.now(), 0.0, 0.5));
    std::vector<std::pair<size_t, HttpResponse>> done;
    done.swap(completed_);
    for (auto& [id, response] : done) handle(id, std::move(response));
  }
  if (open_ > 0) stop_at_deadline();
  stats = stats_;
  return std::move(results_);
}

// The clock ran out: what has no verdict is "not checked", which says nothing about the link.
void Checker::stop_at_deadline() {
  client_.cancel_all();
  in_flight_ = 0;
  for (size_t i = 0; i < results_.size(); ++i) {
    if (decided_urls_[i]) continue;
    LinkResult& r = results_[i];
    r.link_class = LinkClass::kNotChecked;
    r.status = 0;
    r.reason = "the run's deadline (" + seconds_text(config_.run_deadline_s) + " s) came first";
    r.final_url = r.url;
    r.redirects.clear();
  }
  open_ = 0;
}

void Checker::enqueue(size_t id, double at) {
  Job& job = jobs_[id];
  std::optional<Url> url = parse_url(job.url);
  job.host = url ? url->host_key() : job.url;
  if (at <= client_.now()) hosts_[job.host].ready.push_back(id);
  else timers_.push(Timer{at, id});
}

void Checker::start_ready() {
  const double now = client_.now();
  while (!timers_.empty() && timers_.top().at <= now) {
    const size_t id = timers_.top().job;
    timers_.pop();
    hosts_[jobs_[id].host].ready.push_back(id);
  }
  const int global = config_.max_concurrent;
  const int per_host = config_.max_per_host;
  if (hosts_.empty()) return;
  // Round-robin over hosts, one start per host per pass, starting one host further each call
  // so that no host is always served first.
  auto it = hosts_.begin();
  std::advance(it, round_robin_++ % hosts_.size());
  for (bool started = true; started && in_flight_ < global;) {
    started = false;
    for (size_t visited = 0; visited < hosts_.size() && in_flight_ < global; ++visited, ++it) {
      if (it == hosts_.end()) it = hosts_.begin();
      Host& host = it->second;
      if (host.ready.empty() || host.in_flight >= per_host || host.next_start > now) continue;
      const size_t id = host.ready.front();
      host.ready.pop_front();
      ++host.in_flight;
      host.next_start = now + config_.host_delay_s;
      send(id);
      started = true;
    }
  }
}

void Checker::send(size_t id) {
  ++in_flight_;
  ++stats_.requests;
  Job& job = jobs_[id];
  const double now = client_.now();
  if (job.started < 0) job.started = now;
  if (job.result != kProbe) {
    ++results_[job.result].requests;
    if (!job.head) results_[job.result].used_get = true;
  }
  // The URL's budget caps the request; a spent budget still sends a request that times out at
  // once, and the timeout ends the URL through retry_or_finish.
  const double left = std::max(0.001, job.started + config_.url_budget_s - now);
  HttpRequest request{job.url,
                      job.head,
                      config_.user_agent,
                      std::min(config_.connect_timeout_s, left),
                      std::min(config_.timeout_s, left),
                      static_cast<size_t>(config_.body_limit_bytes)};
  client_.start(request,
                [this, id](HttpResponse r) { completed_.emplace_back(id, std::move(r)); });
}

double Checker::next_wake() const {
  double wake = timers_.empty() ? std::numeric_limits<double>::infinity() : timers_.top().at;
  if (in_flight_ >= config_.max_concurrent) return wake;
  for (const auto& [key, host] : hosts_) {
    if (!host.ready.empty() && host.in_flight < config_.max_per_host) {
      wake = std::min(wake, host.next_start);
    }
  }
  return wake;
}

double Checker::backoff(int attempt) {
  const double full = std::min(config_.backoff_max_s,
                               config_.backoff_initial_s * std::pow(2.0, attempt - 1));
  const double jitter = config_.backoff_jitter;
  return full * std::uniform_real_distribution<double>(1 - jitter, 1)(rng_);
}

void Checker::handle(size_t id, HttpResponse response) {
  Job& job = jobs_[id];
  --hosts_[job.host].in_flight;
  --in_flight_;
  const int status = response.status;
  const bool accepted = std::find(config_.accept_status.begin(), config_.accept_status.end(),
                                  status) != config_.accept_status.end();
  const bool success = response.error == TransportError::kNone &&
                       (accepted || (status >= 200 && status < 300));
  // A HEAD is believed for a redirect or a non-HTML page that is there; anything else it says
  // (a 404 from a CMS that mishandles HEAD, a timeout...) is asked again with GET.
  if (job.head && !(response.error == TransportError::kNone && is_redirect(status)) &&
      !(success && !is_html(response))) {
    job.head = false;
    return enqueue(id, 0);
  }
  switch (response.error) {
    case TransportError::kNone: break;
    case TransportError::kTimeout:
      return retry_or_finish(id, LinkClass::kFailedTransient, 0, "timed out", -1);
    case TransportError::kReset:
      return retry_or_finish(id, LinkClass::kFailedTransient, 0,
                             "transfer failed: " + response.error_message, -1);
    case TransportError::kResolve: return finish(id, LinkClass::kBroken, 0, "name not resolved");
    case TransportError::kConnect: return finish(id, LinkClass::kBroken, 0, "connection refused");
    case TransportError::kTls:
      return finish(id, LinkClass::kBroken, 0, "TLS failure: " + response.error_message);
    case TransportError::kProtocol:
      return finish(id, LinkClass::kBroken, 0, response.error_message);
  }
  const std::string code = std::to_string(status);
  if (success) return on_success(id, response);
  if (is_redirect(status)) return on_redirect(id, response);
  if (status == 403 && header(response, "cf-mitigated") == "challenge") {
    return finish(id, LinkClass::kBlocked, status, "403 bot challenge (cf-mitigated)");
  }
  if (status == 401 || status == 403 || status == 999) {
    return finish(id, LinkClass::kBlocked, status, code);
  }
  if (status == 429) return retry_or_finish(id, LinkClass::kBlocked, status, code,
                                            retry_after(response));
  if (status >= 500) return retry_or_finish(id, LinkClass::kFailedTransient, status, code,
                                            retry_after(response));
  finish(id, LinkClass::kBroken, status, code);
}

void Checker::on_redirect(size_t id, const HttpResponse& response) {
  Job& job = jobs_[id];
  const std::string location = header(response, "location");
  if (location.empty()) {
    return finish(id, LinkClass::kBroken, response.status, "redirect without Location");
  }
  const std::string target = resolve_location(job.url, location);
  if (job.result != kProbe) results_[job.result].redirects.push_back(Hop{job.url, response.status});
  if (++job.hops > config_.max_redirects) {
    return finish(id, LinkClass::kBroken, response.status,
                  "more than " + std::to_string(config_.max_redirects) + " redirects (a loop?)");
  }
  std::optional<Url> next = parse_url(target);
  if (!next || (next->scheme != "http" && next->scheme != "https")) {
    const std::string scheme = next ? next->scheme : target.substr(0, target.find(':'));
    return finish(id, LinkClass::kBroken, response.status,
                  "redirect to " + scheme + ": refused (" + target + ")");
  }
  if (response.status == 301 || response.status == 308) job.permanent = true;
  job.url = target;
  job.attempts = 0;
  if (job.result != kProbe) results_[job.result].final_url = target;
  enqueue(id, 0);
}

void Checker::on_success(size_t id, const HttpResponse& response) {
  Job& job = jobs_[id];
  const bool html = is_html(response);
  PageSeen page{response.status, html ? html_title(response.body) : "", response.body.size()};
  if (job.result == kProbe) return probe_done(job.probe_for, std::move(page));
  const LinkResult& r = results_[job.result];
  PageVerdict verdict = judge_page(config_, r.url, job.url, !r.redirects.empty(), page.title,
                                   html ? html_main_heading(response.body) : "");
  if (job.head && verdict.kind != PageKind::kPlain) {  // bad news from a HEAD: ask with GET
    job.head = false;
    return enqueue(id, 0);
  }
  switch (verdict.kind) {
    case PageKind::kPlain: return finish_ok(id, response.status, "");
    case PageKind::kLoginWall:
      return finish(id, LinkClass::kBlocked, response.status, std::move(verdict.signal));
    case PageKind::kNotFound:
      return finish(id, LinkClass::kSoft404, response.status, std::move(verdict.signal));
    case PageKind::kSuspect: return suspect(id, std::move(verdict), std::move(page));
  }
}

void Checker::suspect(size_t id, PageVerdict verdict, PageSeen page) {
  Job& job = jobs_[id];
  job.suspicion = std::move(verdict.signal);
  job.home_suspect = verdict.home;
  job.page = std::move(page);
  const std::string origin = parse_url(results_[job.result].url)->origin;
  Probe& probe = probes_[origin];
  if (probe.state == ProbeState::kDone) return settle(id, probe.page);
  probe.suspects.push_back(id);
  if (probe.state == ProbeState::kRunning) return;
  probe.state = ProbeState::kRunning;
  char token[17];
  std::snprintf(token, sizeof token, "%016llx",
                static_cast<unsigned long long>(std::uniform_int_distribution<uint64_t>()(rng_)));
  Job probe_job;
  probe_job.url = origin + "/coi-links-probe-" + token;
  probe_job.probe_for = origin;
  ++stats_.probes;
  jobs_.push_back(std::move(probe_job));
  enqueue(jobs_.size() - 1, 0);
}

void Checker::settle(size_t id, const PageSeen& probe) {
  const Job& job = jobs_[id];
  if (same_page(job.page, probe, config_.probe_size_tolerance)) {
    return finish(id, LinkClass::kSoft404, job.page.status,
                  job.suspicion + "; a random path on the host gets the same page");
  }
  // A page moved elsewhere on the site is ordinary; one sent to the home page deserves a look.
  finish_ok(id, job.page.status,
            job.home_suspect
                ? job.suspicion + ", but a random path on the host gets " + probe_answer(probe)
                : "");
}

void Checker::probe_done(const std::string& origin, PageSeen page) {
  Probe& probe = probes_[origin];
  probe.state = ProbeState::kDone;
  probe.page = std::move(page);
  std::vector<size_t> suspects;
  suspects.swap(probe.suspects);
  for (size_t id : suspects) settle(id, probe.page);
}

void Checker::retry_or_finish(size_t id, LinkClass give_up, int status,
                              const std::string& reason, double wait_hint) {
  Job& job = jobs_[id];
  const std::string tries = std::to_string(job.attempts + 1);
  if (job.attempts >= config_.max_retries) {
    return finish(id, give_up, status, reason + " (" + tries + " attempts)");
  }
  double wait = backoff(job.attempts + 1);
  if (wait_hint >= 0) wait = std::min(wait_hint, config_.retry_after_cap_s);
  if (client_.now() + wait >= job.started + config_.url_budget_s) {
    return finish(id, give_up, status,
                  reason + " (" + tries + " attempts; the URL's " +
                      seconds_text(config_.url_budget_s) + " s budget is spent)");
  }
  ++job.attempts;
  if (job.result != kProbe) ++results_[job.result].retries;
  enqueue(id, client_.now() + wait);
}

void Checker::finish_ok(size_t id, int status, std::string note) {
  const Job& job = jobs_[id];
  if (job.permanent) {
    return finish(id, LinkClass::kMoved, status,
                  "permanently redirected to " + job.url + (note.empty() ? "" : "; " + note));
  }
  finish(id, LinkClass::kOk, status, std::move(note));
}

void Checker::finish(size_t id, LinkClass c, int status, std::string reason) {
  const Job& job = jobs_[id];
  if (job.result == kProbe) return probe_done(job.probe_for, PageSeen{status, "", 0});
  LinkResult& r = results_[job.result];
  r.link_class = c;
  r.status = status;
  r.reason = std::move(reason);
  decided_urls_[job.result] = true;
  --open_;
  ++decided_;
  if (progress_) progress_(decided_, results_.size());
}

}  // namespace

const char* link_class_name(LinkClass c) {
  for (const auto& [value, name] : kClassNames) {
    if (value == c) return name;
  }
  return "?";
}

std::optional<LinkClass> parse_link_class(std::string_view name) {
  for (const auto& [value, text] : kClassNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

std::vector<LinkResult> check_urls(const std::vector<std::string>& urls,
                                   const LinksConfig& config, HttpClient& client,
                                   const LinkProgress& progress, CheckStats* stats) {
  CheckStats local;
  Checker checker(config, client, progress);
  std::vector<LinkResult> results = checker.run(urls, local);
  if (stats) *stats = local;
  return results;
}

}  // namespace coi
