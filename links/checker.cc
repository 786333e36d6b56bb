// Checking URLs: a scheduler and a small state machine per URL, both on one thread.
//
// Step 1: triage. A URL that is not http(s), or matches an `exclude` pattern, is skipped
//         without a request.
// Step 2: scheduling. Each URL is a job queued on its host (host:port). The loop starts jobs
//         while fewer than max_concurrent requests are in flight overall, fewer than
//         max_per_host to the job's host, and at least host_delay_s has passed since the last
//         start on that host; hosts are served round-robin so one big host cannot starve the
//         others. Jobs waiting for a retry sit in a timer heap until their time comes.
// Step 3: one request, then a transition on its outcome:
//   - 301/302/303/307/308: record the hop and queue the target (we follow redirects ourselves
//     so each hop passes the per-host limits and a redirect to file:, ftp: ... is refused);
//     more than max_redirects hops is a loop -> broken.
//   - HEAD answered 405/403/501, or HEAD timed out -> the same URL again with GET (a fallback,
//     not a retry). 403 carrying `cf-mitigated: challenge` is a bot challenge -> blocked.
//   - timeout, reset, 5xx, 429 -> retry after an exponential backoff with jitter, or after
//     Retry-After, in seconds or as an HTTP date (capped at retry_after_cap_s); out of retries
//     -> failed-transient (429: blocked).
//   - 401, 403 after GET, 999 -> blocked; 404, 410 and other 4xx, unresolvable names,
//     refused connections, TLS failures -> broken, without retries (they are answers).
//   - 2xx (or an accepted status): a HEAD on an HTML page is followed by a GET of its first
//     body_limit_bytes to read the <title>; then step 4.
// Step 4: soft-404. Two signals make a 200 suspect: a deep link that was redirected to the
//         site's home page ("/a/b/report" -> "/"), or a <title> matching not_found_titles.
//         A suspect is confirmed only when the same host also answers 200 for a random path
//         that cannot exist (one probe per host, shared by all its suspects): a site that
//         answers real 404s for missing pages did not soft-404 this one. Unconfirmed suspects
//         count as ok (or moved), with the signal kept in `reason`.
// Step 5: a 200 reached through a permanent redirect (301/308) is "moved", the target kept.
//
// Example: https://a.org/x --HEAD 301--> https://a.org/ --HEAD 200 (text/html)--> GET title
// "A.org home" -> deep link redirected home -> probe https://a.org/coi-links-probe-1f2e... ->
// 200 -> soft-404 ("redirected to the home page https://a.org/").
#include "links/checker.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <queue>
#include <random>

#include "links/http_date.h"
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
};

struct Job {
  size_t result = kProbe;  ///< index into the results, kProbe for a soft-404 probe
  std::string url;         ///< the URL the next request goes to
  std::string host;        ///< its host key
  bool head = true;
  bool title_pass = false; ///< the GET after a HEAD 200, for the <title>
  bool permanent = false;  ///< a 301/308 was on the way
  int attempts = 0;        ///< retries spent on the current request
  std::string suspicion;   ///< the soft-404 signal, while waiting for the probe
  std::string probe_for;   ///< probe: the host key whose suspects wait for it
};

enum class ProbeState { kNone, kRunning, kDone };

struct Host {
  std::deque<size_t> ready;   ///< jobs waiting for a slot
  int in_flight = 0;
  double next_start = 0;      ///< earliest start of the next request (host_delay_s)
  ProbeState probe = ProbeState::kNone;
  bool answers_missing_with_200 = false;
  std::vector<size_t> suspects;  ///< jobs waiting for the probe
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

class Checker {
 public:
  Checker(const LinksConfig& config, HttpClient& client, const LinkProgress& progress)
      : config_(config), client_(client), progress_(progress), rng_(std::random_device{}()) {}

  std::vector<LinkResult> run(const std::vector<std::string>& urls, CheckStats& stats);

