// Footnote marks in table cells go with the word they follow (stages/tables/mark_cells.h), on
// hand-made pages: a two-column grid with borders at x 50, 100 and 200, one row 20 pt high,
// 12 pt text (characters advance 6 pt) and 7 pt marks raised 3 pt; and marks wrapped below
// their word, a digit a line.
#include "stages/tables/mark_cells.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/support/doc_builder.h"

namespace coi::tables {
namespace {

using testing::PageBuilder;
using testing::WordStyle;

Fragment one_row() {
  Fragment f;
  f.xs = {50, 100, 200};
  f.ys = {0, 20};
  f.box = Box{50, 0, 200, 20};
  for (int c = 0; c < 2; ++c) {
    GridCell cell;
    cell.row = 0, cell.col = c;
    f.cells.push_back(cell);
  }
  return f;
}

WordStyle mark_style() {
  WordStyle s;
  s.size = 7;
  return s;
}

// "1995" fills the first column up to its rule, its mark "52" runs on over the rule (its centre
// in the second cell); "58,211,6" fills the second up to 196, its mark "310" runs on past the
// grid's right border (its centre in no cell). Each goes to its word's cell, raised.
TEST(MarkCells, AMarkPastARuleGoesToTheCellOfTheWordItFollows) {
  PageBuilder p(1, 595, 842);
  p.word("1995", 76, 4);                // 76-100: cell 0
  p.word("52", 100, 1, mark_style());   // 100-107, centre 103.5: cell 1
  p.word("58,211,6", 148, 4);           // 148-196: cell 1
  p.word("310", 196, 1, mark_style());  // 196-206.5, centre 201.25: no cell
  Page& page = p.page();
  std::vector<int> cells = {0, 1, 1, -1};
  place_marks_with_their_words(page, one_row(), TablesConfig{}, cells);
  EXPECT_EQ(cells, (std::vector<int>{0, 0, 1, 1}));
  EXPECT_TRUE(page.words[1].raised);
  EXPECT_TRUE(page.words[3].raised);
}

// A word set after another at the same size and baseline is the next cell's text, not a mark:
// it keeps the cell its centre gave it.
TEST(MarkCells, AWordOfTheSameSizeKeepsItsCell) {
  PageBuilder p(1, 595, 842);
  p.word("1995", 76, 4);
  p.word("52", 100, 4);
  Page& page = p.page();
  std::vector<int> cells = {0, 1};
  place_marks_with_their_words(page, one_row(), TablesConfig{}, cells);
  EXPECT_EQ(cells, (std::vector<int>{0, 1}));
  EXPECT_FALSE(page.words[1].raised);
}

// A year a digit a line in a column a digit wide, then its mark's digits at 7 pt, a digit a line
// too ("1" / "4" / "0"): the mark's pieces are raised, the year's digits and the next row's "2"
// (12 pt, under the mark) are not. Without a mark printed in that size on the page, none is.
TEST(MarkCells, AMarksDigitsWrappedUnderItsWordAreRaised) {
  PageBuilder p(1, 595, 842);
  p.word("1", 56, 0);                // 0-12
  p.word("4", 56, 13, mark_style());  // 13-20
  p.word("0", 56, 21, mark_style());  // 21-28
  p.word("2", 56, 30);               // 30-42: the next row's year
  WordStyle raised = mark_style();
  raised.raised = true;
  p.word("41", 160, 0, raised);  // a mark elsewhere on the page: the page's marks are 7 pt
  Page& page = p.page();
  raise_wrapped_marks(page, {0, 1, 2, 3}, TablesConfig{});
  EXPECT_FALSE(page.words[0].raised);
  EXPECT_TRUE(page.words[1].raised);
  EXPECT_TRUE(page.words[2].raised);
  EXPECT_FALSE(page.words[3].raised);
  page.words.pop_back();
  page.words[1].raised = page.words[2].raised = false;
  raise_wrapped_marks(page, {0, 1, 2, 3}, TablesConfig{});
  EXPECT_FALSE(page.words[1].raised);
}

// LibreOffice leaves a line empty between a year's last digit and its mark wrapped a digit a
// line ("2" / "" / "4" / "3"): a piece whose top lies at most `wrapped_mark_max_gap` of the
// digit's heights under it is a piece of its mark; one further down is not.
TEST(MarkCells, AMarkWrappedAfterAnEmptyLineIsRaised) {
  PageBuilder p(1, 595, 842);
  p.word("2", 56, 0);                 // 0-12
  p.word("4", 56, 27, mark_style());  // 27-34: a line left empty (12-24), the mark 3 pt down
  p.word("3", 56, 35, mark_style());  // 35-42
  WordStyle raised = mark_style();
  raised.raised = true;
  p.word("41", 160, 0, raised);  // the page's marks are 7 pt
  Page& page = p.page();
  raise_wrapped_marks(page, {0, 1, 2}, TablesConfig{});
  EXPECT_TRUE(page.words[1].raised);
  EXPECT_TRUE(page.words[2].raised);
  page.words[1].raised = page.words[2].raised = false;
  TablesConfig one_line;
  one_line.wrapped_mark_max_gap = 1;
  raise_wrapped_marks(page, {0, 1, 2}, one_line);
  EXPECT_FALSE(page.words[1].raised);
}

}  // namespace
}  // namespace coi::tables
