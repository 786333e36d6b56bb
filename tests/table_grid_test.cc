// The expanded grid of a table (pipeline/table_grid.h): one test per rule and edge case.
#include "pipeline/table_grid.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace coi {
namespace {

Cell cell(const std::string& text, int colspan = 1, int rowspan = 1) {
  Cell c;
  c.inlines.push_back(Inline{InlineKind::kText, text, "", "", 0});
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

// The grid as text, one string per row: each slot is its cell's text, lower case where the cell
// only spans it, "." where no cell covers it.
std::vector<std::string> picture(const Table& table, const TableGrid& grid) {
  std::vector<std::string> out;
  for (const std::vector<GridSlot>& row : grid.slots) {
    std::string line;
    for (const GridSlot& slot : row) {
      if (slot.empty()) {
        line += '.';
        continue;
      }
      const char c = plain_text(cell_at(table, slot).inlines).front();
      line += slot.anchor ? c : static_cast<char>(c - 'A' + 'a');
    }
    out.push_back(line);
  }
  return out;
}

TEST(TableGrid, EmptyTableHasNoSlots) {
  const TableGrid grid = expand_grid(Table{});
  EXPECT_TRUE(grid.slots.empty());
  EXPECT_EQ(grid.columns, 0u);
  EXPECT_EQ(grid.overlaps, 0);
}

TEST(TableGrid, EachCellIsAnchoredWhereItStarts) {
  Table t;
  t.rows = {{cell("A"), cell("B")}, {cell("C"), cell("D")}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AB", "CD"}));
  EXPECT_EQ(grid.columns, 2u);
  EXPECT_EQ(grid.slots[1][0].row, 1);
  EXPECT_EQ(grid.slots[1][0].index, 0);
  EXPECT_EQ(grid.slots[1][1].index, 1);
}

// Rule 1: a cell skips the slots a rowspan from above covers.
TEST(TableGrid, CellsSkipRowspansFromAbove) {
  Table t;
  t.rows = {{cell("A", 1, 2), cell("B"), cell("C", 1, 2)},
            {cell("D")},
            {cell("E"), cell("F"), cell("G")}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"ABC", "aDc", "EFG"}));
  EXPECT_TRUE(grid.slots[1][2].same_cell(grid.slots[0][2]));
  EXPECT_FALSE(grid.slots[1][2].anchor);
  EXPECT_EQ(grid.covered(1), 3u);
}

TEST(TableGrid, ColspanCoversSlotsToTheRight) {
  Table t;
  t.rows = {{cell("A", 3)}, {cell("B"), cell("C", 2)}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"Aaa", "BCc"}));
  EXPECT_TRUE(grid.slots[0][1].same_cell(grid.slots[0][2]));
}

TEST(TableGrid, SpanInBothDirections) {
  Table t;
  t.rows = {{cell("A", 2, 2), cell("B")}, {cell("C")}, {cell("D"), cell("E"), cell("F")}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AaB", "aaC", "DEF"}));
}

// Rule 2.
TEST(TableGrid, SpansBelowOneCountAsOne) {
  Table t;
  t.rows = {{cell("A", 0, -1), cell("B")}, {cell("C"), cell("D", -3, 0)}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AB", "CD"}));
  EXPECT_EQ(grid.overlaps, 0);
}

// Rule 3.
TEST(TableGrid, RowspanPastTheLastRowStopsThere) {
  Table t;
  t.rows = {{cell("A"), cell("B", 1, 5)}, {cell("C")}};
  const TableGrid grid = expand_grid(t);
  ASSERT_EQ(grid.slots.size(), 2u);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AB", "Cb"}));
}

// Rule 4: a short row has empty slots after its last cell; the grid stays rectangular.
TEST(TableGrid, RaggedRowEndsInEmptySlots) {
  Table t;
  t.rows = {{cell("A"), cell("B"), cell("C")}, {cell("D")}, {cell("E"), cell("F")}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"ABC", "D..", "EF."}));
  EXPECT_EQ(grid.columns, 3u);
  EXPECT_EQ(grid.covered(0), 3u);
  EXPECT_EQ(grid.covered(1), 1u);
  EXPECT_EQ(grid.covered(2), 2u);
}

// Rule 4: a row without cells of its own under a rowspan that is not leftmost.
TEST(TableGrid, RowspanRightOfAnEmptyRowLeavesItsLeftEmpty) {
  Table t;
  t.rows = {{cell("A"), cell("B", 1, 2)}, {}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AB", ".b"}));
  EXPECT_EQ(grid.covered(1), 1u);
}

// Rule 4: the widest row sets the width.
TEST(TableGrid, ColspanPastTheOtherRowsWidensTheGrid) {
  Table t;
  t.rows = {{cell("A"), cell("B")}, {cell("C"), cell("D", 3)}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(grid.columns, 4u);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AB..", "CDdd"}));
}

// Rule 5: a colspan running into a rowspan from above takes the slot; the clash is counted.
TEST(TableGrid, OverlapGoesToTheLaterCellAndIsCounted) {
  Table t;
  t.rows = {{cell("A"), cell("B", 1, 2)}, {cell("C", 2)}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AB", "Cc"}));
  EXPECT_EQ(grid.overlaps, 1);
  EXPECT_TRUE(grid.slots[0][1].anchor);  // an anchor is never taken over
}

// Rule 5: rowspans crossing: a lower cell's rowspan runs into a longer one from above.
TEST(TableGrid, CrossingRowspansAreCountedOncePerSlot) {
  Table t;
  t.rows = {{cell("A"), cell("B", 1, 3)}, {cell("C", 2, 2)}, {}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(picture(t, grid), (std::vector<std::string>{"AB", "Cc", "cc"}));
  EXPECT_EQ(grid.overlaps, 2);
}

TEST(TableGrid, CellAtGivesTheCoveringCell) {
  Table t;
  t.rows = {{cell("A", 1, 2), cell("B")}, {cell("C")}};
  const TableGrid grid = expand_grid(t);
  EXPECT_EQ(plain_text(cell_at(std::as_const(t), grid.slots[1][1]).inlines), "C");
  cell_at(t, grid.slots[1][0]).inlines.clear();  // the slot under A's rowspan reaches A itself
  EXPECT_TRUE(t.rows[0][0].inlines.empty());
}

}  // namespace
}  // namespace coi
