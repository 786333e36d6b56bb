// Words Poppler glued across a ruled grid's column border (word_cuts.h): a cell whose text is
// wider than its column (XeLaTeX's p columns: "59,352,256" in a column narrower than it) prints
// over the border into the next cell, right up to or over that cell's text, and the two come
// out as one word ("59,352,256" + "0" -> "59,352,2560"), which then falls into one cell whole.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"

namespace coi::tables {

/// Cuts the words of `page` that cross an inner vertical border of a ruled fragment of
/// `fragments` (one drawn in the word's row) where one of their characters starts within
/// `tolerance` (points) of where the next column's text starts (see grid_glued_words.cc).
void cut_grid_glued_words(Page& page, const std::vector<Fragment>& fragments, double tolerance);

}  // namespace coi::tables
