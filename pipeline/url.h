// URLs, read by libcurl's URL API (curl_url), and the rules notes need on top of it. Used by the
// resolve and bibliography stages and by the link checker.
//
// libcurl parses (parse_url, normalize_url) and resolves redirects (resolve_location): the
// scheme lower-cased, default ports known per scheme, "." and ".." segments removed, spaces and
// non-ASCII bytes percent-encoded. The host then goes through ICU's UTS #46 (IDNA): lower case,
// an internationalised name as punycode ("Bücher.example" -> "xn--bcher-kva.example"). libcurl
// does neither here: 7.88 keeps the host's case, and its CURLU_PUNYCODE converts from the process
// locale's charset, which fails in the C locale coi runs in (and would tie IDs to the locale).
//
// When are two cited URLs the same?
// - For the link checker (strip_fragment): when they are the same text, trimmed, without the
//   fragment, which is never sent. Anything else may matter to the server, so each URL is
//   checked as the note wrote it.
// - For the resolve and bibliography stages (normalize_url): when they name the same page, so
//   that a footnote's link and a bibliography entry's link compare equal, and a source keeps its
//   ID when only the spelling of its URL changes between versions of a note:
//   Step 1: libcurl parses the URL (as above); the fragment and any user:password go.
//   Step 2: the host as above, without a leading "www."; "http" and "https" are one
//           ("https://" is written).
//   Step 3: percent-encoding normalised (RFC 3986 section 6.2.2): "%7e" -> "~", "%2f" -> "%2F".
//   Step 4: query parameters named in `ignored_parameters` go (tracking: utm_*, fbclid...); a
//           trailing "*" in a name matches any suffix; empty parameters ("a=1&&b=2") go too.
//           The others keep their order.
//   Step 5: trailing "/" of the path go ("https://x.org/" = "https://x.org").
//
//   "HTTP://WWW.Example.org/Report/?utm_source=x&id=3#p2" -> "https://example.org/Report?id=3"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coi {

/// The parts of an absolute URL that has a host.
struct Url {
  std::string scheme;  ///< lower case, e.g. "https"
  std::string host;    ///< lower case, IDN as punycode; IPv6 literals keep their brackets
  int port = 0;        ///< explicit port, else the scheme's default (80, 443), else 0
  std::string path;    ///< without the query; "/" when absent
  std::string query;   ///< after '?', without it; empty when none
  std::string origin;  ///< "scheme://host[:port]", the port only when not the scheme's default
  /// "host:port", the key of the per-host limits.
  std::string host_key() const { return host + ":" + std::to_string(port); }
};

/// Parses an absolute URL ("scheme://host..."); nullopt when libcurl cannot, or it has no host.
std::optional<Url> parse_url(std::string_view text);

/// `url` without its "#fragment" and surrounding spaces: the URL the link checker requests.
std::string strip_fragment(std::string_view url);

/// The absolute URL a Location header (absolute, scheme-relative, absolute-path or relative)
/// points to from `base`, without fragment. Empty when `base` is not a URL; the location as
/// written (without fragment) when libcurl cannot read it ("mailto:x").
std::string resolve_location(std::string_view base, std::string_view location);

/// True when `path` is a site's home page: "/", "/index.html" and the like, or a language
/// home such as "/en/" or "/fr-fr/" (with its slash).
bool is_home_path(std::string_view path);

/// True when `text` is written as a web address ("https://...", "http://...", "www.x.org/..."),
/// as a note prints a URL in its text rather than a title.
bool prints_as_web_address(std::string_view text);

/// Tracking parameters dropped by default.
extern const std::vector<std::string> kDefaultIgnoredUrlParameters;

/// The normalised form of `url` (see above). Text libcurl cannot read as a URL with a scheme
/// ("not a url", "mailto:x", "www.x.org") is returned trimmed.
std::string normalize_url(std::string_view url, const std::vector<std::string>& ignored_parameters);

}  // namespace coi
