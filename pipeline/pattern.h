// A regular expression from the configuration, compiled once when the config loads (RE2).
// Stages hold Patterns and never compile regexes on the hot path.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/status.h"

namespace re2 {
class RE2;
}

namespace coi {

/// A compiled RE2 pattern and its source text.
class Pattern {
 public:
  Pattern() = default;
  /// Compiles `source`; an invalid pattern is a kConfig Status naming `key`.
  static Result<Pattern> compile(std::string_view source, std::string_view key);

  const std::string& source() const { return source_; }
  bool valid() const { return re_ != nullptr; }
  /// True when the whole of `text` matches.
  bool full_match(std::string_view text) const;
  /// True when the pattern matches anywhere in `text`.
  bool partial_match(std::string_view text) const;
  /// Full match; fills `groups` with the capture groups (empty string for unmatched groups).
  bool full_match(std::string_view text, std::vector<std::string>& groups) const;
  /// Match at the start of `text`; fills `groups` and returns the length consumed, or -1.
  int prefix_match(std::string_view text, std::vector<std::string>& groups) const;
  const re2::RE2& re() const { return *re_; }

 private:
  std::string source_;
  std::shared_ptr<const re2::RE2> re_;
};

}  // namespace coi
