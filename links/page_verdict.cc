#include "links/page_verdict.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "pipeline/url.h"

namespace coi {

namespace {

// "/a/b/" and "/a/b" name the same page.
std::string_view without_trailing_slash(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

}  // namespace

PageVerdict judge_page(const LinksConfig& config, const std::string& cited,
                       const std::string& final_url, bool redirected, const std::string& title,
                       const std::string& heading) {
  std::optional<Url> first = parse_url(cited);
  std::optional<Url> last = parse_url(final_url);
  if (redirected && last &&
      first_match(config.login_urls, last->query.empty() ? last->path
                                                         : last->path + "?" + last->query)) {
    return {PageKind::kLoginWall, "redirected to a sign-in page " + final_url};
  }
  if (first_match(config.login_titles, title)) {
    return {PageKind::kLoginWall, "a sign-in page: title says \"" + title + "\""};
  }
  if (first_match(config.not_found_titles, title)) {
    return {PageKind::kNotFound, "title says \"" + title + "\""};
  }
  if (first_match(config.not_found_titles, heading)) {
    return {PageKind::kNotFound, "heading says \"" + heading + "\""};
  }
  if (redirected && first && last &&
      without_trailing_slash(first->path) != without_trailing_slash(last->path)) {
    if (!is_home_path(first->path) && is_home_path(last->path)) {
      return {PageKind::kSuspect, "deep link redirected to the home page " + final_url, true};
    }
    return {PageKind::kSuspect, "redirected to " + final_url};
  }
  return {};
}

bool same_page(const PageSeen& page, const PageSeen& probe, double tolerance) {
  if (probe.status < 200 || probe.status > 299 || page.title != probe.title) return false;
  const double larger = static_cast<double>(std::max(page.size, probe.size));
  const double difference = std::fabs(static_cast<double>(page.size) -
                                      static_cast<double>(probe.size));
  return difference <= tolerance * larger;
}

std::string probe_answer(const PageSeen& probe) {
  if (probe.status == 0) return "no answer";
  if (probe.status >= 200 && probe.status < 300) return "a different page";
  return std::to_string(probe.status);
}

}  // namespace coi
