// Small conversions from Poppler's types to the model's (private to stages/extract).
#pragma once

#include <poppler/goo/GooString.h>

#include <string>

namespace coi::extract {

/// A PDF text string (PDFDocEncoding or UTF-16BE with BOM) as UTF-8.
std::string text_string_utf8(const GooString* s);
/// A PDF date ("D:20260227120000Z") as ISO 8601 ("2026-02-27T12:00:00Z"); as given if unparsable.
std::string iso_date(const GooString* s);

}  // namespace coi::extract
