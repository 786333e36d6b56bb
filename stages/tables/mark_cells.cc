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
// Step 3: marks wrapped in a cell narrower than a word and its mark. LibreOffice breaks a line
//         inside a mark as inside any word: "43.4%²" / "11" for mark 211, or, in a Year column a
//         digit wide, a digit a line ("2" / "0" / "1" / "1" / "4" / "0" for 2011 and mark 40).
//         A run of digits at most `superscript_max_size` of the size of the word printed
//         straight above it (overlapping it across, its top at most `wrapped_mark_max_gap` of
//         that word's heights below it: LibreOffice leaves a line empty between a year's last
//         digit and its mark, "2" / "0" / "2" / "2" / "" / "19" / "0" for 2022 and mark 190,
//         held17 2124 and 2125, also re-printed by Ghostscript), or under such a piece at its
//         size, and in the size of the page's raised marks (a table whose header is set
//         larger than its body is no mark over figures), is a piece of a mark, marked raised;
//         the inline builder reads stacked pieces as one mark (stages/text/inline_runs.h).
//
//   |      74.5%|58,211,662|31      border at 522.9, "31" centred at 523.7: no cell's
//   -> the last cell reads "58,211,662" and mark 31
//
// Assumption: a mark touches the word it marks; no producer sets a cell's text flush against the
// end of the text of the cell to its left, raised above its baseline.
#include "stages/tables/mark_cells.h"

#include <algorithm>
#include <cmath>

#include "pipeline/ascii_digits.h"
#include "stages/tables/cell_text.h"

namespace coi::tables {

namespace {

// Font sizes closer than this (points) are one size: a PDF's sizes carry rounding.
constexpr double kSameSize = 0.25;

bool in_rows(const Fragment& f, const Word& w) {
  const double cy = w.box.centre_y();
  return cy >= f.box.y0 && cy <= f.box.y1;
}

// Step 3: the word of `words` printed straight above `w` (overlapping it across, its bottom at
// most `max_gap` of its heights above `w`'s top), the nearest; -1 when none.
int word_above(const Page& page, const std::vector<int>& words, const Word& w, double max_gap) {
  int best = -1;
  for (int a : words) {
    const Box& box = page.words[a].box;
    if (box.x1 <= w.box.x0 || box.x0 >= w.box.x1 || box.y1 > w.box.y0 + w.box.height() / 2 ||
        w.box.y0 - box.y1 > max_gap * box.height()) {
      continue;
    }
    if (best < 0 || box.y1 > page.words[best].box.y1) best = a;
  }
  return best;
}

}  // namespace

void place_marks_with_their_words(Page& page, const Fragment& f, const TablesConfig& config,
                                  std::vector<int>& cells) {
  std::vector<int> by_end;  // words in the fragment's rows, by right edge
  for (int w = 0; w < static_cast<int>(page.words.size()); ++w) {
    if (in_rows(f, page.words[w])) by_end.push_back(w);
  }
  auto right_edge = [&](int w) { return page.words[w].box.x1; };
  std::sort(by_end.begin(), by_end.end(),
            [&](int a, int b) { return right_edge(a) < right_edge(b); });
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

void raise_wrapped_marks(Page& page, const std::vector<int>& words, const TablesConfig& config) {
  std::vector<double> mark_sizes;  // of the page's raised marks
  for (const Word& w : page.words) {
    if (w.raised) mark_sizes.push_back(w.font_size);
  }
  auto mark_sized = [&](const Word& w) {
    return std::any_of(mark_sizes.begin(), mark_sizes.end(),
                       [&](double size) { return std::fabs(size - w.font_size) < kSameSize; });
  };
  std::vector<int> by_top = words;
  std::sort(by_top.begin(), by_top.end(),
            [&](int a, int b) { return page.words[a].box.y0 < page.words[b].box.y0; });
  for (int m : by_top) {
    Word& piece = page.words[m];
    if (piece.raised || !all_ascii_digits(piece.text) || !mark_sized(piece)) continue;
    const int a = word_above(page, by_top, piece, config.wrapped_mark_max_gap);
    if (a < 0) continue;
    const Word& above = page.words[a];
    const bool under_piece = above.raised && all_ascii_digits(above.text) &&
                             std::fabs(above.font_size - piece.font_size) < kSameSize;
    if (under_piece || piece.font_size <= config.superscript_max_size * above.font_size) {
      piece.raised = true;
    }
  }
}

}  // namespace coi::tables
