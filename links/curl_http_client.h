// The real HttpClient: libcurl's multi interface, every transfer on one thread (no thread per
// request). Only this file and its .cc include libcurl.
#pragma once

#include <memory>

#include "links/http_client.h"

namespace coi {

/// HttpClient over curl_multi. Connections are reused between requests to the same host; one
/// in-memory cookie jar is kept for the client's lifetime (a run), as a browser keeps one.
class CurlHttpClient : public HttpClient {
 public:
  CurlHttpClient();
  ~CurlHttpClient() override;
  CurlHttpClient(const CurlHttpClient&) = delete;
  CurlHttpClient& operator=(const CurlHttpClient&) = delete;

  void start(const HttpRequest& request, std::function<void(HttpResponse)> done) override;
  void wait(double max_seconds) override;
  double now() const override;
  int in_flight() const override;
  void cancel_all() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace coi
