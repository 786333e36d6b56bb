#include "links/curl_http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <mutex>
#include <vector>

namespace coi {

namespace {

// curl_global_init is not thread-safe; do it once per process.
void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  CURL* easy = nullptr;
  HttpResponse response;
  size_t body_limit = 0;
  bool body_capped = false;  ///< we aborted the transfer on purpose at the body limit
  std::function<void(HttpResponse)> done;
  char error_buffer[CURL_ERROR_SIZE] = {};
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  const size_t room = t->body_limit - std::min(t->body_limit, t->response.body.size());
  t->response.body.append(data, std::min(room, bytes));
  if (bytes > room) {
    t->body_capped = true;
    return 0;  // aborts the transfer: nothing past the limit is downloaded
  }
  return bytes;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  // A new status line (after 100 Continue, say) starts a new set of headers.
  if (line.rfind("HTTP/", 0) == 0) t->response.headers.clear();
  const size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name(line.substr(0, colon));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string_view value = line.substr(colon + 1);
    const size_t first = value.find_first_not_of(" \t");
    const size_t last = value.find_last_not_of(" \t\r\n");
    t->response.headers[name] =
        first == std::string_view::npos ? "" : std::string(value.substr(first, last - first + 1));
  }
  return size * count;
}

// `status` is the HTTP status read before the failure, 0 when none came.
TransportError classify(CURLcode code, long status) {
  if (code == CURLE_OPERATION_TIMEDOUT) return TransportError::kTimeout;
  // A status line followed by a failure is a failed transfer, whatever broke: never an answer.
  if (status > 0) return TransportError::kReset;
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return TransportError::kResolve;
    case CURLE_COULDNT_CONNECT: return TransportError::kConnect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR: return TransportError::kTls;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM: return TransportError::kReset;
    default: return TransportError::kProtocol;
  }
}

}  // namespace

struct CurlHttpClient::Impl {
  CURLM* multi = nullptr;
  // One cookie jar for the run, in memory, shared by every transfer (each hop of a redirect is
  // its own transfer): a site that sets a cookie on a redirect gets it back on the next hop.
  // Everything runs on one thread, so the share needs no lock callbacks.
  CURLSH* share = nullptr;
  std::vector<Transfer*> active;
  std::chrono::steady_clock::time_point epoch = std::chrono::steady_clock::now();

  void finish(CURL* easy, CURLcode code) {
    auto it = std::find_if(active.begin(), active.end(),
                           [easy](const Transfer* t) { return t->easy == easy; });
    if (it == active.end()) return;
    Transfer* t = *it;
    active.erase(it);
    curl_multi_remove_handle(multi, easy);
    HttpResponse& r = t->response;
    double total = 0;
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME, &total);
    r.seconds = total;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && t->body_capped)) {
      r.status = static_cast<int>(status);
    } else {
      r.error = classify(code, status);
      r.error_message = t->error_buffer[0] ? t->error_buffer : curl_easy_strerror(code);
      r.headers.clear();
      r.body.clear();
    }
    curl_easy_cleanup(easy);
    std::function<void(HttpResponse)> done = std::move(t->done);
    HttpResponse response = std::move(r);
    delete t;
    done(std::move(response));
  }
};

CurlHttpClient::CurlHttpClient() : impl_(std::make_unique<Impl>()) {
  init_curl_once();
  impl_->multi = curl_multi_init();
  impl_->share = curl_share_init();
  curl_share_setopt(impl_->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE);
}

CurlHttpClient::~CurlHttpClient() {
  cancel_all();
  curl_multi_cleanup(impl_->multi);
  curl_share_cleanup(impl_->share);
}

void CurlHttpClient::cancel_all() {
  for (Transfer* t : impl_->active) {
    curl_multi_remove_handle(impl_->multi, t->easy);
    curl_easy_cleanup(t->easy);
    delete t;
  }
  impl_->active.clear();
}

void CurlHttpClient::start(const HttpRequest& request, std::function<void(HttpResponse)> done) {
  auto* t = new Transfer;
  t->done = std::move(done);
  t->body_limit = request.body_limit;
  CURL* easy = curl_easy_init();
  t->easy = easy;
  curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);  // the checker follows, hop by hop
  curl_easy_setopt(easy, CURLOPT_NOBODY, request.head ? 1L : 0L);
  curl_easy_setopt(easy, CURLOPT_USERAGENT, request.user_agent.c_str());
  // 0 would mean "no timeout" to libcurl: a budget nearly spent must not become unlimited.
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                   std::max(1L, static_cast<long>(request.connect_timeout_s * 1000)));
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS,
                   std::max(1L, static_cast<long>(request.timeout_s * 1000)));
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  // Compressed bodies are inflated as they arrive, so on_body counts inflated bytes and stops a
  // gzip bomb at body_limit like any other long body.
  curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(easy, CURLOPT_COOKIEFILE, "");  // "": the cookie engine on, no file read
  curl_easy_setopt(easy, CURLOPT_SHARE, impl_->share);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, t);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t->error_buffer);
  curl_easy_setopt(easy, CURLOPT_PRIVATE, t);
  impl_->active.push_back(t);
  curl_multi_add_handle(impl_->multi, easy);
}

void CurlHttpClient::wait(double max_seconds) {
  int running = 0;
  curl_multi_perform(impl_->multi, &running);
  bool finished = false;
  auto drain = [&] {
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(impl_->multi, &queued)) {
      if (msg->msg != CURLMSG_DONE) continue;
      impl_->finish(msg->easy_handle, msg->data.result);
      finished = true;
    }
  };
  drain();
  if (finished) return;
  const int timeout_ms = static_cast<int>(std::max(0.0, max_seconds) * 1000);
  curl_multi_poll(impl_->multi, nullptr, 0, timeout_ms, nullptr);
  curl_multi_perform(impl_->multi, &running);
  drain();
}

double CurlHttpClient::now() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - impl_->epoch).count();
}

int CurlHttpClient::in_flight() const { return static_cast<int>(impl_->active.size()); }

}  // namespace coi
