#include "stages/tables/hrule_columns.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "pipeline/word_cuts.h"

namespace coi::tables::hrule {

namespace {

// A word of `line` (raised marks aside) starting within `tolerance` of x, or none.
const Word* word_starting_at(const Page& page, const TextLine& line, double x, double tolerance) {
  for (int w : line.words) {
    const Word& word = page.words[w];
    if (!word.raised && std::fabs(word.box.x0 - x) <= tolerance) return &word;
  }
  return nullptr;
}

// Each line's words in a column (reaching into it), raised marks aside, in the line's order, one
// line after another: what splits_at reads of every line for each of the column's word starts,
// found once per column (and again, in the same storage, where the column is split).
struct ColumnWords {
  std::vector<int> words;
  std::vector<size_t> ends;  // line k's words end at words[ends[k]]
  std::span<const int> line(size_t k) const {
    const size_t begin = k == 0 ? 0 : ends[k - 1];
    return std::span<const int>(words).subspan(begin, ends[k] - begin);
  }
};

void find_column_words(const Page& page, const std::vector<TextLine>& lines, const Column& col,
                       ColumnWords& out) {
  out.words.clear();
  out.ends.clear();
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[w];
      if (!word.raised && word.box.x1 >= col.x0 && word.box.x0 <= col.x1) out.words.push_back(w);
    }
    out.ends.push_back(out.words.size());
  }
}

// Whether a line whose words in the column are `in_column` leaves a space across x: text left of
// x ending less than `gap` before the line's first word right of x, and no word of its starting at
// x or crossing it. Such a line refuses x whatever the other lines say (splits_at).
bool spaced_across(const Page& page, std::span<const int> in_column, double x, double gap,
                   double tolerance) {
  bool left = false;    // text left of x on this line
  double left_end = x;  // where it ends
  for (int w : in_column) {
    const Word& word = page.words[w];
    if (word.box.x0 < x - tolerance) {
      if (word.box.x1 > x + tolerance) return false;  // crossing x
      left_end = left ? std::max(left_end, word.box.x1) : word.box.x1;
      left = true;
      continue;
    }
    return word.box.x0 > x + tolerance && left && word.box.x0 - left_end < gap;
  }
  return false;
}

