#include "pipeline/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace coi {

namespace {

const uint8_t* bytes(std::string_view text) {
  return reinterpret_cast<const uint8_t*>(text.data());
}

}  // namespace

size_t decode_utf8(std::string_view text, size_t i, char32_t& code_point) {
  const uint8_t* s = bytes(text);
  size_t next = i;
  UChar32 c;
  U8_NEXT(s, next, text.size(), c);
  if (c < 0) return 0;
  code_point = static_cast<char32_t>(c);
  return next - i;
}

size_t count_code_points(std::string_view text) {
  const uint8_t* s = bytes(text);
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++count) {
    UChar32 c;
    U8_NEXT(s, i, text.size(), c);
  }
  return count;
}

char32_t last_code_point(std::string_view text) {
  if (text.empty()) return 0;
  // A code point is at most 4 bytes: the tail is enough, and its offsets fit ICU's int32_t.
  const std::string_view tail = text.substr(text.size() - std::min<size_t>(text.size(), 4));
  int32_t i = static_cast<int32_t>(tail.size());
  UChar32 c;
  U8_PREV_OR_FFFD(bytes(tail), 0, i, c);
  return static_cast<char32_t>(c);
}

bool opens_lower_case(std::string_view text) {
  char32_t c = 0;
  return decode_utf8(text, 0, c) > 0 && u_islower(static_cast<UChar32>(c));
}

std::string_view ligature_letters(char32_t code_point) {
  switch (code_point) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05:
    case 0xFB06: return "st";
    default: return {};
  }
}

std::string_view without_ligatures(std::string_view word, std::string& scratch) {
  // U+FB00..U+FB06 are EF AC 80..86 in UTF-8: a word without the lead byte has none.
  if (word.find('\xEF') == std::string_view::npos) return word;
  scratch.clear();
  for (size_t i = 0; i < word.size();) {
    char32_t c = 0;
    const size_t length = decode_utf8(word, i, c);
    const std::string_view letters = length > 0 ? ligature_letters(c) : std::string_view();
    if (letters.empty()) {
      scratch.append(word.substr(i, std::max<size_t>(length, 1)));
    } else {
      scratch.append(letters);
    }
    i += std::max<size_t>(length, 1);
  }
  return scratch;
}

void append_utf8(char32_t code_point, std::string& out) {
  if (code_point > 0x10FFFF || U_IS_SURROGATE(code_point)) code_point = 0xFFFD;
  const auto c = static_cast<UChar32>(code_point);
  uint8_t buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

}  // namespace coi
