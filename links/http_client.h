// The one seam between the link checker and the network (leveldb's Env idea): the checker
// starts requests and waits; an implementation runs them asynchronously and calls back.
// CurlHttpClient (links/curl_http_client.h) is the real one over libcurl's multi interface;
// tests use an in-memory fake with a virtual clock (tests/links_fake_http_client.h).
//
// Contract: start() never blocks and never calls `done` itself; callbacks run only inside
// wait(). The client follows no redirects, writes nothing to disk and keeps at most
// `body_limit` bytes of a body, counted after inflating it (it aborts the transfer past the
// limit). Cookies a server sets go back to it on later requests of the same client (one jar
// per run, in memory).
#pragma once

#include <functional>
#include <map>
#include <string>

namespace coi {

/// One request: GET (or HEAD) of an absolute http(s) URL without fragment.
struct HttpRequest {
  std::string url;
  bool head = false;               ///< true: HEAD (no body); false: GET
  std::string user_agent;
  double connect_timeout_s = 10;
  double timeout_s = 30;           ///< whole request
  size_t body_limit = 65536;       ///< bytes of the body kept; the transfer stops past it
};

/// Why no HTTP answer came back.
enum class TransportError {
  kNone,        ///< an HTTP status arrived
  kResolve,     ///< the host name does not resolve
  kConnect,     ///< connection refused or unreachable
  kTimeout,     ///< connect or total timeout
  kTls,         ///< TLS handshake or certificate failure
  kReset,       ///< connection reset, empty reply, truncated transfer: any transfer that
                ///< failed after it started (a status line read first included)
  kProtocol,    ///< unsupported scheme, malformed URL or reply
};

/// What came back.
struct HttpResponse {
  TransportError error = TransportError::kNone;
  std::string error_message;              ///< the transport's own words, when error != kNone
  int status = 0;                         ///< HTTP status when error == kNone
  std::map<std::string, std::string> headers;  ///< names lower case; last value wins
  std::string body;                       ///< at most body_limit bytes (GET only)
  double seconds = 0;                     ///< duration of the request
};

/// Asynchronous HTTP client.
class HttpClient {
 public:
  virtual ~HttpClient() = default;
  /// Starts `request`; `done` is called from a later wait() with the outcome.
  virtual void start(const HttpRequest& request, std::function<void(HttpResponse)> done) = 0;
  /// Drives the requests in flight for at most `max_seconds` (returning early after a
  /// completion); runs the callbacks of the requests that completed.
  virtual void wait(double max_seconds) = 0;
  /// Seconds on the client's clock (monotonic; virtual for fakes).
  virtual double now() const = 0;
  /// Requests started and not yet called back.
  virtual int in_flight() const = 0;
  /// Drops every request in flight; their callbacks are never called.
  virtual void cancel_all() = 0;
};

}  // namespace coi
