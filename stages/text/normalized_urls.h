// Normalised URLs (pipeline/url.h, normalize_url) shared by the stages that compare them. The
// bibliography keys each source's ID by its URL normalised; resolve normalises the same sources'
// URLs again to compare them with the footnotes' links, which mostly print those URLs once more.
// Normalising is libcurl's parse and ICU's IDNA, about 6,000 instructions a URL; a note's
// bibliography holds hundreds. The answers are kept in the document's memo (pipeline/doc_memo.h)
// per list of ignored parameters (the two stages' settings may differ), so each distinct URL is
// normalised once per list.
#pragma once

#include <string>
#include <vector>

#include "pipeline/doc_memo.h"

namespace coi {

/// normalize_url(url, ignored_parameters), made once per URL and list for the document whose
/// memo this is. The string lives as long as the memo.
const std::string& normalized_url(const DocMemo& memo, const std::string& url,
                                  const std::vector<std::string>& ignored_parameters);

}  // namespace coi
