// Text and number forms used by the XML emitter, kept apart from libxml2 so they are testable
// on their own: the XML 1.0 character filter and the printed form of coordinates and values.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/model.h"

namespace coi {

/// `text` with the characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE,
/// U+FFFF) and malformed UTF-8 bytes removed; each removal adds one to `dropped`.
std::string xml_clean(std::string_view text, int& dropped);

/// Shortest decimal form of `value` that reads back exactly ("72", "0.125"); never "-0".
std::string format_number(double value);

/// The `pages` attribute: the page of each place, space-separated ("3 4").
std::string pages_attribute(const Places& places);

/// The `bbox` attribute: each place's box as "x0 y0 x1 y1", rounded to 0.01 pt, joined by ';'.
std::string bbox_attribute(const Places& places);

}  // namespace coi
