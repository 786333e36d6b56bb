// Figures stacked in a column: two rows, not one cell wrapped. A producer wraps a cell's text
// only at a space (or after a hyphen), so a cell's next line continues its words: "US$2.2" over
// "billion", "40%-" over "59%". A complete figure ("55,643,618", "19.1%", "£3,874", "28%-46%")
// over another complete figure is no such continuation: no one writes two figures side by side
// in one cell, so the line below opens the next row. This tells rows apart where the text
// otherwise cannot: every cell one line of a narrow column, each next word too wide to have
// fitted on the line above, and no padding between rows (TeX pads none: row_pitch.h).
//
// A figure broken inside (LibreOffice and WeasyPrint break a number too wide for its column
// between two characters, "786,69" over "3"; "202" over "1") is told apart by its halves: the
// first is no figure ("786,69" groups two digits), or the two read together are one ("2021").
#pragma once

#include <string_view>

namespace coi::tables {

/// True when `text` is one complete figure: an optional currency sign (after capital letters:
/// "US$"), digits grouped by commas in threes or not grouped, an optional decimal part, an
/// optional "%"; or two such figures joined by a hyphen or an en dash ("28%-46%").
bool is_figure(std::string_view text);

/// True when `above` and `below`, the last word of a column on one printed line and the first of
/// the same column on the next, are two figures that cannot be one broken across the lines.
bool figures_stacked(std::string_view above, std::string_view below);

}  // namespace coi::tables
