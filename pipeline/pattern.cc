#include "pipeline/pattern.h"

#include <re2/re2.h>

#include <map>
#include <mutex>

namespace coi {

// One source's RE2, built by the first caller that needs it; the once flag lets the page workers
// match the same pattern from their threads while it is built. A built RE2 is immutable and safe
// to match from any thread.
struct Pattern::Compiled {
  explicit Compiled(std::string text) : source(std::move(text)) {}

  const RE2& re() {
    std::call_once(once, [this] {
      RE2::Options options;
      options.set_log_errors(false);
      built = std::make_unique<const RE2>(re2::StringPiece(source.data(), source.size()), options);
    });
    return *built;
  }

  const std::string source;
  bool deferred = false;  // made by Pattern::deferred: compile_all checks it (under cache_mutex)
  std::once_flag once;
  std::unique_ptr<const RE2> built;
};

namespace {

// Patterns by source, shared process-wide: compiling is the costly part of loading the
// configuration (the long date patterns appear in two sections, each compiled once). The number
// of distinct sources is bounded by the configurations loaded.
std::mutex cache_mutex;
std::map<std::string, std::shared_ptr<Pattern::Compiled>, std::less<>>& cache() {
  static std::map<std::string, std::shared_ptr<Pattern::Compiled>, std::less<>> patterns;
  return patterns;
}

std::shared_ptr<Pattern::Compiled> shared(std::string_view source, bool deferred) {
  std::lock_guard<std::mutex> lock(cache_mutex);
  auto it = cache().find(source);
  if (it == cache().end()) {
    it = cache().emplace(std::string(source), std::make_shared<Pattern::Compiled>(std::string(source))).first;
  }
  it->second->deferred |= deferred;
  return it->second;
}

}  // namespace

Result<Pattern> Pattern::compile(std::string_view source, std::string_view key) {
  std::shared_ptr<Compiled> compiled = shared(source, false);
  const RE2& re = compiled->re();
  if (!re.ok()) {
    return Status(StatusCode::kConfig, "invalid pattern for " + std::string(key) + ": " + re.error());
  }
  Pattern p;
  p.compiled_ = std::move(compiled);
  return p;
}

Pattern Pattern::deferred(std::string_view source) {
  Pattern p;
  p.compiled_ = shared(source, true);
  return p;
}

Status Pattern::compile_all() {
  std::vector<std::shared_ptr<Compiled>> all;
  {
    std::lock_guard<std::mutex> lock(cache_mutex);
    for (const auto& [source, compiled] : cache()) {
      if (compiled->deferred) all.push_back(compiled);
    }
  }
  for (const auto& compiled : all) {
    const RE2& re = compiled->re();
    if (!re.ok()) return Status(StatusCode::kConfig, "invalid pattern " + compiled->source + ": " + re.error());
  }
  return Status::ok();
}

const std::string& Pattern::source() const {
  static const std::string none;
  return compiled_ ? compiled_->source : none;
}

const RE2& Pattern::re() const { return compiled_->re(); }

bool Pattern::full_match(std::string_view text) const {
  return compiled_ && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re());
}

bool Pattern::partial_match(std::string_view text) const {
  return compiled_ && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re());
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
  return compiled_ && match_groups(re(), text, RE2::ANCHOR_BOTH, groups) >= 0;
}

int Pattern::prefix_match(std::string_view text, std::vector<std::string>& groups) const {
  return compiled_ ? match_groups(re(), text, RE2::ANCHOR_START, groups) : -1;
}

}  // namespace coi
