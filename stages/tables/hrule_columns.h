// Tables ruled with horizontal lines only (hrule_tables.h), step 2: a region's columns from the
// alignment of its printed lines, and the words Poppler glued across a column's start.
#pragma once

#include <cstddef>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/hrule_lines.h"

namespace coi::tables::hrule {

// A column: from its leftmost word start to its rightmost word end.
struct Column {
  double x0 = 0, x1 = 0;
};

// A gap narrower than a column gap that still parts two columns, or none at all: splits_at in
// hrule_columns.cc.
struct NarrowGap {
  double gap = 0;     // font-size units of the word after the gap (a space is the font's)
  int min_lines = 0;  // lines after such a gap, or glued exactly at the column's start
  double glued_tolerance = 0;  // points: a glued word's character starts there exactly
};

// Step 2: the x-intervals the lines' words cover, merged across gaps narrower than `gap`, then
// split where the next column's text starts though a word overflowing its cell closed the gap
// (splits_at). Raised footnote marks are left out: set after a cell's last word, they reach into
// the padding and would close the gap to the next column ("24,378,750¹⁵⁵" against "91").
// The region search (step 3) passes a negative `aligned_tolerance`: no split, since a numbered
// paragraph's number and its text's indent look like two such columns.
std::vector<Column> columns_of(const Page& page, const std::vector<TextLine>& lines, double gap,
                               const NarrowGap& narrow, double aligned_tolerance);

// The column under x: the last whose start lies left of it.
int column_at(const std::vector<Column>& columns, double x);

// The columns between `borders` (a table's, carried over from the page before), each from the
// words under it, or one padding inside its left border where none is.
std::vector<Column> columns_within(const Page& page, const std::vector<TextLine>& lines,
                                   const std::vector<double>& borders, double em);

// A page word to cut before its code point `at` (word_cuts.h).
struct Cut {
  int word = 0;
  size_t at = 0;
  bool operator<(const Cut& o) const { return word != o.word ? word < o.word : at > o.at; }
  bool operator==(const Cut& o) const { return word == o.word && at == o.at; }
};

// Step 2: the words of `lines` that Poppler glued across a column's start.
std::vector<Cut> glued_words(const Page& page, const std::vector<TextLine>& lines,
                             const std::vector<Column>& columns, double tolerance);

}  // namespace coi::tables::hrule
