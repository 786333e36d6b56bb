// Whether a word is a run of ASCII digits: the shape of a footnote mark as the page prints it,
// asked by layout (marks wrapped onto a line of their own), the tables stage (the pieces of a
// mark wrapped in a narrow cell) and the inline builder (a raised run of digits is a mark).
#pragma once

#include <algorithm>
#include <string_view>

namespace coi {

/// True when `text` is one or more ASCII digits ("211"; not "", "2a" or "²").
inline bool all_ascii_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace coi
