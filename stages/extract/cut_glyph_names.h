// Glyph names a driver cut short. A simple font with no Unicode map (a ToUnicode stream), or whose
// map leaves a code out, is read by its glyphs' names, as Adobe's glyph list spells them
// ("sterling" is "£"); Poppler maps a name the list does not know to the character code itself.
// Ghostscript re-printing LibreOffice's TeX Gyre Heros through pdfwrite names the pound sign
// "/sterlin", and its code (92 or 93) then reads "\" or "]" (seeds 1564 and 1873,
// gs-libreoffice); through PostScript first (ps2write, as a print queue), the font gets a
// Unicode map without that code, 90, which reads "Z" (seeds 1874 and 1919).
//
// Step 1: on each font a page draws in, once, a simple font is looked at: every code whose name
//         the glyph list does not know is a candidate.
// Step 2: the candidate's name, at least `cut_glyph_name_min_chars` letters long ([extract] in
//         config/coi.toml), is a known name cut short
//         when it begins a known name and every known name it begins begins with the shortest of
//         them ("sterlin": "sterling" and "sterlingmonospace"; the shortest is taken). A name
//         beginning names of two families ("ae" begins "aeacute" and "aekorean") is left alone.
// Step 3: where the font draws the code and Poppler passed it through as itself, the character
//         drawn is that name's (CaptureDevice::drawChar; Poppler does not export its Unicode
//         maps, so the character is changed as it is drawn, not in the font's map).
//
// Private to stages/extract.
#pragma once

#include <poppler/CharTypes.h>

#include <optional>
#include <string_view>
#include <vector>

class GfxFont;

namespace coi::extract {

/// Step 2: the character of the known glyph name `name` was cut from, or nullopt when `name` is
/// a known name itself, shorter than `min_chars`, or begins no family of known names.
std::optional<Unicode> unicode_of_cut_name(std::string_view name, size_t min_chars);

/// Step 1: for each code 0-255 of `font` (a simple font), the character
/// of the name its glyph name was cut from (names of at least `min_chars`), 0 where it was not;
/// empty when no name was cut or the font is of another kind.
std::vector<Unicode> cut_glyph_names(GfxFont& font, size_t min_chars);

}  // namespace coi::extract
