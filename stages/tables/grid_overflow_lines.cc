// A cell's last lines printed across or below a ruled grid's bottom border.
//
// LibreOffice breaks a row too tall for what is left of the page, but lays out the first page's
// part of a tall cell one line or so past the page's text area: the row's bottom border is drawn
// at the text area's edge, and the cell's last line on that page crosses it or hangs below it,
// over the running footer (seeds 108, 509 and 513 of scripts/fidelity). Left there, the line
// reads as a paragraph after the table: the cell loses it, and the text between the table's two
// pages keeps them from being joined (table_join.h).
//
// Step 1: the page's body lines below the grid (by their middle) and above its footnote area,
//         all within the width of one bottom-row cell.
// Step 2: that cell's printed lines inside the grid (its words' baselines), at least two: the
//         step between the last two is the cell's line pitch, the leftmost word its text edge.
// Step 3: the lines below go on with the cell: the first starts at the cell's text edge (within
//         `snap_tolerance`), and each steps from the line above it (the cell's last, then the
//         one before it) by the cell's pitch, within `below_border_pitch_tolerance` font sizes.
//         Text after a table starts at the margin, or at least a cell's padding and a
//         paragraph's spacing lower: it never goes on at a cell's edge and line pitch.
// Step 4: the grid's last row border moves down under those lines, so that the cell takes them
//         in; the next page's rows then carry the cell on (cut_rows.h).
//
//   | Défenseur des | NGO | ... the semi-autonomous  |
//   |               |     | region maintained its own|
//   +---------------+-----+--------------------------+   the border at the text area's edge
//                           registration system.         <- the cell's line, a pitch below
//                     Page 31 of 61
#include "stages/tables/grid_overflow_lines.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "stages/tables/body_line.h"

namespace coi::tables {

namespace {

// Step 2: the distinct baselines of the words inside `cell` above the grid's bottom (raised
// footnote marks left out), top to bottom, and the leftmost word's left edge.
std::vector<double> cell_baselines(const Page& page, const GridCell& cell, double bottom,
                                   const TablesConfig& config, double& left) {
  std::vector<const Word*> words;
  for (const Word& w : page.words) {
    const double cx = w.box.centre_x(), cy = w.box.centre_y();
    if (w.raised || cx < cell.box.x0 || cx > cell.box.x1 || cy < cell.box.y0 || cy > bottom) {
      continue;
    }
    words.push_back(&w);
  }
  std::sort(words.begin(), words.end(),
            [](const Word* a, const Word* b) { return a->baseline < b->baseline; });
  std::vector<double> out;
  for (const Word* w : words) {
    left = std::min(left, w->box.x0);
    if (out.empty() || w->baseline - out.back() > config.line_tolerance * w->font_size) {
      out.push_back(w->baseline);
    }
  }
  return out;
}

}  // namespace

void take_overflow_lines(const Page& page, const TablesConfig& config, Fragment& f) {
  if (f.ys.size() < 2) return;
  const double bottom = f.ys.back();
  std::vector<const Line*> below;
  for (const Line& line : page.lines) {
    if (is_body_text(page, line) && line.box.centre_y() > bottom) below.push_back(&line);
  }
  if (below.empty()) return;
  std::sort(below.begin(), below.end(),
            [](const Line* a, const Line* b) { return a->baseline < b->baseline; });
  for (GridCell& cell : f.cells) {
    if (cell.row + cell.rowspan != f.row_count()) continue;
    const double snap = config.snap_tolerance;
    const bool within = std::all_of(below.begin(), below.end(), [&](const Line* line) {
      return line->box.x0 >= cell.box.x0 - snap && line->box.x1 <= cell.box.x1 + snap;
    });
    if (!within) continue;
    double left = cell.box.x1;
    const std::vector<double> baselines = cell_baselines(page, cell, bottom, config, left);
    if (baselines.size() < 2 || std::fabs(below.front()->box.x0 - left) > snap) return;
    const double pitch = baselines.back() - baselines[baselines.size() - 2];
    double previous = baselines.back();
    for (const Line* line : below) {
      const double tolerance = config.below_border_pitch_tolerance * line->font_size;
      if (std::fabs(line->baseline - previous - pitch) > tolerance) return;
      previous = line->baseline;
    }
    f.ys.back() = below.back()->box.y1 + 1;
    f.box.y1 = f.ys.back();
    cell.box.y1 = f.ys.back();
    return;
  }
}

}  // namespace coi::tables