// Step 2, once the region is known (columns_of with a tolerance): whether a column of `lines`
// (their words in it: `in_column`, find_column_words), whose gap at x some line closed, splits at
// x: every line with text in it right of x starts a word at x (within `tolerance`), at least two
// of them after text that ends an empty gap
// of `gap` before x (the padding a column border leaves; a hanging indent has no text before
// it) or over the end of a word crossing x (the next cell's text printed over a cell overflowing
// into it, which no coincidence of figures puts there; one such line and one after a narrow gap
// do too: a table of one or two body rows gives no more lines), or `narrow.min_lines` after a
// gap of `narrow.gap` with no word crossing x (every cell of a column too narrow for its text
// overflowing into the padding alike: "1990" in a Year column),
// and more lines start a word there than bridge x with one word (an overflowing word glued to the
// next cell's). A word Poppler glued across x (word_cuts.h) starts one there, and so does a word
// starting at x over the end of one that crosses it (XeLaTeX overprints a cell's overflow with
// the next cell's text: "Applications" over "Applications", two words to Poppler); one with a
// character starting at x exactly (within `narrow.glued_tolerance`) counts as a line after a gap
// when no word crosses x and some line starts a word at x with nothing before it or after a gap
// at least narrow: a cell overflowing right up to the next cell's text ("1994" + "907" read
// "1994907" in a Year column; LaTeX's overprinted "Applications" + "Men"), the producer placing
// the next cell where its column starts. So does a word starting at x exactly less than a narrow
// gap after the text before it, which Poppler kept apart ("2002" 2.65 pt from "41.7%", less
// than a space; the header's "2019" over it starting at x with nothing before it). Figures alone do not make it: their digits, all of one
// width, put a character edge at one x on every line of a column ("€18,7|00" under
// "€61 |million"), but some figure of another shape crosses it, and the one word starting there
// follows a space. A line whose text left of x ends within `gap` of it, nothing of it starting
// at x, closes the gap as much as one that starts a word there (a header word overflowing its
// narrow column up to the next column's start, "trafficking" under "Counter-", on a line where
// that column's header has no second line; a "Year" label centred on a line of its own), and
// so does such a label a little wider than its column, alone on its line and ending less than
// `gap` past x (it overhangs the next column; a cell spanning both would run on past it): with
// the other lines starting words at x after the padding, the column splits there. A word that
// merely follows the same first word on several lines ("CAES Sud-1", "CAES Nord-2") starts
// elsewhere on the other lines, and one a space after a word of equal width ("12 March",
// "15 April") never follows a gap. A line whose text right of x starts past x, after a column
// gap or with nothing left of x, says nothing of x (a cell empty at x; a header cell spanning
// the columns right). A table of a header and one or two body rows gives too few lines for any
// of that: there every line with text at x starting it within `narrow.glued_tolerance`, a word
// and not a glued character on at least one, no word bridging x, is the column's start (two
// lines agreeing to a tenth of a point are no chance alignment: "Detention" starting where "5,945"
// does, 2.2 pt after "2020", under "2019" starting there too).
bool splits_at(const Page& page, const std::vector<TextLine>& lines, const ColumnWords& in_column,
               double x, double gap, const NarrowGap& narrow, double tolerance) {
  // Looked for first: most word starts in a column of prose fall in some line's space, and the
  // counts below read the characters of every word crossing x (char_start_at).
  for (size_t k = 0; k < lines.size(); ++k) {
    if (spaced_across(page, in_column.line(k), x, gap, tolerance)) return false;
  }
  int starts = 0, after_gap = 0, after_narrow = 0, bridged = 0, closed = 0, glued_exactly = 0;
  int overprinted = 0;  // lines whose word at x lies over the end of one crossing x
  int reached = 0;  // lines whose text ends within `gap` of x, nothing of theirs starting at x
  int exact = 0;    // lines whose text starts at x within narrow.glued_tolerance (glued or not)
  const auto at_exactly = [&](double start) {
    return narrow.glued_tolerance > 0 && std::fabs(start - x) <= narrow.glued_tolerance;
  };
  for (size_t k = 0; k < lines.size(); ++k) {
    const TextLine& line = lines[k];
    bool left = false;    // text left of x on this line (none: no gap seen)
    double left_end = x;  // where it ends: at or just past x for a word cut where x starts
    bool at_x = false;    // a word of the line starts at x or crosses it
    for (int w : in_column.line(k)) {
      const Word& word = page.words[w];
      if (word.box.x0 < x - tolerance) {
        if (word.box.x1 > x + tolerance) {
          at_x = true;
          // The next cell's text printed over its end is a word of its own, whatever character
          // of the word under it happens to start near x ("ApplicationsApplications" under
          // "Internationalisation"), as glued_words holds.
          if (const Word* over = word_starting_at(page, line, x, tolerance)) {
            ++starts, ++overprinted;  // the next cell's text starts at x over its end
            if (at_exactly(over->box.x0)) ++glued_exactly, ++exact;
          } else if (char_start_at(page, word, x, tolerance) > 0) {
            ++starts, ++closed;  // glued: its next cell's text starts at x
            if (narrow.glued_tolerance > 0 &&
                char_start_at(page, word, x, narrow.glued_tolerance) > 0) {
              ++glued_exactly, ++exact;
            }
          } else if (line.words.size() == 1 && word.box.x1 - x < gap) {
            ++reached;  // a label alone on its line overhanging x ("Year")
          } else {
            ++bridged;
          }
          break;
        }
        left_end = left ? std::max(left_end, word.box.x1) : word.box.x1;
        left = true;
        continue;
      }
      if (word.box.x0 > x + tolerance) {
        // Nothing at x: a cell further right, a column gap after this line's text left of x (a
        // cell empty at x), or with nothing left of x (a header cell spanning the columns right);
        // less than a gap after that text, spaced_across refused x already.
        break;
      }
      ++starts;
      at_x = true;
      if (at_exactly(word.box.x0)) ++exact;
      // A glued word already cut at x (word_cuts.h) leaves its left piece ending at x exactly;
      // one that Poppler kept apart, ending less than a narrow gap before x, was as near to it.
      if (narrow.glued_tolerance > 0 && left && x - left_end < narrow.gap * word.font_size &&
          std::fabs(word.box.x0 - x) <= narrow.glued_tolerance) {
        ++glued_exactly;
      }
      if (left && x - left_end >= gap) ++after_gap;
      if (left && x - left_end < gap) ++closed;
      if (left && x - left_end < gap && x - left_end >= narrow.gap * word.font_size) ++after_narrow;
      break;
    }
    if (!at_x && left && x - left_end < gap) ++reached;
  }
  const bool padded = after_gap + overprinted >= 2 || (overprinted > 0 && after_narrow > 0) ||
                      (bridged == 0 && after_gap + after_narrow >= narrow.min_lines) ||
                      (narrow.min_lines > 0 && bridged == 0 && glued_exactly > 0 &&
                       glued_exactly + after_gap + after_narrow >= narrow.min_lines &&
                       (starts > closed || after_narrow > 0)) ||
                      (bridged == 0 && starts >= 2 && exact == starts && starts > closed);  // thin
  return padded && starts > bridged && bridged + closed + overprinted + reached > 0;
}

