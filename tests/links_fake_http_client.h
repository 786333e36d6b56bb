// An in-memory HttpClient with a virtual clock, for the checker's unit tests: each URL has a
// handler giving the response and its latency; wait() jumps the clock to the next completion,
// so backoffs of seconds cost nothing. A timeout answer arrives when the request's own timeout
// runs out, as a host that never answers would. It records every request and the peak
// concurrency.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "links/http_client.h"
#include "pipeline/url.h"

namespace coi::testing {

class FakeHttpClient : public HttpClient {
 public:
  /// Answers one request; `call` counts the requests to this URL so far (0 first).
  using Handler = std::function<HttpResponse(const HttpRequest& request, int call)>;

  struct Sent {
    double at;
    HttpRequest request;
  };

  /// Routes `url` to `handler`, each answer taking `latency` virtual seconds.
  void on(const std::string& url, Handler handler, double latency = 0.05) {
    routes_[url] = Route{std::move(handler), latency, 0};
  }
  /// Answers every URL without a route (404 when this is not set).
  void on_other(Handler handler) { other_ = std::move(handler); }
  /// Routes `url` to a fixed status (and headers).
  void on_status(const std::string& url, int status,
                 std::map<std::string, std::string> headers = {}, double latency = 0.05) {
    on(url, [status, headers](const HttpRequest&, int) {
      HttpResponse r;
      r.status = status;
      r.headers = headers;
      return r;
    }, latency);
  }

  void start(const HttpRequest& request, std::function<void(HttpResponse)> done) override {
    sent.push_back(Sent{now_, request});
    HttpResponse response;
    double latency = 0.05;
    auto route = routes_.find(request.url);
    if (route == routes_.end()) {
      response.status = 404;
      if (other_) response = other_(request, 0);
    } else {
      response = route->second.handler(request, route->second.calls++);
      latency = route->second.latency;
    }
    if (response.error == TransportError::kTimeout) latency = request.timeout_s;
    if (request.head) response.body.clear();
    if (response.body.size() > request.body_limit) response.body.resize(request.body_limit);
    pending_.push_back(Pending{now_ + latency, seq_++, std::move(response), std::move(done)});
    const std::string host = host_of(request.url);
    peak_in_flight = std::max(peak_in_flight, static_cast<int>(pending_.size()));
    peak_per_host[host] = std::max(peak_per_host[host], ++in_flight_per_host_[host]);
    hosts_of_pending_.push_back(host);
  }

  void wait(double max_seconds) override {
    if (pending_.empty()) {
      now_ += max_seconds;
      return;
    }
    auto next = std::min_element(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
      return a.at < b.at || (a.at == b.at && a.seq < b.seq);
    });
    if (next->at > now_ + max_seconds) {
      now_ += max_seconds;
      return;
    }
    now_ = std::max(now_, next->at);
    const size_t index = static_cast<size_t>(next - pending_.begin());
    Pending done = std::move(pending_[index]);
    --in_flight_per_host_[hosts_of_pending_[index]];
    pending_.erase(pending_.begin() + static_cast<long>(index));
    hosts_of_pending_.erase(hosts_of_pending_.begin() + static_cast<long>(index));
    done.done(std::move(done.response));
  }

  double now() const override { return now_; }
  int in_flight() const override { return static_cast<int>(pending_.size()); }
  void cancel_all() override {
    pending_.clear();
    hosts_of_pending_.clear();
    in_flight_per_host_.clear();
  }

  /// Requests sent to `url`, in order.
  std::vector<Sent> sent_to(const std::string& url) const {
    std::vector<Sent> out;
    for (const Sent& s : sent) {
      if (s.request.url == url) out.push_back(s);
    }
    return out;
  }

  std::vector<Sent> sent;
  int peak_in_flight = 0;
  std::map<std::string, int> peak_per_host;

 private:
  struct Route {
    Handler handler;
    double latency;
    int calls;
  };
  struct Pending {
    double at;
    long seq;
    HttpResponse response;
    std::function<void(HttpResponse)> done;
  };
  static std::string host_of(const std::string& url) {
    std::optional<Url> parsed = parse_url(url);
    return parsed ? parsed->host_key() : url;
  }

  std::map<std::string, Route> routes_;
  Handler other_;
  std::vector<Pending> pending_;
  std::vector<std::string> hosts_of_pending_;
  std::map<std::string, int> in_flight_per_host_;
  double now_ = 0;
  long seq_ = 0;
};

/// A response with `status`, optional headers and body.
inline HttpResponse response(int status, std::map<std::string, std::string> headers = {},
                             std::string body = {}) {
  HttpResponse r;
  r.status = status;
  r.headers = std::move(headers);
  r.body = std::move(body);
  return r;
}

/// An HTML page titled `title` (and its heading, when given).
inline HttpResponse html_page(const std::string& title, const std::string& heading = {}) {
  return response(200, {{"content-type", "text/html; charset=utf-8"}},
                  "<html><head><title>" + title + "</title></head><body><h1>" + heading +
                      "</h1><p>text</p></body></html>");
}

/// A transport failure.
inline HttpResponse failure(TransportError error) {
  HttpResponse r;
  r.error = error;
  r.error_message = "simulated";
  return r;
}

}  // namespace coi::testing
