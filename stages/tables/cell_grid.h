// Which cell of a table fragment holds a word: the cell under the centre of its box (words are far
// smaller than cells, and the centre is immune to a glyph that overhangs a border), or the cell
// of the column it starts in, in that column's left half (a word wider than its column
// overflows it to the right, LaTeX's across the column's rule too), and, in a ruled grid, the
// cell above a row border that crosses it near its middle (a cell's text is set from its top
// and runs down past its bottom border when the row is too short for it). Words in the
// page's footnote area, in its running footer, or in a header printed again under the header
// (repeated_header.h), are no cell's. The running footer is the page's footer line, or, where a
// cell's lines run down past it and layout read the two as one line (no footer line on the page),
// the words printed where the note prints its footer on other pages and as its footer's words
// ("Page", "of", a number: digits masked). And a cell's words as printed lines, with its text width
// and the width of a word's first character. Read by cell_text.h, which fills the cells, and
// whole_words.h, which counts their words before any is filled.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"

namespace coi::tables {

/// Where the note prints its running footer: the box around its footer lines (LineRole::kFooter)
/// of every page, and their words with each run of digits masked as "#".
struct RunningFooter {
  Box box;
  std::set<std::string> words;
};

/// `doc`'s running footer; no words when layout found none.
RunningFooter running_footer(const Doc& doc);

/// True when `word` is a running footer's word: in a footer line of `page`, or, on a page where
/// layout found none, printed where and as the note's footer is on other pages. A row that
/// LaTeX cannot break runs down past the footer ("Page 14 of 39" beside a cell's last lines),
/// whose words are still the footer's. Not the running header's: a table's header repeated at
/// the top of every page may be read as one, and its words are the table's.
/// `footer_lines` are the boxes of the word's page's footer lines (footer_line_boxes), found once
/// per page, as every word of a page may be asked.
bool in_running_footer(const std::vector<Box>& footer_lines, const Word& word,
                       const RunningFooter& footer);

/// The boxes of `page`'s footer lines.
std::vector<Box> footer_line_boxes(const Page& page);

/// The cells of one fragment of `page`, looked up by position.
class CellGrid {
 public:
  /// `page`, `fragment` and `footer` must outlive the grid, and the page's lines stay as they
  /// are while it is asked. `overflow_share`: TablesConfig::grid_overflow_share.
  CellGrid(const Page& page, const Fragment& fragment, const RunningFooter& footer,
           double overflow_share);
  /// The index in fragment.cells of the cell holding `word` of the page, or -1: none below the
  /// footnote area's top but the words of body lines printed over the notes there.
  int cell_of(const Word& word) const;

 private:
  const Page& page_;
  const Fragment& fragment_;
  const RunningFooter& footer_;
  double overflow_share_;
  // The boxes of the page's footer lines, found once: every word of the page is asked.
  std::vector<Box> footer_lines_;
  // The boxes of the words of body lines printed over the footnote area (a row label set among
  // the notes, grid_escaped_label.h): the only words below the area's top a cell may hold.
  std::vector<Box> body_words_below_;
  // owner_[r * columns + c]: the cell covering grid position (r, c), or -1. The grid lines are
  // sorted, so a point's position is two binary searches away.
  std::vector<int> owner_;
};

/// A cell's words as printed lines, top to bottom, and each line's baseline (its first
/// word's). `words` are sorted by baseline; raised ones (marks) are left out, since their own
/// baseline sits above their line's. A line ends where the baseline moves by more than
/// `line_tolerance` font-size units; its words stay in the order given.
struct BaselineLines {
  std::vector<std::vector<int>> lines;
  std::vector<double> baselines;
};
BaselineLines baseline_lines(const Page& page, const std::vector<int>& words,
                             double line_tolerance);

/// The cell's text width: its width less its left padding (the least indent of its lines) on
/// both sides.
double cell_text_width(const Page& page, const Box& cell,
                       const std::vector<std::vector<int>>& lines);

/// The width each column of `fragment` gives its text where the grid was read from the text
/// (Fragment::starts: no rule draws the column borders, and the grid's are guesses between the
/// columns' text): from where the column's text starts to where the next column's starts, less
/// the padding on either side of the border between them, the padding being how far the first
/// column's text starts in from the table's rules. A border the grid put at the next column's
/// first letter gave this column that column's padding too ("22" / "7" in a column 19 pt
/// wide, guessed 25). Infinite where the grid holds no starts (a ruled grid's borders are
/// the producer's) or the starts leave a column no width.
std::vector<double> column_text_widths(const Fragment& fragment);

/// The width a cell starting in column `col` and spanning `colspan` columns gives its text, of
/// `widths` (column_text_widths): its column's where it spans one, else unbounded (infinite).
double cell_text_width(const std::vector<double>& widths, size_t col, int colspan);

/// The width of the first of `word`'s `chars` characters: from the characters' left edges where
/// the PDF gives them (Page::char_x), else the word's width shared out. A letter as wide as the
/// average of its piece would often have fitted where the one that broke did not ("Dete" /
/// "ntion": the "n" is wider than the average of "nti").
double first_char_width(const Page& page, const Word& word, size_t chars);

}  // namespace coi::tables
