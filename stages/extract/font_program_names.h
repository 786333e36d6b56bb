// The names an embedded font program gives itself, where the PDF's own name for the font says
// nothing. Ghostscript's pdfwrite (10.0), re-printing WeasyPrint's PDFs, re-embeds their
// OpenType CFF fonts as bare CFF renamed "Anonymous" in the font dictionary, the descriptor and
// the program's Name INDEX alike, and writes no bold flag and a StemV that does not follow the
// weight (127 for TeX Gyre Heros Bold, 128 for its Regular: held16 seeds 2002 and 2006), so bold
// headings and table headers read as plain. The program keeps the font's real name in its
// String INDEX, as the FontName of its Font DICTs ("TeXGyreHeros-Bold"), and a name-keyed CFF
// its FullName and Weight in its Top DICT: Poppler parses none of them for the style (its
// FoFiType1C keeps the Top DICT private), so they are read here.
//
// Step 1: a font whose embedded program is a bare CFF (Type1C, or CIDFontType0C) is read once
//         a document (CaptureDevice::drawChar, with its glyph names).
// Step 2: the CFF's INDEXes are walked as the CFF specification (Adobe TN 5176) lays them out:
//         the Name INDEX, the first Top DICT, the String INDEX; the Top DICT's FullName (2) and
//         Weight (4) and each Font DICT's FontName (12 38, in the FDArray of a CID-keyed CFF)
//         are looked up by their string IDs. A program cut short or malformed gives the names
//         read before the fault, never a read past its end.
// Step 3: the font is bold (italic) where any of those names matches the config's
//         bold_font_name (italic_font_name), as the PDF's own name is matched
//         (extract_words.cc): "TeXGyreHeros-Bold" is bold, "Anonymous" and "Regular" say
//         nothing.
//
// Private to stages/extract.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace coi::extract {

/// Step 2: the names of a bare CFF program `cff` (its Name INDEX's first name, its Top DICT's
/// FullName and Weight, its Font DICTs' FontNames), in that order; none where it is no CFF.
std::vector<std::string> cff_font_names(std::span<const unsigned char> cff);

}  // namespace coi::extract
