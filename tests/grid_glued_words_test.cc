// Words glued across a ruled grid's column border (stages/tables/grid_glued_words.h), on
// hand-made pages: a two-column grid with borders at x 50, 100 and 200, whose second column's
// text starts at 106 (the border and 6 pt of padding). Characters advance 6 pt (12 pt text).
#include "stages/tables/grid_glued_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/doc_builder.h"

namespace coi::tables {
namespace {

using testing::PageBuilder;

// The grid: `rows` rows 20 pt high from y 0; each row two cells, or one spanning both.
Fragment grid(int rows, const std::vector<bool>& spanning) {
  Fragment f;
  f.xs = {50, 100, 200};
  for (int r = 0; r <= rows; ++r) f.ys.push_back(20.0 * r);
  f.box = Box{50, 0, 200, 20.0 * rows};
  for (int r = 0; r < rows; ++r) {
    const bool span = r < static_cast<int>(spanning.size()) && spanning[static_cast<size_t>(r)];
    for (int c = 0; c < (span ? 1 : 2); ++c) {
      GridCell cell;
      cell.row = r, cell.col = c, cell.colspan = span ? 2 : 1;
      f.cells.push_back(cell);
    }
  }
  return f;
}

std::vector<std::string> texts(const Page& page) {
  std::vector<std::string> out;
  for (const Word& w : page.words) out.push_back(w.text);
  return out;
}

// "59,352,256" overflows its column past the border at 100, up to "0" starting at 106 where
// the other rows' second cells start: Poppler's one word is cut there.
TEST(GridGluedWords, AWordGluedAcrossABorderIsCutWhereTheNextColumnsTextStarts) {
  PageBuilder p(1, 595, 842);
  p.word("Women", 56, 4);
  p.word("27.5%", 106, 4);
  p.glued("59,352,25", 56, "60", 106, 24);  // "59,352,25" ends at 110, over the "6" of "60"
  p.word("Refugee", 56, 44);
  p.word("12", 106, 44);
  Page& page = p.page();
  cut_grid_glued_words(page, {grid(3, {})}, 0.1);
  EXPECT_EQ(texts(page), (std::vector<std::string>{"Women", "27.5%", "59,352,25", "Refugee", "12",
                                                   "60"}));
  EXPECT_DOUBLE_EQ(page.words.back().box.x0, 106);
  EXPECT_DOUBLE_EQ(page.words[2].box.x1, 106);
}

// Nothing is cut where the next cell's text is a word of its own over the overflowing word's
// end (XeLaTeX's overprinted headers), where the row's cell spans both columns (no border
// there), or with the tolerance 0 (off).
TEST(GridGluedWords, OverprintedSpanningOrOffLeavesTheWordWhole) {
  for (const int kase : {0, 1, 2}) {
    PageBuilder p(1, 595, 842);
    p.word("Women", 56, 4);
    p.word("27.5%", 106, 4);
    p.glued("Unaccompa", 56, "nied", 106, 24);
    if (kase == 0) p.word("Applications", 106, 24);
    p.word("Refugee", 56, 44);
    p.word("12", 106, 44);
    Page& page = p.page();
    const size_t before = page.words.size();
    cut_grid_glued_words(page, {grid(3, {false, kase == 1, false})}, kase == 2 ? 0 : 0.1);
    EXPECT_EQ(page.words.size(), before) << "case " << kase;
  }
}

// A column whose text starts at no shared x (one word only starts inside it) gives no start.
TEST(GridGluedWords, AColumnWithoutASharedTextStartCutsNothing) {
  PageBuilder p(1, 595, 842);
  p.word("Women", 56, 4);
  p.glued("59,352,25", 56, "60", 106, 24);
  p.word("12", 120, 44);
  Page& page = p.page();
  cut_grid_glued_words(page, {grid(3, {})}, 0.1);
  EXPECT_EQ(page.words.size(), 3u);
}

// A third column at 200-300: a row of one glued header over one body row, where only the
// second column shows two words starting at one x (106, 6 pt right of its border).
Fragment three_columns() {
  Fragment f;
  f.xs = {50, 100, 200, 300};
  f.ys = {0, 20, 40};
  f.box = Box{50, 0, 300, 40};
  for (int r = 0; r < 2; ++r) {
    for (int c = 0; c < 3; ++c) {
      GridCell cell;
      cell.row = r, cell.col = c;
      f.cells.push_back(cell);
    }
  }
  return f;
}

// The third column's one word starts 6 pt right of its border, as the second column's text
// does of its own: its text starts there, and the header glued across the border at 200 is cut
// (step 1b). Started anywhere else (a number centred or set right), it shows nothing.
TEST(GridGluedWords, AColumnsOneWordStartingWhereTheOthersArePaddedShowsItsStart) {
  for (const double at : {206.0, 230.0}) {
    PageBuilder p(1, 595, 842);
    p.word("Year", 56, 4);
    p.glued("Internationalisation", 106, "Applications", 206, 4);
    p.word("2019", 56, 24);
    p.word("12", 106, 24);
    p.word("34", at, 24);
    Page& page = p.page();
    cut_grid_glued_words(page, {three_columns()}, 0.1);
    EXPECT_EQ(page.words.size(), at == 206.0 ? 6u : 5u) << at;
  }
}

}  // namespace
}  // namespace coi::tables
