// The digits a table cell's number opens with, grouped in threes by thousands commas or not
// grouped: read alike by the typed values (typed_values.h) and the figures stacked in one cell
// (stacked_figures.h), so that what counts as one number is the same for both.
#pragma once

#include <cstddef>
#include <string_view>

namespace coi::tables {

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/// The length of the digits at `s`'s start, grouped in threes by commas ("153,715") or not
/// grouped ("153715"); 0 when `s` does not open with such digits: a first group of more than
/// three digits before a comma, or a comma's group of other than three ("1,2345", "12,34"), is
/// no grouping but a code or a typo.
inline size_t grouped_digits(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && is_ascii_digit(s[n])) ++n;
  if (n == 0) return 0;
  size_t end = n;
  const bool may_group = n <= 3;
  while (may_group && end + 4 <= s.size() && s[end] == ',' && is_ascii_digit(s[end + 1]) &&
         is_ascii_digit(s[end + 2]) && is_ascii_digit(s[end + 3])) {
    end += 4;
  }
  if (end < s.size() && is_ascii_digit(s[end])) return 0;
  if (end == n && end + 1 < s.size() && s[end] == ',' && is_ascii_digit(s[end + 1])) return 0;
  return end;
}

}  // namespace coi::tables
