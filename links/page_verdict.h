// Step 4 of the checker (links/checker.cc): what a 2xx page says about the cited link, before
// any probe, and how a suspect is settled against its host's probe.
#pragma once

#include <cstddef>
#include <string>

#include "links/links_config.h"

namespace coi {

/// What a 2xx page looked like, to compare a suspect with its host's probe.
struct PageSeen {
  int status = 0;     ///< 0: no answer
  std::string title;  ///< empty for a page that is not HTML
  size_t size = 0;    ///< bytes of the body read (at most body_limit_bytes)
};

enum class PageKind { kPlain, kLoginWall, kNotFound, kSuspect };

struct PageVerdict {
  PageKind kind = PageKind::kPlain;
  std::string signal;  ///< what gave it away, for `reason`
  bool home = false;   ///< a suspect sent to the home page: worth a note even when cleared
};

/// A login wall (the redirect's target or the title), a soft 404 (the title or the heading), a
/// suspect (redirected to another path: the host's probe decides) or a plain page. `cited` is the
/// URL in the note, `final_url` where its redirects (if any) ended; `title` and `heading` are the
/// page's (empty when it is not HTML).
PageVerdict judge_page(const LinksConfig& config, const std::string& cited,
                       const std::string& final_url, bool redirected, const std::string& title,
                       const std::string& heading);

/// The host answers a path that cannot exist with this very page: the probe got a 2xx with the
/// same title, and a size within `tolerance` (a fraction of the larger) of the page's.
bool same_page(const PageSeen& page, const PageSeen& probe, double tolerance);

/// What the probe got, for a suspect's reason: "404", "a different page", "no answer".
std::string probe_answer(const PageSeen& probe);

}  // namespace coi
