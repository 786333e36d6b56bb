#include "stages/tables/number_cut.h"

#include <algorithm>
#include <string_view>

#include "stages/tables/grouped_digits.h"

namespace coi::tables {

bool number_cut(const std::string& above, const std::vector<std::string>& below) {
  auto ends_with = [&](std::string_view tail) { return std::string_view(above).ends_with(tail); };
  if (above.empty() || below.empty() || below.front().empty()) return false;
  const char next = below.front().front();
  if (is_ascii_digit(above.back()) && (next == '%' || next == ',')) return true;
  if (is_ascii_digit(next) && (ends_with("$") || ends_with("\u00A3") || ends_with("\u20AC"))) {
    return true;
  }
  if (is_ascii_digit(next) && above.size() >= 2 && above.back() == '.' &&
      is_ascii_digit(above[above.size() - 2])) {
    return true;
  }
  // A thousands group: one to three digits, a comma and up to two digits of the group above,
  // the group's other digits below and no more.
  const size_t comma = above.rfind(',');
  if (comma == std::string::npos || comma == 0 || !is_ascii_digit(above[comma - 1])) return false;
  const size_t cut = above.size() - comma - 1;
  if (cut > 2 ||
      !std::all_of(above.begin() + static_cast<long>(comma) + 1, above.end(), is_ascii_digit)) {
    return false;
  }
  size_t lead = 0;
  while (lead < comma && is_ascii_digit(above[comma - 1 - lead])) ++lead;
  if (lead > 3) return false;
  for (const std::string& run : below) {
    size_t group = 0;
    while (group < run.size() && is_ascii_digit(run[group])) ++group;
    if (group + cut == 3) return true;
  }
  return false;
}

}  // namespace coi::tables
