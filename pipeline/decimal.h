// Reading a number a note prints as a run of digits. std::stoi throws past INT_MAX, and a note
// can print any run of digits where a small number is expected: adjacent footnote marks read as
// one word ("161718192021"), a date where a contents entry's page number stands ("20251231").
#pragma once

#include <charconv>
#include <optional>
#include <string_view>

namespace coi {

/// The value of `digits` when it is one or more ASCII digits (no sign, no space) and fits an int;
/// nullopt otherwise.
inline std::optional<int> decimal_int(std::string_view digits) {
  if (digits.empty() || digits.front() < '0' || digits.front() > '9') return std::nullopt;
  int value = 0;
  const char* end = digits.data() + digits.size();
  auto [stop, error] = std::from_chars(digits.data(), end, value);
  if (error != std::errc() || stop != end) return std::nullopt;
  return value;
}

}  // namespace coi
