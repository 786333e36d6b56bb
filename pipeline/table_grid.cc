#include "pipeline/table_grid.h"

#include <algorithm>

namespace coi {

size_t TableGrid::covered(size_t row) const {
  return static_cast<size_t>(std::count_if(slots[row].begin(), slots[row].end(),
                                           [](const GridSlot& s) { return !s.empty(); }));
}

TableGrid expand_grid(const Table& table) {
  TableGrid grid;
  const size_t rows = table.rows.size();
  grid.slots.resize(rows);
  for (size_t r = 0; r < rows; ++r) {
    size_t col = 0;
    for (size_t i = 0; i < table.rows[r].size(); ++i) {
      const Cell& cell = table.rows[r][i];
      // Rule 1: skip what spans from above cover.
      while (col < grid.slots[r].size() && !grid.slots[r][col].empty()) ++col;
      const size_t width = static_cast<size_t>(std::max(cell.colspan, 1));             // rule 2
      const size_t depth = std::min(static_cast<size_t>(std::max(cell.rowspan, 1)),  // rules 2, 3
                                    rows - r);
      for (size_t k = 0; k < depth; ++k) {
        std::vector<GridSlot>& slots = grid.slots[r + k];
        if (slots.size() < col + width) slots.resize(col + width);
        for (size_t x = col; x < col + width; ++x) {
          if (!slots[x].empty()) ++grid.overlaps;  // rule 5
          slots[x] = GridSlot{static_cast<int>(r), static_cast<int>(i), k == 0 && x == col};
        }
      }
      col += width;
      grid.columns = std::max(grid.columns, col);
    }
  }
  // Rule 4: each row was grown only as far as the slots covered in it; pad all to the width.
  for (std::vector<GridSlot>& slots : grid.slots) slots.resize(grid.columns);
  return grid;
}

const Cell& cell_at(const Table& table, const GridSlot& slot) {
  return table.rows[static_cast<size_t>(slot.row)][static_cast<size_t>(slot.index)];
}

Cell& cell_at(Table& table, const GridSlot& slot) {
  return table.rows[static_cast<size_t>(slot.row)][static_cast<size_t>(slot.index)];
}

}  // namespace coi
