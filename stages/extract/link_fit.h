// Whether a link rectangle, moved up or down, sits on words: the test link_realign.cc (one
// page's rectangles) and link_pages.cc (rectangles drawn for a neighbouring page) share.
// Private to stages/extract.
#pragma once

#include <utility>
#include <vector>

#include "pipeline/model.h"

namespace coi::extract {

/// One character of a page: its horizontal extent, vertical centre, and the PDF word (a run of
/// characters with no space) it belongs to.
struct Glyph {
  double x0, x1, cy;
  bool alnum, digit;
  int word;
};

/// How a rectangle sits on a line.
enum class Fit { kNone, kFits, kExact };

/// Whether `box` moved down by `dy` (up when negative) sits on its words, and whether exactly:
/// both its edges on its text's, within `tol` (link_realign.cc, step 2).
Fit fit_at(const Box& box, double dy, const std::vector<Glyph>& glyphs, double tol);

/// The shifts at which `box` fits, each once (within `tol`), in increasing order, and whether
/// exactly; candidates are the shifts putting its centre on a character whose left edge meets
/// its left edge or whose right edge meets its right edge (link_realign.cc, step 3).
std::vector<std::pair<double, Fit>> fitting_shifts(const Box& box,
                                                   const std::vector<Glyph>& glyphs, double tol);

}  // namespace coi::extract
