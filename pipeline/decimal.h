// Reading a number a note prints as a run of digits. std::stoi throws past INT_MAX, and a note
// can print any run of digits where a small number is expected: adjacent footnote marks read as
// one word ("161718192021"), a date where a contents entry's page number stands ("20251231").
#pragma once

#include <charconv>
#include <cmath>
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

/// std::round(value): the nearest whole number, halves away from zero, the sign of zero kept
/// ("-0.3" -> -0.0). Inline, where std::round is a library call: the emitters round every
/// coordinate of the note, and layout every word's font size. Below 2^52 a double's whole part
/// converts exactly and taking it away leaves the fraction exactly; from 2^52 on (and for inf
/// and NaN) the value is its own rounding.
inline double round_half_away(double value) {
  if (!(std::fabs(value) < 0x1p52)) return value;
  double whole = static_cast<double>(static_cast<long long>(value));  // toward zero
  const double rest = value - whole;
  if (rest >= 0.5) whole += 1;
  if (rest <= -0.5) whole -= 1;
  return std::copysign(whole, value);
}

/// Writes `value` at `out` when it is a whole number of hundredths below 10,000 in magnitude (a
/// coordinate or confidence the emitters rounded to 0.01) as its shortest decimal: "72", "72.5",
/// "0.05", "-3.75", "-0" for -0.0; returns the end, or nullptr (nothing written) for any other
/// value. For such values this is what std::to_chars and nlohmann's Grisu2 give (checked for every
/// one in tests/decimal_test.cc) at a fraction of their cost; `out` needs room for 9 characters.
inline char* write_hundredths(char* out, double value) {
  const double hundredths = round_half_away(value * 100.0);
  if (!(std::fabs(hundredths) < 1e6) || hundredths / 100.0 != value) return nullptr;
  auto n = static_cast<long long>(hundredths);
  if (n < 0 || (n == 0 && std::signbit(value))) *out++ = '-';
  if (n < 0) n = -n;
  out = std::to_chars(out, out + 4, n / 100).ptr;
  const int cents = static_cast<int>(n % 100);
  if (cents != 0) {
    *out++ = '.';
    *out++ = static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) *out++ = static_cast<char>('0' + cents % 10);
  }
  return out;
}

}  // namespace coi
