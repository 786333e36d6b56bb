#include "pipeline/pattern.h"

#include <re2/re2.h>

#include <map>
#include <mutex>

namespace coi {

namespace {

// Compiled patterns by source, shared process-wide: compiling is the costly part of loading the
// configuration (the long date patterns appear in two sections), and a compiled RE2 is
// immutable and safe to match from any thread. Only valid patterns are kept; the number of
// distinct sources is bounded by the configurations loaded.
std::shared_ptr<const RE2> compiled(std::string_view source) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const RE2>, std::less<>> cache;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(source);
    if (it != cache.end()) return it->second;
  }
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_shared<const RE2>(re2::StringPiece(source.data(), source.size()), options);
  if (!re->ok()) return re;
  std::lock_guard<std::mutex> lock(mutex);
  return cache.try_emplace(std::string(source), re).first->second;
}

}  // namespace

Result<Pattern> Pattern::compile(std::string_view source, std::string_view key) {
  std::shared_ptr<const RE2> re = compiled(source);
  if (!re->ok()) {
    return Status(StatusCode::kConfig,
                  "invalid pattern for " + std::string(key) + ": " + re->error());
  }
  Pattern p;
  p.source_ = std::string(source);
  p.re_ = std::move(re);
  return p;
}

bool Pattern::full_match(std::string_view text) const {
  return re_ && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

bool Pattern::partial_match(std::string_view text) const {
  return re_ && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

namespace {

// Runs an anchored match and copies the capture groups out. Returns the consumed length or -1.
int match_groups(const RE2& re, std::string_view text, RE2::Anchor anchor,
                 std::vector<std::string>& groups) {
  re2::StringPiece input(text.data(), text.size());
  // Asked for groups, RE2 runs its backtracking engines on a short text straight away, over the
  // whole text, at the same cost whether it matches or not. Asked only where the match is, its
  // DFA rejects a text that does not match (as most do: a line opening with no paragraph number,
  // a footnote without lead text) for a fraction of that, and the groups are then read from the
  // match's own span (what RE2 does itself for longer texts): the same parse, as the
  // highest-priority match overall is also the highest-priority one ending where it ends.
  re2::StringPiece whole;
  if (!re.Match(input, 0, input.size(), anchor, &whole, 1)) return -1;
  const int n = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(n) + 1);
  const size_t end = static_cast<size_t>(whole.data() - input.data()) + whole.size();
  if (!re.Match(input, 0, end, RE2::ANCHOR_BOTH, pieces.data(), n + 1)) return -1;
  groups.clear();
  for (int i = 1; i <= n; ++i) groups.emplace_back(pieces[i].data() ? std::string(pieces[i]) : "");
  return static_cast<int>(pieces[0].size());
}

}  // namespace

bool Pattern::full_match(std::string_view text, std::vector<std::string>& groups) const {
  return re_ && match_groups(*re_, text, RE2::ANCHOR_BOTH, groups) >= 0;
}

int Pattern::prefix_match(std::string_view text, std::vector<std::string>& groups) const {
  return re_ ? match_groups(*re_, text, RE2::ANCHOR_START, groups) : -1;
}

}  // namespace coi
