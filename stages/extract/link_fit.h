// Whether a link rectangle, moved up or down, sits on words: the test link_realign.cc (one
// page's rectangles) and link_pages.cc (rectangles drawn for a neighbouring page) share; and
// which rectangles are pieces of one link, which those and link_placement.cc move or drop
// together. Private to stages/extract.
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

/// The end of the pieces of the link whose first piece is `links[a]`: [a, end) are consecutive
/// annotations of one URL (a web link wrapped over lines); an internal link is one piece.
inline size_t link_pieces_end(const std::vector<LinkArea>& links, size_t a) {
  size_t b = a + 1;
  while (b < links.size() && !links[a].uri.empty() && links[b].uri == links[a].uri) ++b;
  return b;
}

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
