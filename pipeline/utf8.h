// UTF-8 decoding and encoding through ICU's macros (unicode/utf8.h), the one place the project
// looks inside UTF-8 bytes. Well-formed means Unicode's table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF (what nlohmann::json and libxml2 also accept).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coi {

/// Whether all of `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

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

/// Appends `code_point` to `out` as UTF-8; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(char32_t code_point, std::string& out);

}  // namespace coi
