// Words glued across a ruled grid's column border, cut where the next column's text starts.
//
// Step 1: where each column's text starts. Producers set a column's left-aligned cells at one x,
//         its left border plus the cell padding: the leftmost start of the words that start
//         inside the column (right of its border), when at least two words start there (within
//         `tolerance`). A column whose cells are centred or right-aligned has no such edge, or
//         one its widest cell alone sets: none is taken.
// Step 1b: a column where only one word starts (a fragment of one body row under a header of
//         glued words: "InternationalisationDisproportionately" starts in the column before)
//         starts where that word does when it starts as far right of its border as the text of
//         the fragment's other inner columns does of theirs: the producer pads every column
//         alike (LaTeX's \tabcolsep), and a centred or right-aligned word lands there only by
//         chance. The padding is taken when every inner column measured in step 1 agrees on it
//         (within `tolerance`); the first column's is not, its border being the grid's outline.
// Step 2: a word starting left of an inner border whose row has that border drawn (a cell of
//         the fragment starts at that column in the word's row; a cell spanning it has no
//         border there) and ending right of the column's text start is glued when one of its
//         characters starts at that start (word_cuts.h's char_start_at): the next cell's text.
//         An overflowing figure's own digits may run on over that x, but a character's left
//         edge lands on it within a tenth of a point only where the next cell begins. When the
//         next cell's text is a word of its own starting there over this one's end (XeLaTeX's
//         overprinted headers: "Unaccompanied" under "Applications"), the word is whole.
// Step 3: each word is cut at its last such character first, so that the earlier cuts still
//         fall inside it.
//
//   |Applications |59,352,2560  |39%-22%   ->  |Applications |59,352,256|0 |39%-22%
//                 ^ border  ^ start of column 3's text: the "0" starts there
//
// Assumption: a ruled grid's rules are its cells' borders; text set left-aligned in a column
// starts at one x on every row.
#include "stages/tables/grid_glued_words.h"

#include <algorithm>
#include <cmath>

#include "pipeline/word_cuts.h"

namespace coi::tables {

namespace {

bool in_rows(const Fragment& f, const Word& w) {
  const double cy = w.box.centre_y();
  return cy >= f.box.y0 && cy <= f.box.y1;
}

// The words starting inside column `c`, left edges sorted.
std::vector<double> starts_in(const Page& page, const Fragment& f, int c) {
  std::vector<double> starts;
  for (const Word& w : page.words) {
    if (!w.raised && in_rows(f, w) && w.box.x0 > f.xs[c] && w.box.x0 < f.xs[c + 1]) {
      starts.push_back(w.box.x0);
    }
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

// Step 1: where a column whose words start at `starts` starts its left-aligned text, or a
// negative value.
double text_start(const std::vector<double>& starts, double tolerance) {
  if (starts.size() < 2 || starts[1] - starts[0] > tolerance) return -1;
  return starts[0];
}

// The row of `f` holding `w`'s centre, or -1.
int row_of(const Fragment& f, const Word& w) {
  const double cy = w.box.centre_y();
  for (int r = 0; r < f.row_count(); ++r) {
    if (cy >= f.ys[r] && cy <= f.ys[r + 1]) return r;
  }
  return -1;
}

// Step 1: where each inner column's text starts (index 0 unused), -1 where unknown.
std::vector<double> text_starts(const Page& page, const Fragment& f, double tolerance) {
  std::vector<double> out(static_cast<size_t>(f.column_count()), -1);
  std::vector<double> paddings;  // of the inner columns measured
  std::vector<std::vector<double>> starts(out.size());
  for (int c = 1; c < f.column_count(); ++c) {
    starts[c] = starts_in(page, f, c);
    out[c] = text_start(starts[c], tolerance);
    if (out[c] >= 0) paddings.push_back(out[c] - f.xs[c]);
  }
  if (paddings.empty()) return out;
  const auto [low, high] = std::minmax_element(paddings.begin(), paddings.end());
  if (*high - *low > tolerance) return out;
  // Step 1b.
  for (int c = 1; c < f.column_count(); ++c) {
    if (out[c] < 0 && starts[c].size() == 1 &&
        std::fabs(starts[c].front() - f.xs[c] - *low) <= tolerance) {
      out[c] = starts[c].front();
    }
  }
  return out;
}

// Step 2: whether a cell of `f` starts at column `c` in row `r` (its left border is drawn).
bool border_drawn(const Fragment& f, int r, int c) {
  return std::any_of(f.cells.begin(), f.cells.end(), [&](const GridCell& cell) {
    return cell.col == c && cell.row <= r && r < cell.row + cell.rowspan;
  });
}

// Whether a word of `page` other than `w` starts at x on `w`'s line: the next cell's text,
// printed over `w`'s end, is a word of its own and `w` is whole.
bool overprinted_at(const Page& page, const Word& w, double x, double tolerance) {
  return std::any_of(page.words.begin(), page.words.end(), [&](const Word& v) {
    return &v != &w && std::fabs(v.box.x0 - x) <= tolerance && v.box.y0 < w.box.y1 &&
           v.box.y1 > w.box.y0 && std::fabs(v.baseline - w.baseline) < w.font_size / 2;
  });
}

struct Cut {
  int word = 0;
  size_t at = 0;
};

}  // namespace

void cut_grid_glued_words(Page& page, const std::vector<Fragment>& fragments, double tolerance) {
  if (tolerance <= 0) return;
  std::vector<Cut> cuts;
  for (const Fragment& f : fragments) {
    if (!f.ruled || !f.starts.empty()) continue;  // columns read from text cut their own words
    const std::vector<double> starts = text_starts(page, f, tolerance);
    for (int c = 1; c < f.column_count(); ++c) {
      const double start = starts[c];
      if (start < 0) continue;
      for (size_t w = 0; w < page.words.size(); ++w) {
        const Word& word = page.words[w];
        if (word.raised || !in_rows(f, word) || word.box.x0 >= f.xs[c] || word.box.x1 <= start) {
          continue;
        }
        const int r = row_of(f, word);
        if (r < 0 || !border_drawn(f, r, c) || overprinted_at(page, word, start, tolerance)) {
          continue;
        }
        if (const size_t k = char_start_at(page, word, start, tolerance); k > 0) {
          cuts.push_back({static_cast<int>(w), k});
        }
      }
    }
  }
  // Step 3: the last character first (a word may cross several borders).
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) {
    return a.word != b.word ? a.word < b.word : a.at > b.at;
  });
  for (const Cut& cut : cuts) cut_word(page, cut.word, cut.at);
}

}  // namespace coi::tables