 private:
  void enqueue(size_t id, double at);
  void start_ready();
  void send(size_t id);
  double next_wake() const;
  void handle(size_t id, HttpResponse response);
  void on_redirect(size_t id, const HttpResponse& response);
  void on_success(size_t id, const HttpResponse& response);
  void retry_or_finish(size_t id, LinkClass give_up, int status, const std::string& reason,
                       double wait_hint);
  void suspect(size_t id, std::string signal);
  void probe_done(const std::string& host, bool answered_200);
  void finish(size_t id, LinkClass c, int status, std::string reason);
  void finish_ok(size_t id, int status, std::string note);
  double backoff(int attempt);

  const LinksConfig& config_;
  HttpClient& client_;
  const LinkProgress& progress_;
  std::mt19937 rng_;
  std::vector<LinkResult> results_;
  std::vector<Job> jobs_;
  std::map<std::string, Host> hosts_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers_;
  std::vector<std::pair<size_t, HttpResponse>> completed_;
  size_t open_ = 0;     ///< URL jobs not finished
  size_t decided_ = 0;
  int in_flight_ = 0;
  size_t round_robin_ = 0;
  CheckStats stats_;
};

std::vector<LinkResult> Checker::run(const std::vector<std::string>& urls, CheckStats& stats) {
  results_.resize(urls.size());
  for (size_t i = 0; i < urls.size(); ++i) {
    LinkResult& r = results_[i];
    r.url = strip_fragment(urls[i]);
    r.final_url = r.url;
    std::optional<Url> parsed = parse_url(r.url);
    if (!parsed || (parsed->scheme != "http" && parsed->scheme != "https")) {
      r.link_class = LinkClass::kSkipped;
      r.reason = parsed ? "scheme " + parsed->scheme + " is not checked" : "not an absolute URL";
      continue;
    }
    auto excluded = std::find_if(config_.exclude.begin(), config_.exclude.end(),
                                 [&](const Pattern& p) { return p.partial_match(r.url); });
    if (excluded != config_.exclude.end()) {
      r.link_class = LinkClass::kSkipped;
      r.reason = "excluded by " + excluded->source();
      continue;
    }
    Job job;
    job.result = i;
    job.url = r.url;
    jobs_.push_back(std::move(job));
    ++open_;
  }
  decided_ = urls.size() - open_;
  for (size_t id = 0; id < jobs_.size(); ++id) enqueue(id, 0);
  while (open_ > 0) {
    start_ready();
    const double wake = next_wake();
    if (in_flight_ == 0 && wake == std::numeric_limits<double>::infinity()) break;  // cannot happen
    client_.wait(std::clamp(wake - client_.now(), 0.0, 0.5));
    std::vector<std::pair<size_t, HttpResponse>> done;
    done.swap(completed_);
    for (auto& [id, response] : done) handle(id, std::move(response));
  }
  stats = stats_;
  return std::move(results_);
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
  const Job& job = jobs_[id];
  if (job.result != kProbe) {
    ++results_[job.result].requests;
    if (!job.head) results_[job.result].used_get = true;
  }
  HttpRequest request{job.url,
                      job.head,
                      config_.user_agent,
                      config_.connect_timeout_s,
                      config_.timeout_s,
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
  switch (response.error) {
    case TransportError::kNone: break;
    case TransportError::kTimeout:
      if (job.head) {  // servers that mishandle HEAD often just never answer it
        job.head = false;
        enqueue(id, 0);
        return;
      }
      return retry_or_finish(id, LinkClass::kFailedTransient, 0, "timed out", -1);
    case TransportError::kReset:
      return retry_or_finish(id, LinkClass::kFailedTransient, 0,
                             "connection reset: " + response.error_message, -1);
    case TransportError::kResolve: return finish(id, LinkClass::kBroken, 0, "name not resolved");
    case TransportError::kConnect: return finish(id, LinkClass::kBroken, 0, "connection refused");
    case TransportError::kTls:
      return finish(id, LinkClass::kBroken, 0, "TLS failure: " + response.error_message);
    case TransportError::kProtocol:
      return finish(id, LinkClass::kBroken, 0, response.error_message);
  }
  const int status = response.status;
  const std::string code = std::to_string(status);
  const bool accepted = std::find(config_.accept_status.begin(), config_.accept_status.end(),
                                  status) != config_.accept_status.end();
  if (accepted || (status >= 200 && status < 300)) return on_success(id, response);
  if (is_redirect(status)) return on_redirect(id, response);
  if (status == 403 && header(response, "cf-mitigated") == "challenge") {
    return finish(id, LinkClass::kBlocked, status, "403 bot challenge (cf-mitigated)");
  }
  if (job.head && (status == 405 || status == 403 || status == 501)) {
    job.head = false;
    return enqueue(id, 0);
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
  const size_t hops = job.result == kProbe ? 0 : results_[job.result].redirects.size();
  if (static_cast<int>(hops) > config_.max_redirects) {
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
  if (job.result == kProbe) return probe_done(job.probe_for, true);
  if (job.head && config_.read_titles && is_html(response)) {
    job.head = false;
    job.title_pass = true;
    return enqueue(id, 0);
  }
  const LinkResult& r = results_[job.result];
  std::optional<Url> first = parse_url(r.url);
  std::optional<Url> last = parse_url(job.url);
  if (!r.redirects.empty() && first && last && !is_home_path(first->path) &&
      is_home_path(last->path)) {
    return suspect(id, "deep link redirected to the home page " + job.url);
  }
  const std::string title = html_title(response.body);
  for (const Pattern& p : config_.not_found_titles) {
    if (!title.empty() && p.partial_match(title)) return suspect(id, "title says \"" + title + "\"");
  }
  finish_ok(id, response.status, "");
}

void Checker::suspect(size_t id, std::string signal) {
  Job& job = jobs_[id];
  job.suspicion = std::move(signal);
  Host& host = hosts_[job.host];
  if (host.probe == ProbeState::kDone) {
    if (host.answers_missing_with_200) {
      return finish(id, LinkClass::kSoft404, 200,
                    job.suspicion + "; the host answers 200 for a missing page too");
    }
    return finish_ok(id, 200, job.suspicion + ", but the host answers 404 for missing pages");
  }
  host.suspects.push_back(id);
  if (host.probe == ProbeState::kRunning) return;
  host.probe = ProbeState::kRunning;
  std::optional<Url> url = parse_url(job.url);
  char token[17];
  std::snprintf(token, sizeof token, "%016llx",
                static_cast<unsigned long long>(std::uniform_int_distribution<uint64_t>()(rng_)));
  Job probe;
  probe.url = url->origin + "/coi-links-probe-" + token;
  probe.probe_for = job.host;
  ++stats_.probes;
  jobs_.push_back(std::move(probe));
  enqueue(jobs_.size() - 1, 0);
}

void Checker::probe_done(const std::string& key, bool answered_200) {
  Host& host = hosts_[key];
  host.probe = ProbeState::kDone;
  host.answers_missing_with_200 = answered_200;
  std::vector<size_t> suspects;
  suspects.swap(host.suspects);
  for (size_t id : suspects) suspect(id, jobs_[id].suspicion);
}

void Checker::retry_or_finish(size_t id, LinkClass give_up, int status,
                              const std::string& reason, double wait_hint) {
  Job& job = jobs_[id];
  if (job.attempts >= config_.max_retries) {
    const std::string tries = std::to_string(job.attempts + 1);
    return finish(id, give_up, status, reason + " (" + tries + " attempts)");
  }
  ++job.attempts;
  if (job.result != kProbe) ++results_[job.result].retries;
  double wait = backoff(job.attempts);
  if (wait_hint >= 0) wait = std::min(wait_hint, config_.retry_after_cap_s);
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
  if (job.result == kProbe) return probe_done(job.probe_for, false);
  LinkResult& r = results_[job.result];
  r.link_class = c;
  r.status = status;
  r.reason = std::move(reason);
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

std::string html_title(std::string_view html) {
  std::string lowered(html);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const size_t open = lowered.find("<title");
  if (open == std::string::npos) return {};
  const size_t start = lowered.find('>', open);
  if (start == std::string::npos) return {};
  const size_t end = lowered.find("</title", start);
  std::string_view raw = html.substr(start + 1, (end == std::string::npos ? html.size() : end) -
                                                    start - 1);
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''},
      {"&apos;", '\''}, {"&nbsp;", ' '}};
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '&') {
      for (const auto& [entity, replacement] : kEntities) {
        if (raw.substr(i, entity.size()) == entity) {
          c = replacement;
          i += entity.size() - 1;
          break;
        }
      }
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace coi
