// Tables ruled with horizontal lines only (hrule_tables.h), step 4: a region's printed lines
// grouped into rows, and the cells that labels centred between rows span.
#pragma once

#include <cstddef>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/hrule_columns.h"
#include "stages/tables/hrule_lines.h"
#include "stages/tables/hrule_regions.h"
#include "stages/tables/row_pitch.h"
#include "stages/tables/rule_segments.h"

namespace coi::tables::hrule {

// Per printed line and column: whether it has text, its first word and where its text ends.
struct LineColumns {
  std::vector<int> first;  // first word in each column, -1 when none
  std::vector<int> last;   // last word in each column
};

std::vector<LineColumns> split_all(const Page& page, const std::vector<TextLine>& lines,
                                   const std::vector<Column>& columns);

// Step 4a: `lines` with each label that a line only brushes set on a line of its own. A line's
// words sit on one baseline; where they sit on two more than `gap` points apart and one of the
// two is all in one column, blank on the lines above and below, that cell is a label centred
// over rows (LaTeX's \multirow, half a line off beside a wrapped cell's second line: "Corse"
// 5.4 pt above "Ouest-1" of "PRAHDA" / "Ouest-1"), which step 4b reads between the two. Read
// with the line, its column, blank above, started a row there and cut the wrapped cell in two.
// So is one a strut's offset above the middle row of three one-line rows it spans ("Normandie"
// 2.1 pt over "CADA Nord-2"): read with that row, it was the row's own text, and the rows under
// it took it for a label set top-aligned over them (leading_blanks.h).
std::vector<TextLine> part_brushed_labels(const Page& page, std::vector<TextLine> lines,
                                          const std::vector<Column>& columns, double gap);

// Rules inside the region (any width), by y; the region's own top and bottom excluded.
std::vector<Segment> inner_rules(const std::vector<Segment>& rules, const Region& r, double tol);

// A rule between y0 and y1, or nullptr.
const Segment* rule_between(const std::vector<Segment>& rules, double y0, double y1);

// A cell that text centred between rows covers: rows r0..r1 of column c.
struct Span {
  int r0 = 0, r1 = 0, c = 0;
};

struct Rows {
  std::vector<std::vector<size_t>> lines;  // the printed lines of each row
  std::vector<Span> spans;
  double pitch = 0;       // the usual distance between the baselines of consecutive lines
  bool by_lines = false;  // labels are centred over as many lines as rows (unpadded_rows)
  int label_between = -1;  // the lowest first row of a label between two rows' lines (step 4b)
                           // or below the bottom rule (step 4d), or -1
  bool top_aligned = false;     // blank leading cells continue the label above (step 4c)
  PitchSeen pitch_seen;         // what the lines showed of the rows' pitch (row_pitch.h)
};

// Step 4: rows as runs of printed lines; a centred line spans the rows on both sides of it, and
// as many more above as below while their cells in its columns stay empty.
Rows group_rows(const Finder& finder, const Region& region, const std::vector<TextLine>& lines,
                const std::vector<LineColumns>& split_lines, const std::vector<Segment>& inner,
                const std::vector<double>& right_edge);

// Step 4d: a \multirow label spanning the last row of a page and rows of the next is centred
// over them, below the page's bottom rule (longtable breaks the rows, not the label): it is the
// last row's text when it stands alone on its own row and the last row is blank in each of its
// columns. Moves the label's line into the last row; false when it does not fit there.
bool label_joins_last_row(size_t label, const std::vector<LineColumns>& split_lines, Rows& rows);

}  // namespace coi::tables::hrule
