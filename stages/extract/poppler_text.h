// Small conversions from Poppler's types to the model's (private to stages/extract).
#pragma once

#include <poppler/CharTypes.h>
#include <poppler/goo/GooString.h>

#include <string>

namespace coi::extract {

/// Appends code point `u` to `out` as UTF-8 (invalid code points become U+FFFD).
void append_utf8(Unicode u, std::string& out);
/// A PDF text string (PDFDocEncoding or UTF-16BE with BOM) as UTF-8.
std::string text_string_utf8(const GooString* s);
/// A PDF date ("D:20260227120000Z") as ISO 8601 ("2026-02-27T12:00:00Z"); as given if unparsable.
std::string iso_date(const GooString* s);

}  // namespace coi::extract
