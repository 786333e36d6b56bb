#include "links/url.h"

#include <algorithm>
#include <cctype>

namespace coi {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

int default_port(const std::string& scheme) {
  if (scheme == "http") return 80;
  if (scheme == "https") return 443;
  return 0;
}

bool is_scheme(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '+' || c == '-' || c == '.';
  });
}

// Removes "." and ".." segments (RFC 3986 section 5.2.4), keeping a leading '/'.
std::string remove_dot_segments(std::string_view path) {
  std::string out;
  size_t i = 0;
  while (i < path.size()) {
    size_t end = path.find('/', i + 1);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(i, end - i);  // includes its leading '/'
    if (segment == "/." || segment == "/.." ) {
      if (segment == "/..") {
        size_t cut = out.rfind('/');
        out.erase(cut == std::string::npos ? 0 : cut);
      }
      if (end == path.size()) out += '/';
    } else {
      out += segment;
    }
    i = end;
  }
  return out.empty() ? "/" : out;
}

}  // namespace

std::string Url::origin() const {
  std::string out = scheme + "://" + host;
  if (port != default_port(scheme)) out += ":" + std::to_string(port);
  return out;
}

std::optional<Url> parse_url(std::string_view text) {
  const size_t colon = text.find("://");
  if (colon == std::string_view::npos || !is_scheme(text.substr(0, colon))) return std::nullopt;
  Url url;
  url.scheme = lower(text.substr(0, colon));
  std::string_view rest = text.substr(colon + 3);
  const size_t authority_end = std::min(rest.find_first_of("/?#"), rest.size());
  std::string_view authority = rest.substr(0, authority_end);
  if (size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority = authority.substr(at + 1);
  }
  const size_t bracket = authority.rfind(']');
  const size_t port_colon = authority.rfind(':');
  url.port = default_port(url.scheme);
  if (port_colon != std::string_view::npos &&
      (bracket == std::string_view::npos || port_colon > bracket)) {
    std::string_view digits = authority.substr(port_colon + 1);
    authority = authority.substr(0, port_colon);
    if (!digits.empty()) {
      if (digits.size() > 5 || !std::all_of(digits.begin(), digits.end(), ::isdigit)) {
        return std::nullopt;
      }
      url.port = std::stoi(std::string(digits));
    }
  }
  if (authority.empty()) return std::nullopt;
  url.host = lower(authority);
  std::string_view tail = rest.substr(authority_end);
  tail = tail.substr(0, std::min(tail.find('#'), tail.size()));
  const size_t question = std::min(tail.find('?'), tail.size());
  url.path = question == 0 ? "/" : std::string(tail.substr(0, question));
  if (question < tail.size()) url.query = std::string(tail.substr(question + 1));
  return url;
}

std::string strip_fragment(std::string_view url) {
  const size_t start = url.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  url = url.substr(start, url.find_last_not_of(" \t\r\n") - start + 1);
  return std::string(url.substr(0, std::min(url.find('#'), url.size())));
}

std::string resolve_location(std::string_view base, std::string_view location) {
  const std::string target = strip_fragment(location);
  const size_t colon = target.find(':');
  const size_t first_delimiter = target.find_first_of("/?");
  // "file:///x", "ftp://..." and "https://..." are absolute: keep them as they are.
  if (colon != std::string::npos && colon < first_delimiter &&
      is_scheme(std::string_view(target).substr(0, colon))) {
    return target;
  }
  std::optional<Url> from = parse_url(base);
  if (!from) return {};
  if (target.rfind("//", 0) == 0) return from->scheme + ":" + target;
  const std::string origin = from->origin();
  if (target.empty()) return origin + from->path + (from->query.empty() ? "" : "?" + from->query);
  if (target[0] == '?') return origin + from->path + target;
  std::string path_and_query = target;
  if (target[0] != '/') {
    path_and_query = from->path.substr(0, from->path.rfind('/') + 1) + target;
  }
  const size_t question = std::min(path_and_query.find('?'), path_and_query.size());
  return origin + remove_dot_segments(path_and_query.substr(0, question)) +
         path_and_query.substr(question);
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

}  // namespace coi
