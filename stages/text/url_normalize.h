// URLs reduced to what identifies the page, so that a footnote's link and a bibliography entry's
// link to the same page compare equal, and a source keeps its ID when only the spelling of its
// URL changes between versions of a note.
//
// Step 1: the fragment ("#section-2") goes: it points inside the page.
// Step 2: scheme and host are lower-cased; "http" and "https" are one ("https://" is written);
//         a leading "www." and a default port (:80, :443) go.
// Step 3: query parameters named in `ignored_parameters` go (tracking: utm_*, fbclid...); a
//         trailing "*" in a name matches any suffix. The others keep their order.
// Step 4: a trailing "/" of the path goes (but "/" alone stays, "https://x.org/" = "https://x.org").
//
//   "HTTP://WWW.Example.org/Report/?utm_source=x&id=3#p2" -> "https://example.org/Report?id=3"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coi {

/// Tracking parameters dropped by default.
extern const std::vector<std::string> kDefaultIgnoredUrlParameters;

/// The normalised form of `url` (see above). Text that is not an absolute URL is returned trimmed.
std::string normalize_url(std::string_view url, const std::vector<std::string>& ignored_parameters);

}  // namespace coi
