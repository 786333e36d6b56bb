// A label escaped below a ruled grid.
//
// LaTeX's \multirow centres a cell's text over the rows it spans whatever a page break does to
// them; longtable breaks between rows, so a label over rows on both sides of a break is printed
// below the last row of the first page. In a full grid (\hline under each row, \cline under the
// columns a rowspan carries on in) that last row's spanning cell has no bottom border: the grid
// ends open there, and the label lies under it, outside every border, the page's last body text
// before its footnotes. Left there it reads as a paragraph after the table, and the text between
// the table's two pages keeps them from being joined (table_join.h). Hrule tables have the same
// case, with the booktabs bottom rule in place of the grid's missing border (hrule_tables.h,
// step 4d).
//
// Step 1: the bottom row's cells whose bottom side rules cover less than `edge_min_cover` of,
//         where the bottom border is drawn under some other cell (a grid drawn with no bottom
//         border at all is followed by text, not a label), or where the line starts above the
//         grid's bottom edge: a label centred over rows that the break cuts in half lies across
//         the grid's last border, which longtable leaves undrawn under every cell, and text
//         after a table never starts inside it; or where the line lies among the notes.
// Step 2: the page's body lines below the grid: exactly one, within one such cell's width and
//         starting within `escaped_label_max_drop` of its font size below the grid. It may lie
//         below the footnote area's top: a label centred low enough falls among the notes, and
//         the layout gives it back to the body, larger than the notes ("Mayotte" between notes
//         42 and 43, seed 2118 p. 13; "Occitanie" on note 78's line, seed 2116 p. 20); no other
//         body text lies there, and no text after a table.
// Step 3: the grid's last row border moves down under that line, so that the cell takes it in;
//         the rows of the next page then carry the cell on (cut_rows.h).
//
//   | Auvergne-Rhône-Alpes | CAES Sud-2   | 14    |
//   |                      |--------------+-------|   \cline{2-4}: "Guadeloupe" spans on
//   |                      | CADA Ouest-1 | 3,717 |
//   +                      +--------------+-------+   no border under column 1
//     Guadeloupe                                      <- the cell's text, below the grid
#include "stages/tables/grid_escaped_label.h"

#include <algorithm>

#include "stages/tables/body_line.h"

namespace coi::tables {

void take_escaped_label(const Page& page, const std::vector<Segment>& horizontal,
                        const TablesConfig& config, Fragment& f) {
  if (f.ys.size() < 2) return;
  const double bottom = f.ys.back();
  const Line* below = nullptr;
  for (const Line& line : page.lines) {
    // Body lines below the footnote area's top are the body's printed over it (layout_footnotes:
    // a label set larger than the notes, centred low enough to fall among them: "Mayotte" between
    // notes 42 and 43, seed 2118 p. 13), and may be the label.
    if (line.role != LineRole::kBody || line.box.centre_y() <= bottom) continue;
    if (below != nullptr) return;  // more text than one label
    below = &line;
  }
  if (below == nullptr ||
      below->box.y0 - bottom > config.hrules.escaped_label_max_drop * below->font_size) {
    return;
  }
  auto open = [&](const GridCell& cell) {
    return cell.row + cell.rowspan == f.row_count() &&
           cover(horizontal, bottom, cell.box.x0, cell.box.x1, config.snap_tolerance) <
               config.edge_min_cover;
  };
  // A gap in a drawn bottom border: a grid drawn with no bottom border at all is open under
  // every cell, and the line below it is the text after the table, unless the line reaches up
  // across the grid's bottom edge, as no text after a table does.
  const bool bottom_drawn = std::any_of(f.cells.begin(), f.cells.end(), [&](const GridCell& cell) {
    return cell.row + cell.rowspan == f.row_count() && !open(cell);
  });
  // Nor does text after a table lie in the footnote area.
  const bool among_notes = !page.above_footnotes(below->box.centre_y());
  if (!bottom_drawn && below->box.y0 >= bottom && !among_notes) return;
  for (GridCell& cell : f.cells) {
    if (!open(cell) || below->box.x0 < cell.box.x0 || below->box.x1 > cell.box.x1) continue;
    f.ys.back() = below->box.y1 + 1;
    f.box.y1 = f.ys.back();
    cell.box.y1 = f.ys.back();
    return;
  }
}

}  // namespace coi::tables
