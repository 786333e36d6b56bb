// Normalised URLs (pipeline/url.h, normalize_url) shared by the stages that compare them. The
// bibliography keys each source's ID by its URL normalised; resolve normalises the same sources'
// URLs again to compare them with the footnotes' links, which mostly print those URLs once more.
// Normalising is libcurl's parse and ICU's IDNA, several thousand instructions a URL, and a
// note's bibliography holds hundreds. The answers are kept in the document's memo
// (pipeline/doc_memo.h) per list of ignored parameters (the two stages' settings may differ), so
// each distinct URL is normalised once per list.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/doc_memo.h"

namespace coi {

/// normalize_url with one list of ignored parameters, each distinct URL normalised once.
class NormalizedUrls {
 public:
  explicit NormalizedUrls(std::vector<std::string> ignored_parameters)
      : ignored_parameters_(std::move(ignored_parameters)) {}

  /// normalize_url(url, the list); the string lives as long as this object.
  const std::string& of(const std::string& url) const;

 private:
  std::vector<std::string> ignored_parameters_;
  mutable std::unordered_map<std::string, std::string> normalized_;  ///< URL -> normalised
};

/// The normaliser for `ignored_parameters` kept in `memo` (made at the first call for that list);
/// it lives as long as the memo.
const NormalizedUrls& normalized_urls(const DocMemo& memo,
                                      const std::vector<std::string>& ignored_parameters);

}  // namespace coi
