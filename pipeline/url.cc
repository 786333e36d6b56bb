#include "pipeline/url.h"

#include <curl/curl.h>
#include <unicode/bytestream.h>
#include <unicode/idna.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace coi {

const std::vector<std::string> kDefaultIgnoredUrlParameters = {
    "utm_*", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga", "_gl", "msclkid"};

namespace {

// Any scheme (a note may cite "ftp://" or stranger), and spaces and non-ASCII bytes written raw
// in a PDF's link percent-encoded rather than refused.
constexpr unsigned kParseFlags = CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE;

// One parsed URL: a CURLU handle.
class CurlUrl {
 public:
  CurlUrl() : handle_(curl_url()) {}
  ~CurlUrl() { curl_url_cleanup(handle_); }
  CurlUrl(const CurlUrl&) = delete;
  CurlUrl& operator=(const CurlUrl&) = delete;

  // Parses `url`, absolute or (once a URL is set) relative to the URL held; false on failure.
  bool set(std::string_view url) {
    return curl_url_set(handle_, CURLUPART_URL, std::string(url).c_str(), kParseFlags) == CURLUE_OK;
  }
  // Removes `part`.
  void clear(CURLUPart part) { curl_url_set(handle_, part, nullptr, 0); }
  // `part` as libcurl writes it; nullopt when the URL has none.
  std::optional<std::string> get(CURLUPart part, unsigned flags = 0) const {
    char* text = nullptr;
    if (curl_url_get(handle_, part, &text, flags) != CURLUE_OK) return std::nullopt;
    std::string out(text);
    curl_free(text);
    return out;
  }

 private:
  CURLU* handle_;
};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The host in lower case, an internationalised name as punycode (UTS #46, nontransitional as
// browsers and libidn2 read it). A host IDNA refuses (an IPv6 literal, a label with "--" at
// positions 3-4 such as "r3--sn.example.com") stays as libcurl gave it, lower-cased.
std::string normalize_host(const std::string& host) {
  static const std::unique_ptr<const icu::IDNA> idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<const icu::IDNA> made(
        icu::IDNA::createUTS46Instance(UIDNA_NONTRANSITIONAL_TO_ASCII, status));
    return U_SUCCESS(status) ? std::move(made) : nullptr;
  }();
  if (idna) {
    std::string ascii;
    icu::StringByteSink<std::string> sink(&ascii);
    icu::IDNAInfo info;
    UErrorCode status = U_ZERO_ERROR;
    idna->nameToASCII_UTF8(host, sink, info, status);
    if (U_SUCCESS(status) && !info.hasErrors()) return ascii;
  }
  return lower(host);
}

// RFC 3986 section 6.2.2: each run of "%XX" triplets is decoded and encoded again by libcurl,
// which leaves the unreserved characters (letters, digits, "-._~") plain and writes every other
// byte as an upper-case triplet: "%7e" -> "~", "%2f" -> "%2F", "%c3%bc" -> "%C3%BC".
std::string normalize_percent_encoding(std::string_view text) {
  const auto triplet_at = [&](size_t i) {
    return i + 2 < text.size() && text[i] == '%' &&
           std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
           std::isxdigit(static_cast<unsigned char>(text[i + 2]));
  };
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t end = i;
    while (triplet_at(end)) end += 3;
    if (end == i) {
      out += text[i++];
      continue;
    }
    // libcurl ignores the handle of these two calls (since 7.82).
    int decoded_length = 0;
    char* decoded = curl_easy_unescape(nullptr, text.data() + i, static_cast<int>(end - i),
                                       &decoded_length);
    char* encoded = decoded ? curl_easy_escape(nullptr, decoded, decoded_length) : nullptr;
    out += encoded ? std::string_view(encoded) : text.substr(i, end - i);
    curl_free(encoded);
    curl_free(decoded);
    i = end;
  }
  return out;
}

bool ignored(std::string_view name, const std::vector<std::string>& ignored_parameters) {
  const std::string key = lower(name);
  return std::any_of(ignored_parameters.begin(), ignored_parameters.end(),
                     [&](const std::string& p) {
                       if (!p.empty() && p.back() == '*') {
                         return key.compare(0, p.size() - 1, lower(p.substr(0, p.size() - 1))) == 0;
                       }
                       return key == lower(p);
                     });
}

// Step 4: the query without ignored or empty parameters ("" when none remain).
std::string filter_query(std::string_view query, const std::vector<std::string>& ignored_parameters) {
  std::string kept;
  size_t start = 0;
  while (start <= query.size()) {
    size_t end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    const std::string_view pair = query.substr(start, end - start);
    const std::string_view name = pair.substr(0, pair.find('='));
    if (!pair.empty() && !ignored(name, ignored_parameters)) {
      kept += (kept.empty() ? "" : "&") + std::string(pair);
    }
    start = end + 1;
  }
  return kept;
}

}  // namespace

