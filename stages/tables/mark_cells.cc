// Footnote marks in table cells go with the word they mark.
//
// A word's cell is the one under the centre of its box (cell_grid.h). A mark is printed right
// after the word it marks, and where that word fills its column the mark has no room left:
// LaTeX's p columns let it run on past the column's rule, and in the last column past the grid's
// right border ("58,211,662" ends at 519.2 pt, its mark "31" runs on to 528.1, the border lies at
// 522.9). Its centre then lies in no cell, or in the next column's, and the mark was lost or
// read into the wrong cell.
//
// Step 1: the marks: words whose centre lies within the fragment's rows, set right after a word
//         of those rows (that word ends where the mark starts, within `snap_tolerance`) as its
//         superscript (cell_text.h, superscript_of).
// Step 2: a mark takes that word's cell, when the word has one, and is marked raised (layout
//         marks superscripts against its lines, which a mark past the grid's border may not
//         share with its word).
//
//   |      74.5%|58,211,662|31      border at 522.9, "31" centred at 523.7: no cell's
//   -> the last cell reads "58,211,662" and mark 31
//
// Assumption: a mark touches the word it marks; no producer sets a cell's text flush against the
// end of the text of the cell to its left, raised above its baseline.
#include "stages/tables/mark_cells.h"

#include <algorithm>
#include <cmath>

#include "stages/tables/cell_text.h"

namespace coi::tables {

namespace {

bool in_rows(const Fragment& f, const Word& w) {
  const double cy = w.box.centre_y();
  return cy >= f.box.y0 && cy <= f.box.y1;
}

}  // namespace

void place_marks_with_their_words(Page& page, const Fragment& f, const TablesConfig& config,
                                  std::vector<int>& cells) {
  std::vector<int> by_end;  // words in the fragment's rows, by right edge
  for (int w = 0; w < static_cast<int>(page.words.size()); ++w) {
    if (in_rows(f, page.words[w])) by_end.push_back(w);
  }
  auto right_edge = [&](int w) { return page.words[w].box.x1; };
  std::sort(by_end.begin(), by_end.end(), [&](int a, int b) { return right_edge(a) < right_edge(b); });
  for (int m : by_end) {
    Word& mark = page.words[m];
    // Step 1: the word it is set after ends where it starts.
    auto it = std::lower_bound(by_end.begin(), by_end.end(), mark.box.x0 - config.snap_tolerance,
                               [&](int w, double x) { return right_edge(w) < x; });
    for (; it != by_end.end() && right_edge(*it) <= mark.box.x0 + config.snap_tolerance; ++it) {
      const int base = *it;
      if (base == m || cells[base] < 0 || page.words[base].raised ||
          !superscript_of(mark, page.words[base], config)) {
        continue;
      }
      // Step 2.
      cells[m] = cells[base];
      mark.raised = true;
      break;
    }
  }
}

}  // namespace coi::tables
