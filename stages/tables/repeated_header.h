// Tables ruled with horizontal lines only (hrule_tables.h), step 3b: a header printed twice at
// the top of a table. LaTeX's longtable sets the first page's header (\endfirsthead) and, when
// the first row does not fit under it, breaks the page after it; the next page then opens with
// that header and, under it, the header repeated on every page (\endhead), each between its own
// rules:
//
//   ────────────────────────────   top rule
//   Year   2019     2020           the first header
//   ────────────────────────────   its rule
//   ────────────────────────────   the repeated header's top rule
//   Year   2019     2020           the same header again
//   ────────────────────────────   its rule
//   1990   629      539            the body
//
// Two rules across the table then look like rules between rows (every band between two rules
// one row, hrule_rows.h), and the body came out as one row. The band under the first rule across
// the table whose printed lines repeat, word for word and line for line, the lines above that
// rule is the repeat: its lines are no rows, its words no cell's, and of the rules from the
// first header's down to the repeat's bottom only that last one stays, under the header.
//
// A grid ruling every row (ruled_grid.h) reads the repeat as rows of its own, in bold like the
// header above it: header rows repeating, cell for cell, the rows above them are dropped from
// the fragment once its cells are filled. Where longtable closes each copy in a box of its own
// (a full grid: the first header's bottom rule, a gap, the repeat's top rule), the first copy
// is a grid of its own, all header, right above the table that opens with it again: it goes,
// and the table's outline takes it in (held19 2328, XeLaTeX, page 23: "Applications |
// Internationalisation | ..." once a table of its own).
#pragma once

#include <cstddef>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/hrule_lines.h"
#include "stages/tables/rule_segments.h"

namespace coi::tables::hrule {

/// The repeat of a table's header: its printed lines [first, end) of the region's lines, and the
/// band from the rule under the first header to the rule under the repeat (y, top to bottom).
struct RepeatedHeader {
  size_t first = 0, end = 0;
  double top = 0, bottom = 0;
  bool found() const { return end > first; }
};

/// The header repeat among `lines` (a region's, top to bottom) between `inner` rules (the
/// region's, top to bottom) that span the region's [x0, x1] within `tolerance`; none (found()
/// false) when the band under the first such rule is not the lines above it again, or when no
/// line follows the repeat.
RepeatedHeader repeated_header(const Page& page, const std::vector<TextLine>& lines,
                               const std::vector<Segment>& inner, double x0, double x1,
                               double tolerance);

/// `lines` without the repeat's, and `inner` without the rules above the repeat's bottom rule
/// that lie below the first header.
void drop_repeat(const RepeatedHeader& repeat, std::vector<TextLine>& lines,
                 std::vector<Segment>& inner);

}  // namespace coi::tables::hrule

namespace coi::tables {

/// Drops from a filled fragment the header rows [h, 2h) that repeat rows [0, h) cell for cell
/// (same positions, spans and words), for the smallest such h within its header rows; the header
/// rows shrink by h. False when no header rows repeat.
bool drop_repeated_header_rows(const Page& page, Fragment& f);

/// Drops from a page's filled fragments (top to bottom) each whose every row the next one opens
/// with again, cell for cell, no word printed between the two: a header printed twice, each copy
/// in a grid of its own. The next fragment's box grows up over the copy.
void drop_header_copies(const Page& page, std::vector<Fragment>& found);

}  // namespace coi::tables
