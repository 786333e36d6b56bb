#include "stages/text/url_normalize.h"

#include <algorithm>
#include <cctype>

namespace coi {

const std::vector<std::string> kDefaultIgnoredUrlParameters = {
    "utm_*", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga", "_gl", "msclkid"};

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
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

// Step 3: the query without ignored parameters ("" when none remain).
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

std::string normalize_url(std::string_view url, const std::vector<std::string>& ignored_parameters) {
  while (!url.empty() && std::isspace(static_cast<unsigned char>(url.front()))) url.remove_prefix(1);
  while (!url.empty() && std::isspace(static_cast<unsigned char>(url.back()))) url.remove_suffix(1);
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  const std::string scheme = lower(url.substr(0, scheme_end));
  std::string_view rest = url.substr(scheme_end + 3);
  rest = rest.substr(0, rest.find('#'));                                   // step 1
  const size_t host_end = std::min(rest.find_first_of("/?"), rest.size());
  std::string host = lower(rest.substr(0, host_end));                      // step 2
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  for (const char* port : {":80", ":443"}) {
    const std::string p(port);
    if (host.size() > p.size() && host.compare(host.size() - p.size(), p.size(), p) == 0) {
      host.erase(host.size() - p.size());
    }
  }
  rest.remove_prefix(host_end);
  const size_t query_start = std::min(rest.find('?'), rest.size());
  std::string path(rest.substr(0, query_start));
  const std::string query = query_start < rest.size()
                                ? filter_query(rest.substr(query_start + 1), ignored_parameters)
                                : "";
  while (!path.empty() && path.back() == '/') path.pop_back();             // step 4
  const bool web = scheme == "http" || scheme == "https";
  return (web ? std::string("https") : scheme) + "://" + host + path +
         (query.empty() ? "" : "?" + query);
}

}  // namespace coi
