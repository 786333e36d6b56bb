#include "stages/tables/stacked_figures.h"

#include <string>

#include <unicode/uchar.h>

#include "pipeline/utf8.h"
#include "stages/tables/grouped_digits.h"

namespace coi::tables {

namespace {

// The length of one figure at `s`'s start (currency sign, digits, decimals, "%"), or 0.
size_t figure_at(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] >= 'A' && s[i] <= 'Z') ++i;  // "US" of "US$"
  const size_t letters = i;
  if (i < s.size()) {
    char32_t cp = 0;
    const size_t len = decode_utf8(s, i, cp);
    if (len > 0 && u_charType(static_cast<UChar32>(cp)) == U_CURRENCY_SYMBOL) i += len;
  }
  if (i == letters && letters > 0) return 0;  // capitals with no currency sign: a word
  const size_t digits = grouped_digits(s.substr(i));
  if (digits == 0) return 0;
  i += digits;
  if (i + 1 < s.size() && s[i] == '.' && is_ascii_digit(s[i + 1])) {
    ++i;
    while (i < s.size() && is_ascii_digit(s[i])) ++i;
  }
  if (i < s.size() && s[i] == '%') ++i;
  return i;
}

}  // namespace

bool is_figure(std::string_view text) {
  const size_t first = figure_at(text);
  if (first == 0) return false;
  if (first == text.size()) return true;
  std::string_view rest = text.substr(first);
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    if (rest.starts_with(dash)) {
      const std::string_view second = rest.substr(dash.size());
      return !second.empty() && figure_at(second) == second.size();
    }
  }
  return false;
}

bool figures_stacked(std::string_view above, std::string_view below) {
  if (!is_figure(above) || !is_figure(below)) return false;
  std::string joined(above);
  joined += below;
  return !is_figure(joined);
}

}  // namespace coi::tables
