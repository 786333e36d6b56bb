// Rejoining tables over page breaks (table_join.h), step 1 (f): a repeated header whose cell's
// last lines print under its border, in the first body row.
//
// A header cell spanning the header's rows in a column too narrow for its word ("Year" over two
// header rows, one letter a line) is taller than the rows it spans. On the table's first page
// the producer makes the rows tall enough; on the pages it repeats the header, LibreOffice draws
// the rows at the height of their other cells and prints the cell's last lines past its bottom
// border, over the first body row: the body cell under it then reads "r9" (the "r" of "Year" on
// the line of the "9" that ends a row the page break cut), and the header "Yea", which is no
// repeat of the table's "Year", so the table was found in two parts. Where enough of the letter
// lies above the border, the grid gives it to the cell above (cell_grid.h, `grid_overflow_share`);
// LibreOffice prints it as little as 14% of its height above, which a glyph reaching above its
// own row shows too, so the page alone does not tell: the header the page before printed does.
//
//   page 28:  | Y | 2019 ...     |        page 29:  | Y | 2019 ...     |
//             | e | Counter-     |                  | e | Counter-     |
//             | a | trafficking  |                  | a | trafficking  |
//             | r |              |                  +-r-+--------------+  <- the header's border
//             +---+--------------+                  | 9 |              |  <- "r" over the cut row
//             | 2 | 25%-16%      |                  | 2 | 123          |
//
// Step 1: the continuation's header cells that reach its last header row are matched, by their
//         columns, with the previous fragment's; a cell whose letters are fewer than its match's
//         is short.
// Step 2: a short cell whose text (spaces aside) is a proper start of its match's takes the rest
//         ("r" of "Year" after "Yea") from the body cell under it, when the body cell's text
//         starts with it and a word of its first line, or that whole line, prints it: those
//         words leave the body cell, and its text loses the rest at its start ("r9" -> "9").
// A header that already repeats the previous one is left alone, and letters move only where they
// complete their header cell: a body cell that does not start with them keeps its text.
#pragma once

#include "pipeline/model.h"
#include "stages/tables/fragment.h"

namespace coi::tables {

/// `next` (a fragment on the page after `prev`'s, with the same columns) with the lines its
/// header cells printed under the header's border, in its first body row, taken back into them
/// (above); false, and `next` untouched, when no header cell of it is short by such a line.
bool restore_overflowed_header(const Page& page, const Fragment& prev, Fragment& next);

}  // namespace coi::tables