std::optional<Url> parse_url(std::string_view text) {
  CurlUrl url;
  if (!url.set(text)) return std::nullopt;
  std::optional<std::string> host = url.get(CURLUPART_HOST);
  if (!host || host->empty()) return std::nullopt;  // "file:///x"
  Url out;
  out.scheme = url.get(CURLUPART_SCHEME).value_or("");
  out.host = normalize_host(*host);
  out.port = std::stoi(url.get(CURLUPART_PORT, CURLU_DEFAULT_PORT).value_or("0"));
  out.path = url.get(CURLUPART_PATH).value_or("/");
  out.query = url.get(CURLUPART_QUERY).value_or("");
  const std::optional<std::string> port = url.get(CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  out.origin = out.scheme + "://" + out.host + (port ? ":" + *port : "");
  return out;
}

std::string strip_fragment(std::string_view url) {
  url = trim(url);
  return std::string(url.substr(0, url.find('#')));
}

std::string resolve_location(std::string_view base, std::string_view location) {
  const std::string target = strip_fragment(location);
  CurlUrl url;
  if (!url.set(base)) return {};
  // An empty reference is the base itself (RFC 3986 section 5.2.2); libcurl 7.88 would make
  // it the base's directory.
  if (!target.empty() && !url.set(target)) return target;
  url.clear(CURLUPART_FRAGMENT);
  return url.get(CURLUPART_URL).value_or(target);
}

bool prints_as_web_address(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
}

bool is_home_path(std::string_view path) {
  std::string p = lower(path);
  if (p.empty() || p == "/") return true;
  const bool trailing_slash = p.back() == '/';
  if (trailing_slash) p.pop_back();
  std::string_view last(p);
  last = last.substr(last.rfind('/') + 1);
  if (last.rfind("index.", 0) == 0 || last.rfind("default.", 0) == 0 ||
      last.rfind("home", 0) == 0) {
    p.erase(p.size() - last.size());
    if (!p.empty() && p.back() == '/') p.pop_back();
  }
  if (p.empty()) return true;
  // A single language segment: "/en/", "/fr-fr/", "/en_gb/index.html". A bare "/en" without
  // the slash is too easily a real page ("/ok", "/faq") to count.
  std::string_view segment = std::string_view(p).substr(1);
  if (segment.find('/') != std::string_view::npos) return false;
  if (!trailing_slash && p.size() == lower(path).size()) return false;
  const bool language = (segment.size() == 2 || (segment.size() == 5 && (segment[2] == '-' ||
                                                                         segment[2] == '_')));
  return language && std::isalpha(static_cast<unsigned char>(segment[0]));
}

std::string normalize_url(std::string_view url, const std::vector<std::string>& ignored_parameters) {
  url = trim(url);
  CurlUrl parsed;
  if (!parsed.set(url)) return std::string(url);
  const std::string scheme = parsed.get(CURLUPART_SCHEME).value_or("");  // step 1
  std::string host = normalize_host(parsed.get(CURLUPART_HOST).value_or(""));  // step 2
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  const std::optional<std::string> port = parsed.get(CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  std::string path = normalize_percent_encoding(parsed.get(CURLUPART_PATH).value_or(""));  // 3
  const std::string query = filter_query(  // step 4
      normalize_percent_encoding(parsed.get(CURLUPART_QUERY).value_or("")), ignored_parameters);
  while (!path.empty() && path.back() == '/') path.pop_back();  // step 5
  const bool web = scheme == "http" || scheme == "https";
  return (web ? std::string("https") : scheme) + "://" + host + (port ? ":" + *port : "") + path +
         (query.empty() ? "" : "?" + query);
}

}  // namespace coi
