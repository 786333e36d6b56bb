#include "stages/emit/xml_text.h"

#include <charconv>
#include <cmath>

#include "pipeline/utf8.h"

namespace coi {

namespace {

// XML 1.0, production [2] Char.
bool xml_allowed(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

std::string xml_clean(std::string_view text, int& dropped) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0, kept = 0;  // text[kept, i) is allowed and not yet copied: copied in runs
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead >= 0x20 && lead < 0x80) {  // printable ASCII, the common case
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t length = decode_utf8(text, i, cp);
    if (length != 0 && xml_allowed(cp)) {
      i += length;
      continue;
    }
    out.append(text.substr(kept, i - kept));
    ++dropped;  // a forbidden character, or one malformed byte (resynchronise on the next)
    i += length == 0 ? 1 : length;
    kept = i;
  }
  out.append(text.substr(kept));
  return out;
}

std::string format_number(double value) {
  char buffer[32];
  // Adding 0.0 turns -0.0 into 0.0.
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value + 0.0);
  return error == std::errc() ? std::string(buffer, end) : std::string("0");
}

std::string pages_attribute(const Places& places) {
  std::string out;
  for (const Place& p : places) {
    if (!out.empty()) out += ' ';
    out += std::to_string(p.page);
  }
  return out;
}

std::string bbox_attribute(const Places& places) {
  // Two decimals, as in the JSON: far below a glyph's size, stable across platforms.
  const auto r = [](double v) { return format_number(std::round(v * 100.0) / 100.0); };
  std::string out;
  for (const Place& p : places) {
    if (!out.empty()) out += ';';
    out += r(p.box.x0) + ' ' + r(p.box.y0) + ' ' + r(p.box.x1) + ' ' + r(p.box.y1);
  }
  return out;
}

}  // namespace coi
