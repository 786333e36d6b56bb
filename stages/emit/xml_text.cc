#include "stages/emit/xml_text.h"

#include <charconv>
#include <cmath>

#include "pipeline/decimal.h"
#include "pipeline/utf8.h"

namespace coi {

namespace {

// XML 1.0, production [2] Char.
bool xml_allowed(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

std::string_view xml_clean(std::string_view text, int& dropped, std::string& scratch) {
  std::string& out = scratch;
  out.clear();
  bool any_dropped = false;
  size_t i = 0, kept = 0;  // text[kept, i) is allowed and not yet copied: copied in runs
  // Printable ASCII, the common case, is skipped eight bytes at a time.
  while ((i = next_special<>(text, i)) < text.size()) {
    char32_t cp = 0;
    const size_t length = decode_utf8(text, i, cp);
    if (length != 0 && xml_allowed(cp)) {
      i += length;
      continue;
    }
    out.append(text.substr(kept, i - kept));
    any_dropped = true;
    ++dropped;  // a forbidden character, or one malformed byte (resynchronise on the next)
    i += length == 0 ? 1 : length;
    kept = i;
  }
  if (!any_dropped) return text;
  out.append(text.substr(kept));
  return out;
}

void append_number(double value, std::string& out) {
  char buffer[32];
  // Adding 0.0 turns -0.0 into 0.0. Most numbers are coordinates rounded to hundredths.
  if (char* end = write_hundredths(buffer, value + 0.0)) {
    out.append(buffer, end);
    return;
  }
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value + 0.0);
  if (error == std::errc()) {
    out.append(buffer, end);
  } else {
    out += '0';
  }
}

std::string format_number(double value) {
  std::string out;
  append_number(value, out);
  return out;
}

std::string pages_attribute(const Places& places) {
  std::string out;
  char buffer[16];
  for (const Place& p : places) {
    if (!out.empty()) out += ' ';
    out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, p.page).ptr);
  }
  return out;
}

std::string bbox_attribute(const Places& places) {
  // Two decimals, as in the JSON: far below a glyph's size, stable across platforms.
  std::string out;
  const auto add = [&out](double v, char after) {
    append_number(round_half_away(v * 100.0) / 100.0, out);
    if (after) out += after;
  };
  for (const Place& p : places) {
    if (!out.empty()) out += ';';
    add(p.box.x0, ' ');
    add(p.box.y0, ' ');
    add(p.box.x1, ' ');
    add(p.box.y1, 0);
  }
  return out;
}

}  // namespace coi
