// Text and number forms used by the XML emitter, kept apart from libxml2 so they are testable
// on their own: the XML 1.0 character filter and the printed form of coordinates and values.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/model.h"

namespace coi {

/// `text` with the characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE,
/// U+FFFF) and malformed UTF-8 bytes removed; each removal adds one to `dropped`. Almost all text
/// has none: then `text` itself is returned, else a view of the kept characters copied into
/// `scratch` (valid until `scratch` changes).
std::string_view xml_clean(std::string_view text, int& dropped, std::string& scratch);

/// Shortest decimal form of `value` that reads back exactly ("72", "0.125"); never "-0".
std::string format_number(double value);
/// Appends format_number(value) to `out`.
void append_number(double value, std::string& out);

/// The `pages` attribute: the page of each place, space-separated ("3 4").
std::string pages_attribute(const Places& places);

/// The `bbox` attribute: each place's box as "x0 y0 x1 y1", rounded to 0.01 pt, joined by ';'.
std::string bbox_attribute(const Places& places);

}  // namespace coi
