// A table's expanded grid: the model keeps a table as rows of cells with spans (a covered
// position has no cell), but joining, typing, validating, CSV and diff need the positions. This
// is the one place the spans are laid out; every reader of positions asks expand_grid.
//
// The rules, decided once:
//   1. Row by row, each cell takes the first slot of its row, at or after the slot where the
//      row's previous cell ended, that a cell of a row above does not cover, and covers
//      rowspan x colspan slots from there. So each cell has exactly one anchor slot (its
//      top-left), in the order of Table::rows.
//   2. A span below 1 (possible only in a hand-made or malformed model) counts as 1.
//   3. A rowspan running past the last row stops at the last row.
//   4. The grid is rectangular: as wide as the furthest slot any cell covers. A ragged row (its
//      cells cover fewer slots) has empty slots, and those lie after its last cell.
//   5. Overlapping spans (a colspan running into a rowspan from above, or rowspans crossing):
//      the slot goes to the cell placed later, and TableGrid::overlaps counts it, so the
//      validator can refuse such a table. An anchor slot is never taken over.
//
//   rows: | A (rowspan 2) | B |        grid: | A* | B* |     * = anchor
//         | C |                              | A  | C* |
#pragma once

#include <cstddef>
#include <vector>

#include "pipeline/model.h"

namespace coi {

/// One position of the grid: the cell covering it, if any.
struct GridSlot {
  int row = -1;         ///< the covering cell's row in Table::rows; -1 when no cell covers it
  int index = -1;       ///< the covering cell's index within that row
  bool anchor = false;  ///< the covering cell starts here (its top-left slot)

  /// No cell covers this slot (a ragged row).
  bool empty() const { return row < 0; }
  /// Both slots are covered by the same cell.
  bool same_cell(const GridSlot& other) const { return row == other.row && index == other.index; }
};

/// A table's cells laid out on a rectangular grid of slots.
struct TableGrid {
  std::vector<std::vector<GridSlot>> slots;  ///< [row][column]; one row per Table row, each
                                             ///< `columns` slots long
  size_t columns = 0;
  int overlaps = 0;  ///< slots two cells claimed (rule 5); 0 in a well-formed table

  /// Number of slots of `row` that some cell covers (the row's width once spans are counted).
  size_t covered(size_t row) const;
};

/// Lays the cells of `table` out on its grid (rules above).
TableGrid expand_grid(const Table& table);

/// The cell covering `slot`, which must not be empty.
const Cell& cell_at(const Table& table, const GridSlot& slot);
/// The cell covering `slot`, which must not be empty.
Cell& cell_at(Table& table, const GridSlot& slot);

}  // namespace coi
