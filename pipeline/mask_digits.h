// Running headers and footers differ from page to page only in their numbers ("Page 12 of 100",
// "Page 13 of 100"): layout groups furniture lines by this form, and the tables stage knows a
// footer's words by it where a cell's lines ran into the footer's line.
#pragma once

#include <string>
#include <string_view>

namespace coi {

/// `text` with each run of ASCII digits as one "#": "Page 12 of 100" -> "Page # of #".
inline std::string mask_digits(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c < '0' || c > '9') {
      out += c;
    } else if (out.empty() || out.back() != '#') {
      out += '#';
    }
  }
  return out;
}

}  // namespace coi
