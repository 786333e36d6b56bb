// Just enough URL handling for the link checker: split an absolute http(s) URL, drop the
// fragment (never sent), resolve a Location header against the URL that sent it, and tell a
// site's home page from a deep link. Not a general URL library: no percent-decoding, no IDNA.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coi {

/// The parts of an absolute URL.
struct Url {
  std::string scheme;  ///< lower case, e.g. "https"
  std::string host;    ///< lower case; IPv6 literals keep their brackets
  int port = 0;        ///< explicit port, else the scheme's default (80, 443), else 0
  std::string path;    ///< from the first '/' up to '?' or '#'; "/" when absent
  std::string query;   ///< after '?', without it; empty when none
  /// "host:port", the key of the per-host limits.
  std::string host_key() const { return host + ":" + std::to_string(port); }
  /// "scheme://host[:port]" as written (default ports omitted).
  std::string origin() const;
};

/// Splits an absolute URL ("scheme://host..."); nullopt when it is not one.
std::optional<Url> parse_url(std::string_view text);

/// `url` without its "#fragment" and surrounding spaces.
std::string strip_fragment(std::string_view url);

/// The absolute URL a Location header (absolute, scheme-relative, absolute-path or relative)
/// points to from `base`; the fragment is dropped. Empty when `base` is not a URL.
std::string resolve_location(std::string_view base, std::string_view location);

/// True when `path` is a site's home page: "/", "/index.html" and the like, or a language
/// home such as "/en/" or "/fr-fr/" (with its slash).
bool is_home_path(std::string_view path);

}  // namespace coi
