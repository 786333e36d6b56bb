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

void append_utf8(char32_t code_point, std::string& out) {
  if (code_point > 0x10FFFF || U_IS_SURROGATE(code_point)) code_point = 0xFFFD;
  const auto c = static_cast<UChar32>(code_point);
  uint8_t buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

}  // namespace coi
