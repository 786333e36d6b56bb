// Footnote marks in table cells (fixtures/tables-once/mark-past-the-border*,
// mark-wrapped-in-its-cell*, fixtures/README.md):
// pages cut from XeLaTeX renderings of generated notes whose cells hold a number or a year that
// fills its column, so that its footnote mark runs on past the column's rule, past the grid's
// right border in the last column (stages/tables/mark_cells.h). Every mark of the model's
// tables is read in its own cell; once those past the right border were lost and those over an
// inner rule opened the next cell ("^52241,190").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "pipeline/table_grid.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// Every footnote mark of `table`'s cells as "r<row> c<column>: <mark>", the cell's top-left
// slot of the expanded grid (pipeline/table_grid.h), in grid order.
std::vector<std::string> marks_by_slot(const Table& table) {
  std::vector<std::string> out;
  const TableGrid grid = expand_grid(table);
  for (size_t r = 0; r < grid.slots.size(); ++r) {
    for (size_t c = 0; c < grid.columns; ++c) {
      const GridSlot& slot = grid.slots[r][c];
      if (slot.empty() || !slot.anchor) continue;
      for (const Inline& run : cell_at(table, slot).inlines) {
        if (run.kind != InlineKind::kFootnoteRef) continue;
        out.push_back("r" + std::to_string(r + 1) + " c" + std::to_string(c + 1) + ": " +
                      std::to_string(run.footnote));
      }
    }
  }
  return out;
}

// The model's tables and ours, one for one, mark for mark.
void expect_marks_in_their_cells(const Doc& model, const Doc& ours) {
  const std::vector<const Block*> want = testing::tables_of(model);
  const std::vector<const Block*> got = testing::tables_of(ours);
  ASSERT_EQ(got.size(), want.size());
  size_t marks = 0;
  for (size_t t = 0; t < want.size(); ++t) {
    const std::vector<std::string> wanted = marks_by_slot(want[t]->table);
    marks += wanted.size();
    EXPECT_EQ(marks_by_slot(got[t]->table), wanted) << "table " << want[t]->id;
  }
  EXPECT_GE(marks, 4u);  // the fixture holds marks to read
}

struct MarkPastTheBorderRender {
  static constexpr const char* kFolder = "fixtures/tables-once/mark-past-the-border";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "footnotes";
};

using MarkPastTheBorder = testing::FixtureRenderSuite<MarkPastTheBorderRender>;

// Pages 12 and 29 of seed 922's XeLaTeX rendering (TeX Gyre Heros 11 pt): "123,144" and
// "2,496,336" fill the last column, their marks 51 and 181 past the grid's right border; "1995"
// fills the Year column, its mark 52 past the rule into "241,190"'s cell.
TEST_F(MarkPastTheBorder, EveryMarkIsReadInTheCellOfTheWordItFollows) {
  expect_marks_in_their_cells(*model_, *ours_);
}

struct MarkPastTheBorder906Render {
  static constexpr const char* kFolder = "fixtures/tables-once/mark-past-the-border-906";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "footnotes";
};

using MarkPastTheBorder906 = testing::FixtureRenderSuite<MarkPastTheBorder906Render>;

// Pages 81 and 92 of seed 906's (Liberation Serif 12 pt, US Letter): the last column's
// "37,241,882", "36,941,392" and "96,131,978" run on past the border themselves, and their
// marks 375, 380 and 449 start past it.
TEST_F(MarkPastTheBorder906, EveryMarkIsReadInTheCellOfTheWordItFollows) {
  expect_marks_in_their_cells(*model_, *ours_);
}

struct MarkWrappedInItsCellRender {
  static constexpr const char* kFolder = "fixtures/tables-once/mark-wrapped-in-its-cell";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "footnotes";
};

using MarkWrappedInItsCell = testing::FixtureRenderSuite<MarkWrappedInItsCellRender>;

// Pages 11 to 13 of seed 1127's LibreOffice rendering (held9): a Year column a digit wide,
// whose years print a digit a line, and so do their marks, in a smaller size ("2" / "0" / "1" /
// "1" / "4" / "0": 2011 and mark 40). The mark's digits under the year are its pieces, one mark
// (stages/tables/mark_cells.h, step 3); once "201140".
TEST_F(MarkWrappedInItsCell, AMarkPrintedADigitALineIsOneMark) {
  expect_marks_in_their_cells(*model_, *ours_);
}

struct MarkWrappedInItsCell1107Render {
  static constexpr const char* kFolder = "fixtures/tables-once/mark-wrapped-in-its-cell-1107";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "footnotes";
};

using MarkWrappedInItsCell1107 = testing::FixtureRenderSuite<MarkWrappedInItsCell1107Render>;

// Pages 40 to 43 of seed 1107's (held9): "43.4%" fills its cell, its mark 211 breaks after the
// "2", and "11" wraps onto the cell's next line (once the mark read "2" and the cell "43.4% 11").
TEST_F(MarkWrappedInItsCell1107, AMarkBrokenAfterItsFirstDigitIsOneMark) {
  expect_marks_in_their_cells(*model_, *ours_);
}

}  // namespace
}  // namespace coi
