#include "stages/text/normalized_urls.h"

#include <map>

#include "pipeline/url.h"

namespace coi {

namespace {

// The normalisers of one document, by list of ignored parameters. Their answers are a pure
// function's, so they depend on no object of the model: kept under no source (nullptr). One stage
// at a time asks (as for every object in the memo), so they take no lock.
struct NormalizersByList {
  mutable std::map<std::vector<std::string>, NormalizedUrls> by_list;
};

}  // namespace

const std::string& NormalizedUrls::of(const std::string& url) const {
  auto [it, added] = normalized_.try_emplace(url);
  if (added) it->second = normalize_url(url, ignored_parameters_);
  return it->second;
}

const NormalizedUrls& normalized_urls(const DocMemo& memo,
                                      const std::vector<std::string>& ignored_parameters) {
  const NormalizersByList& all =
      memo.get<NormalizersByList>(nullptr, [] { return NormalizersByList{}; });
  return all.by_list.try_emplace(ignored_parameters, ignored_parameters).first->second;
}

}  // namespace coi
