// A regular expression from the configuration (RE2). A configured pattern is compiled when the
// config loads, so that its errors are reported there; a built-in default, known to compile (the
// test Config.EveryBuiltInPatternCompiles holds every one to it), is compiled at its first match,
// so that a run pays only for the patterns it uses (a convert never matches [links]' patterns).
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
  /// `source`, compiled when first matched: only for sources known to compile (built-in defaults).
  static Pattern deferred(std::string_view source);
  /// Compiles every pattern made by deferred() so far: the first that does not compile, as a
  /// kConfig Status naming its source. For the test that holds the built-in defaults valid.
  static Status compile_all();

  const std::string& source() const;
  bool valid() const { return compiled_ != nullptr; }
  /// True when the whole of `text` matches.
  bool full_match(std::string_view text) const;
  /// True when the pattern matches anywhere in `text`.
  bool partial_match(std::string_view text) const;
  /// Full match; fills `groups` with the capture groups (empty string for unmatched groups).
  bool full_match(std::string_view text, std::vector<std::string>& groups) const;
  /// Match at the start of `text`; fills `groups` and returns the length consumed, or -1.
  int prefix_match(std::string_view text, std::vector<std::string>& groups) const;
  const re2::RE2& re() const;

  struct Compiled;  ///< a source and its RE2, shared by every Pattern of that source

 private:
  std::shared_ptr<Compiled> compiled_;
};

}  // namespace coi
