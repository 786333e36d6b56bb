// Ligature glyphs a driver left with no Unicode. A font whose Unicode map (a ToUnicode stream)
// was rebuilt from its character map, as MuPDF's `mutool convert` rebuilds it, maps no ligature:
// a ligature glyph ("ﬁ", "ﬃ") has no character of its own in a font's character map, so its
// code maps to nothing and Poppler drops it, leaving a gap ("counter-tra cking", "identi ed")
// or nothing ("conrmed", "ofce"): WeasyPrint re-printed by MuPDF's convert, seeds 1915 and
// 1873-1879. The glyph's name in the embedded font still says what it is: Adobe's naming
// convention spells a ligature's letters joined by underscores ("f_i", "f_f_i"), and the
// older names ("fi", "ffl") are in Adobe's glyph list.
//
// Step 1: on each font a page draws in, once, a composite font whose embedded font is a
//         name-keyed CFF (CIDFontType0C: Identity codes are glyph numbers) is looked at: every
//         glyph named as a ligature of letters.
// Step 2: a name reads as a ligature when it is two to three letters joined by underscores
//         ("f_i", "f_f_l"), or a name of the glyph list's ligatures of f ("fi", "fl", "ff",
//         "ffi", "ffl").
// Step 3: where the font draws such a code and Poppler found no character for it, the letters
//         are drawn (CaptureDevice::drawChar), as a ligature's characters are when its font maps
//         them: spread over the glyph's width.
//
// Private to stages/extract.
#pragma once

#include <poppler/CharTypes.h>

#include <map>
#include <span>
#include <string_view>
#include <vector>

class GfxFont;

namespace coi::extract {

/// Step 2: the letters a glyph named `name` is a ligature of, or none.
std::vector<Unicode> ligature_letters(std::string_view name);

/// Step 1: the codes of `font` whose glyphs its embedded font `program` names as ligatures,
/// each with its letters (drawn only where the font maps the code to no character); empty for
/// any other font.
std::map<CharCode, std::vector<Unicode>> ligature_glyph_names(
    const GfxFont& font, std::span<const unsigned char> program);

}  // namespace coi::extract
