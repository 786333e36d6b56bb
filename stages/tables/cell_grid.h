// Which cell of a table fragment holds a word: the cell under the centre of its box (words are
// far smaller than cells, and the centre is immune to a glyph that overhangs a border). Words in
// the page's footnote area, or in a header printed again under the header (repeated_header.h),
// are no cell's. Read by cell_text.h, which fills the cells, and whole_words.h, which counts
// their words before any is filled.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"

namespace coi::tables {

/// The cells of one fragment, looked up by position.
class CellGrid {
 public:
  /// `fragment` must outlive the grid.
  explicit CellGrid(const Fragment& fragment);
  /// The index in fragment.cells of the cell holding a word of `page` with box `box`, or -1.
  int cell_of(const Page& page, const Box& box) const;

 private:
  const Fragment& fragment_;
  // owner_[r * columns + c]: the cell covering grid position (r, c), or -1. The grid lines are
  // sorted, so a point's position is two binary searches away.
  std::vector<int> owner_;
};

}  // namespace coi::tables
