// The cell of a footnote mark in a table: that of the word it is set after; and the pieces of a
// mark wrapped below its word (see mark_cells.cc).
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// Puts each footnote mark of `page` printed in the rows of `f` into the cell of the word it is
/// set right after (superscript_of), where that word has a cell: `cells[w]` is the index in
/// f.cells of word w's cell, or -1, as the cell under each word's centre gave it. The marks so
/// placed are marked raised.
void place_marks_with_their_words(Page& page, const Fragment& f, const TablesConfig& config,
                                  std::vector<int>& cells);

/// Marks as raised the pieces of footnote marks wrapped below their word in a cell narrower
/// than word and mark (see mark_cells.cc): among `words` (a fragment's), runs of digits set in
/// a mark's size under the word they mark, or under such a piece.
void raise_wrapped_marks(Page& page, const std::vector<int>& words, const TablesConfig& config);

}  // namespace coi::tables
