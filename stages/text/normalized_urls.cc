#include "stages/text/normalized_urls.h"

#include <map>
#include <unordered_map>

#include "pipeline/url.h"

namespace coi {

namespace {

// The answers of one document, by list of ignored parameters, then URL. A pure function's
// answers, so they depend on no object of the model: kept under no source (nullptr). One stage at
// a time asks (as of every object in the memo), so they take no lock.
struct NormalizedUrls {
  mutable std::map<std::vector<std::string>, std::unordered_map<std::string, std::string>> by_list;
};

}  // namespace

const std::string& normalized_url(const DocMemo& memo, const std::string& url,
                                  const std::vector<std::string>& ignored_parameters) {
  const NormalizedUrls& all = memo.get<NormalizedUrls>(nullptr, [] { return NormalizedUrls{}; });
  auto list = all.by_list.find(ignored_parameters);
  if (list == all.by_list.end()) list = all.by_list.try_emplace(ignored_parameters).first;
  auto [it, added] = list->second.try_emplace(url);
  if (added) it->second = normalize_url(url, ignored_parameters);
  return it->second;
}

}  // namespace coi
