// A ruled row that a page break cuts on both sides.
//
// A CSS engine (WeasyPrint) breaks a row taller than what is left of a page inside its cells;
// one taller than a whole page goes on over the next page too, and that page shows only the
// row's side borders and its top border (or, on the last page, its bottom border): one
// horizontal rule, not the two that make a grid (ruled_grid.h, step 3). A row that runs on over
// two page breaks shows, on the page between them, only its side borders: no horizontal rule at
// all (WeasyPrint draws a cut row's top and bottom borders only where the row starts and ends);
// and a page whose break cuts a row above and another below shows one horizontal, the border
// between the two, which the side borders cross.
// Read as paragraphs, the row's cells are lost to the table, and their text between its pages
// keeps them from being joined (table_join.h).
//
// Step 1: exactly one horizontal rule and at least two verticals, each ending at it (within
//         `snap_tolerance`) and all running away from it on the same side; or at least two
//         verticals that all start and end at the same heights, open at both ends: no
//         horizontal rule, or one that crosses them all between their ends.
// Step 2: on each open side, no body line of the page (above the footnote area) lies beyond the
//         verticals' far ends: the row runs to the page's text edge, as only a break makes it.
// The grid's open side is then closed by its outline (ruled_grid.cc, step 4), the cut row's
// text joined to its parts on the pages around it (cut_rows.h).
//
//   ────────────────────────────────────────   the row's top border
//   │ Reporters Without  │ Media │ Observers │
//   │ Borders (RSF)      │       │ noted ... │
//   │                    │       │ ...       │   to the foot of the page
//   (the footnote area, the footer)
//
//   (the running header)                        the page between: no rule across
//   │                    │       │ form "a step │
//   │                    │       │ ...          │   from the page's top text edge to its foot
//   (the footnote area, the footer)
#include "stages/tables/grid_open_row.h"

#include <algorithm>
#include <cmath>

#include "stages/tables/body_line.h"

namespace coi::tables {

namespace {

// True when no body line of `page` has its middle above `top` or below `bottom`.
bool nothing_beyond(const Page& page, double top, double bottom) {
  return std::none_of(page.lines.begin(), page.lines.end(), [&](const Line& line) {
    if (!is_body_text(page, line)) return false;
    const double cy = line.box.centre_y();
    return cy < top || cy > bottom;
  });
}

// Step 1's second shape: verticals of one extent, open at both ends, crossing at most one
// horizontal (the border between two rows the breaks cut), which ends none of them.
bool open_both_sides(const Page& page, const std::vector<Segment>& horizontal,
                     const std::vector<Segment>& vertical, double snap) {
  const Segment& first = vertical.front();
  const bool one_extent = std::all_of(vertical.begin(), vertical.end(), [&](const Segment& v) {
    return std::fabs(v.lo - first.lo) <= snap && std::fabs(v.hi - first.hi) <= snap;
  });
  const bool ends_none = horizontal.empty() || (horizontal.front().at > first.lo + snap &&
                                                horizontal.front().at < first.hi - snap);
  return one_extent && ends_none && nothing_beyond(page, first.lo, first.hi);
}

}  // namespace

bool open_row(const Page& page, const std::vector<Segment>& horizontal,
              const std::vector<Segment>& vertical, const TablesConfig& config) {
  if (vertical.size() < 2 || horizontal.size() > 1) return false;
  if (open_both_sides(page, horizontal, vertical, config.snap_tolerance)) return true;
  if (horizontal.empty()) return false;
  const double y = horizontal.front().at, snap = config.snap_tolerance;
  const bool hangs = std::all_of(vertical.begin(), vertical.end(),
                                 [&](const Segment& v) { return std::fabs(v.lo - y) <= snap; });
  const bool stands = std::all_of(vertical.begin(), vertical.end(),
                                  [&](const Segment& v) { return std::fabs(v.hi - y) <= snap; });
  if (hangs == stands) return false;
  double far = hangs ? vertical.front().hi : vertical.front().lo;
  for (const Segment& v : vertical) far = hangs ? std::min(far, v.hi) : std::max(far, v.lo);
  return hangs ? nothing_beyond(page, -1e9, far) : nothing_beyond(page, far, 1e9);
}

}  // namespace coi::tables