// Step 2: `col` split at the word starts where splits_at holds, left to right.
void split_aligned(const Page& page, const std::vector<TextLine>& lines, Column col, double gap,
                   const NarrowGap& narrow, double tolerance, std::vector<Column>& out) {
  std::vector<double> starts;
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[w];
      if (!word.raised && word.box.x0 > col.x0 + tolerance && word.box.x0 <= col.x1) {
        starts.push_back(word.box.x0);
      }
    }
  }
  std::sort(starts.begin(), starts.end());
  ColumnWords in_column;
  find_column_words(page, lines, col, in_column);
  for (size_t i = 0; i < starts.size(); ++i) {
    if (i > 0 && starts[i] - starts[i - 1] <= tolerance) continue;  // the same edge
    if (!splits_at(page, lines, in_column, starts[i], gap, narrow, tolerance)) continue;
    Column left{col.x0, col.x0};
    for (const TextLine& line : lines) {
      for (int w : line.words) {
        const Word& word = page.words[w];
        if (!word.raised && word.box.x0 >= col.x0 && word.box.x0 < starts[i] - tolerance) {
          left.x1 = std::max(left.x1, word.box.x1);
        }
      }
    }
    out.push_back(left);
    col.x0 = starts[i];
    find_column_words(page, lines, col, in_column);
  }
  out.push_back(col);
}

}  // namespace

std::vector<Column> columns_of(const Page& page, const std::vector<TextLine>& lines, double gap,
                               const NarrowGap& narrow, double aligned_tolerance) {
  std::vector<Column> spans;
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      if (!page.words[w].raised) spans.push_back({page.words[w].box.x0, page.words[w].box.x1});
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Column& a, const Column& b) { return a.x0 < b.x0; });
  std::vector<Column> out;
  for (const Column& s : spans) {
    if (!out.empty() && s.x0 - out.back().x1 < gap) {
      out.back().x1 = std::max(out.back().x1, s.x1);
    } else {
      out.push_back(s);
    }
  }
  if (aligned_tolerance < 0) return out;
  std::vector<Column> split;
  for (const Column& col : out) {
    split_aligned(page, lines, col, gap, narrow, aligned_tolerance, split);
  }
  return split;
}

int column_at(const std::vector<Column>& columns, double x) {
  int c = 0;
  while (c + 1 < static_cast<int>(columns.size()) && columns[c + 1].x0 <= x) ++c;
  return c;
}

std::vector<Column> columns_within(const Page& page, const std::vector<TextLine>& lines,
                                   const std::vector<double>& borders, double em) {
  std::vector<Column> out(borders.size() - 1, Column{1e9, -1e9});
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[w];
      if (word.raised) continue;
      const long right =
          std::upper_bound(borders.begin(), borders.end(), centre_x(word)) - borders.begin();
      const long c = std::clamp(right - 1, 0L, static_cast<long>(out.size()) - 1);
      Column& col = out[static_cast<size_t>(c)];
      col = Column{std::min(col.x0, word.box.x0), std::max(col.x1, word.box.x1)};
    }
  }
  double pad = em;
  for (size_t c = 0; c < out.size(); ++c) {
    if (out[c].x1 >= out[c].x0) pad = std::clamp(out[c].x0 - borders[c], 0.0, pad);
  }
  for (size_t c = 0; c < out.size(); ++c) {
    if (out[c].x1 < out[c].x0) out[c] = Column{borders[c] + pad, borders[c] + pad};
  }
  return out;
}

std::vector<Cut> glued_words(const Page& page, const std::vector<TextLine>& lines,
                             const std::vector<Column>& columns, double tolerance) {
  std::vector<Cut> out;
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[static_cast<size_t>(w)];
      for (size_t c = 1; c < columns.size() && !word.raised; ++c) {
        const double x = columns[c].x0;
        if (word.box.x0 >= x - tolerance || word.box.x1 <= x + tolerance) continue;
        // The next cell's text printed over this word's end is a word of its own: nothing to cut.
        if (word_starting_at(page, line, x, tolerance) != nullptr) continue;
        if (const size_t k = char_start_at(page, word, x, tolerance); k > 0) out.push_back({w, k});
      }
    }
  }
  return out;
}

}  // namespace coi::tables::hrule
