#include "stages/emit/xml_text.h"

#include <charconv>
#include <cmath>

namespace coi {

namespace {

// XML 1.0, production [2] Char.
bool xml_allowed(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Length of the well-formed UTF-8 sequence at `s[i]` (RFC 3629: no overlongs, no surrogates),
// with its code point in `cp`; 0 when the bytes there are malformed.
size_t utf8_sequence(std::string_view s, size_t i, char32_t& cp) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    const unsigned char b = byte(k);
    if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  return length;
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
    const size_t length = utf8_sequence(text, i, cp);
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
