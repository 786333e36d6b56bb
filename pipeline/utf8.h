// UTF-8 decoding and encoding through ICU's macros (unicode/utf8.h), the one place the project
// looks inside UTF-8 bytes. Well-formed means Unicode's table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF (what nlohmann::json and libxml2 also accept).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace coi {

/// Reads the code point starting at byte `i` of `text` into `code_point`; returns its length in
/// bytes, or 0 when the bytes there are not a well-formed sequence (`code_point` then unset).
size_t decode_utf8(std::string_view text, size_t i, char32_t& code_point);

/// Number of code points in `text` (each maximal malformed sequence counts as one).
size_t count_code_points(std::string_view text);

/// The last code point of `text`: 0 when empty, U+FFFD when its last bytes are malformed.
char32_t last_code_point(std::string_view text);

/// Whether `text` opens with a lower-case letter (ICU's u_islower: "é" too), as a sentence
/// running on from the line before does.
bool opens_lower_case(std::string_view text);

/// The letters a ligature glyph of a PDF font stands for ("ff" for U+FB00, "st" for U+FB05 and
/// U+FB06), or empty for any other code point. Spelled out because NFKC would also change the
/// quotes and dashes, which must stay as printed.
std::string_view ligature_letters(char32_t code_point);

/// `word` with its ligature glyphs spelled out ("oﬀicials" -> "officials"); `word` itself, no
/// copy, when it holds none. `scratch` holds the result when one is made.
std::string_view without_ligatures(std::string_view word, std::string& scratch);

/// Appends `code_point` to `out` as UTF-8; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(char32_t code_point, std::string& out);

namespace ascii_scan {
constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;
// Nonzero when a byte of `v` is below `n` (n <= 0x80), for bytes below 0x80 (the bit hack's
// borrow can also flag a byte above a true one: callers look at each byte of a flagged word).
constexpr uint64_t has_below(uint64_t v, unsigned n) { return (v - kOnes * n) & ~v & kHighBits; }
constexpr uint64_t has_byte(uint64_t v, char c) {
  return has_below(v ^ (kOnes * static_cast<unsigned char>(c)), 1);
}
}  // namespace ascii_scan

/// The index of the first byte of `text` at or after `from` that is a control character (below
/// 0x20), part of a multi-byte sequence (0x80 and above) or one of `specials` (printable ASCII);
/// text.size() when there is none. Writers that copy text in runs between the bytes they must
/// look at skip the rest eight bytes at a time with it.
template <char... specials>
size_t next_special(std::string_view text, size_t from) {
  using namespace ascii_scan;
  const auto special = [](unsigned char c) {
    return c < 0x20 || c >= 0x80 || ((c == static_cast<unsigned char>(specials)) || ...);
  };
  size_t i = from;
  while (i + 8 <= text.size()) {
    uint64_t v;
    std::memcpy(&v, text.data() + i, 8);
    if (((v & kHighBits) | has_below(v, 0x20) | (has_byte(v, specials) | ... | 0)) == 0) {
      i += 8;
      continue;
    }
    for (const size_t end = i + 8; i < end; ++i) {
      if (special(static_cast<unsigned char>(text[i]))) return i;
    }
  }
  for (; i < text.size(); ++i) {
    if (special(static_cast<unsigned char>(text[i]))) return i;
  }
  return text.size();
}

}  // namespace coi
