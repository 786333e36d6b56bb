// A ruled row that a page break cuts on both sides.
//
// A CSS engine (WeasyPrint) breaks a row taller than what is left of a page inside its cells;
// one taller than a whole page goes on over the next page too, and that page shows only the
// row's side borders and its top border (or, on the last page, its bottom border): one
// horizontal rule, not the two that make a grid (ruled_grid.h, step 3). Read as paragraphs, the
// row's cells are lost to the table, and their text between its pages keeps them from being
// joined (table_join.h).
//
// Step 1: exactly one horizontal rule and at least two verticals, each ending at it (within
//         `snap_tolerance`) and all running away from it on the same side.
// Step 2: on that side, no body line of the page (above the footnote area) lies beyond the
//         verticals' far ends: the row runs to the page's text edge, as only a break makes it.
// The grid's open side is then closed by its outline (ruled_grid.cc, step 4), the cut row's
// text joined to its parts on the pages around it (cut_rows.h).
//
//   ────────────────────────────────────────   the row's top border
//   │ Reporters Without  │ Media │ Observers │
//   │ Borders (RSF)      │       │ noted ... │
//   │                    │       │ ...       │   to the foot of the page
//   (the footnote area, the footer)
#include "stages/tables/grid_open_row.h"

#include <algorithm>
#include <cmath>

#include "stages/tables/body_line.h"

namespace coi::tables {

bool open_row(const Page& page, const std::vector<Segment>& horizontal,
              const std::vector<Segment>& vertical, const TablesConfig& config) {
  if (horizontal.size() != 1 || vertical.size() < 2) return false;
  const double y = horizontal.front().at, snap = config.snap_tolerance;
  const bool hangs = std::all_of(vertical.begin(), vertical.end(),
                                 [&](const Segment& v) { return std::fabs(v.lo - y) <= snap; });
  const bool stands = std::all_of(vertical.begin(), vertical.end(),
                                  [&](const Segment& v) { return std::fabs(v.hi - y) <= snap; });
  if (hangs == stands) return false;
  double far = hangs ? vertical.front().hi : vertical.front().lo;
  for (const Segment& v : vertical) far = hangs ? std::min(far, v.hi) : std::max(far, v.lo);
  return std::none_of(page.lines.begin(), page.lines.end(), [&](const Line& line) {
    if (!is_body_text(page, line)) return false;
    const double cy = line.box.centre_y();
    return hangs ? cy > far : cy < far;
  });
}

}  // namespace coi::tables
