// Ruled tables: from the vector rules of a page to grids of cells with their spans.
//
// Word, LibreOffice and most other producers draw a table's borders as stroked lines or thin
// filled rectangles; a table is a set of horizontal and vertical rules that cross each other.
//
// Step 1: keep the rules that can be borders: horizontal or vertical lines as [rules] defines
//         them (stages/rules/rule_shape.h: thin, since thicker fills are cell shading, and long
//         enough), outside the footnote area (its separator is a rule too). Each is a horizontal
//         segment (y, x0..x1) or a vertical one (x, y0..y1).
// Step 2: join collinear pieces: producers often draw one segment per cell side, so touching
//         pieces on the same line (within `snap_tolerance`) become one segment.
// Step 3: group segments that touch (a horizontal one crossing or meeting a vertical one) into
//         components. A component with at least two of each is a grid candidate; link underlines
//         and the footnote separator, which cross nothing, never are; nor is one horizontal
//         with verticals hanging from it, unless they run to the page's text edge: a row taller
//         than the page, cut by breaks on both sides (grid_open_row.h). A page with no
//         horizontal rule is one group of its verticals: a row cut above and below shows only
//         its side borders, which cross nothing.
// Step 4: the grid lines are the distinct x of the verticals and y of the horizontals (closer than
//         `snap_tolerance` is the same line), plus the component's outline where a border is
//         not drawn.
// Step 5: cell spanning. Every side of every elementary cell is "drawn" when rules on its line
//         cover at least `edge_min_cover` of it. Walking the grid row by row, a cell grows right
//         while its right side is not drawn, then down while the bottom side of all its columns
//         is not drawn. A header "2021" over "Child | Adult | Total" has no vertical rules in its
//         row, so it spans three columns; a category cell whose rows have no rule under it spans
//         those rows.
// Step 6: grids with fewer than `min_cells` cells are framed paragraphs, not tables.
// Step 7: a bottom-row cell left open by a page break takes in its label printed below the
//         grid (grid_escaped_label.h), and one cut by a page break the last lines it printed
//         across or below the bottom border (grid_overflow_lines.h).
//
//        x0      x1      x2      x3
//   y0   +-------+---------------+        vertical x2 missing between y0 and y1:
//        | Type  |     2021      |        cell (0,1) spans two columns;
//   y1   +       +-------+-------+        horizontal y1 missing under column 0:
//        |       | Child | Adult |        cell (0,0) spans two rows.
//   y2   +-------+-------+-------+
//
// Assumptions: tables are axis-aligned and not rotated; a border hidden by the producer (white
// or zero-width) is missing, so the cells it separates are read as one.
#include "stages/tables/ruled_grid.h"

#include <algorithm>
#include <numeric>

#include "stages/tables/grid_escaped_label.h"
#include "stages/tables/grid_open_row.h"
#include "stages/tables/grid_overflow_lines.h"
#include "stages/tables/rule_segments.h"

namespace coi::tables {

namespace {

int find_root(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// Components of crossing segments: indices < H are horizontals, the rest verticals.
std::vector<std::vector<int>> components(const Segments& s, double snap) {
  const int h = static_cast<int>(s.horizontal.size());
  const int n = h + static_cast<int>(s.vertical.size());
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (int i = 0; i < h; ++i) {
    const Segment& a = s.horizontal[i];
    for (int j = 0; j < static_cast<int>(s.vertical.size()); ++j) {
      const Segment& v = s.vertical[j];
      if (v.at >= a.lo - snap && v.at <= a.hi + snap && a.at >= v.lo - snap &&
          a.at <= v.hi + snap) {
        parent[find_root(parent, i)] = find_root(parent, h + j);
      }
    }
  }
  std::vector<std::vector<int>> groups(n);
  for (int i = 0; i < n; ++i) groups[find_root(parent, i)].push_back(i);
  std::vector<std::vector<int>> out;
  for (auto& g : groups) {
    if (!g.empty()) out.push_back(std::move(g));
  }
  return out;
}

// Distinct positions (within `snap`), each the mean of the positions it gathers.
std::vector<double> distinct_lines(std::vector<double> positions, double snap) {
  std::sort(positions.begin(), positions.end());
  std::vector<double> out;
  double sum = 0;
  int count = 0;
  for (size_t i = 0; i < positions.size(); ++i) {
    if (count > 0 && positions[i] - positions[i - 1] > snap) {
      out.push_back(sum / count);
      sum = 0, count = 0;
    }
    sum += positions[i];
    ++count;
  }
  if (count > 0) out.push_back(sum / count);
  return out;
}

struct Grid {
  std::vector<Segment> horizontal, vertical;
  std::vector<double> xs, ys;
};

// Step 5: grows each cell right, then down, across undrawn sides.
std::vector<GridCell> span_cells(const Grid& g, const TablesConfig& config) {
  const int rows = static_cast<int>(g.ys.size()) - 1, cols = static_cast<int>(g.xs.size()) - 1;
  const double snap = config.snap_tolerance, need = config.edge_min_cover;
  auto right_drawn = [&](int r, int c) {  // the side between columns c and c+1 in row r
    return cover(g.vertical, g.xs[c + 1], g.ys[r], g.ys[r + 1], snap) >= need;
  };
  auto bottom_drawn = [&](int r, int c) {  // the side between rows r and r+1 in column c
    return cover(g.horizontal, g.ys[r + 1], g.xs[c], g.xs[c + 1], snap) >= need;
  };
  std::vector<char> taken(static_cast<size_t>(rows * cols), 0);
  auto is_taken = [&](int r, int c) { return taken[static_cast<size_t>(r * cols + c)] != 0; };
  std::vector<GridCell> cells;
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      if (is_taken(r, c)) continue;
      GridCell cell;
      cell.row = r, cell.col = c;
      while (c + cell.colspan < cols && !right_drawn(r, c + cell.colspan - 1) &&
             !is_taken(r, c + cell.colspan)) {
        ++cell.colspan;
      }
      auto row_free = [&](int next) {
        for (int k = c; k < c + cell.colspan; ++k) {
          if (bottom_drawn(next - 1, k) || is_taken(next, k)) return false;
        }
        return true;
      };
      while (r + cell.rowspan < rows && row_free(r + cell.rowspan)) ++cell.rowspan;
      for (int rr = r; rr < r + cell.rowspan; ++rr) {
        for (int cc = c; cc < c + cell.colspan; ++cc) taken[static_cast<size_t>(rr * cols + cc)] = 1;
      }
      cell.box = Box{g.xs[c], g.ys[r], g.xs[c + cell.colspan], g.ys[r + cell.rowspan]};
      cells.push_back(std::move(cell));
    }
  }
  return cells;
}

// Steps 4-6 for one component; false when it is no table.
bool make_fragment(const Page& page, Grid grid, const TablesConfig& config, Fragment& out) {
  if (grid.vertical.size() < 2 ||
      (grid.horizontal.size() < 2 && !open_row(page, grid.horizontal, grid.vertical, config))) {
    return false;
  }
  std::vector<double> xs, ys;
  Box outline{1e9, 1e9, -1e9, -1e9};
  for (const Segment& s : grid.vertical) {
    xs.push_back(s.at);
    outline = Box{std::min(outline.x0, s.at), std::min(outline.y0, s.lo),
                  std::max(outline.x1, s.at), std::max(outline.y1, s.hi)};
  }
  for (const Segment& s : grid.horizontal) {
    ys.push_back(s.at);
    outline = Box{std::min(outline.x0, s.lo), std::min(outline.y0, s.at),
                  std::max(outline.x1, s.hi), std::max(outline.y1, s.at)};
  }
  // An undrawn outer border still closes the grid.
  xs.push_back(outline.x0), xs.push_back(outline.x1);
  ys.push_back(outline.y0), ys.push_back(outline.y1);
  grid.xs = distinct_lines(std::move(xs), config.snap_tolerance);
  grid.ys = distinct_lines(std::move(ys), config.snap_tolerance);
  if (grid.xs.size() < 2 || grid.ys.size() < 2) return false;
  std::vector<GridCell> cells = span_cells(grid, config);
  if (static_cast<int>(cells.size()) < config.min_cells) return false;
  out.page = page.number;
  out.box = Box{grid.xs.front(), grid.ys.front(), grid.xs.back(), grid.ys.back()};
  out.xs = std::move(grid.xs);
  out.ys = std::move(grid.ys);
  out.cells = std::move(cells);
  out.ruled = true;
  take_escaped_label(page, grid.horizontal, config, out);
  take_overflow_lines(page, config, out);
  return true;
}

}  // namespace

std::vector<Fragment> find_ruled_fragments(const Page& page, const TablesConfig& config) {
  Segments raw = border_segments(page, config);
  Segments s;
  s.horizontal = join_collinear(std::move(raw.horizontal), config.snap_tolerance);
  s.vertical = join_collinear(std::move(raw.vertical), config.snap_tolerance);
  const int h = static_cast<int>(s.horizontal.size());
  std::vector<std::vector<int>> groups = components(s, config.snap_tolerance);
  if (h == 0 && s.vertical.size() >= 2) {
    // The side borders of a row cut on both sides cross no rule: one group (grid_open_row.h).
    groups.assign(1, std::vector<int>(s.vertical.size()));
    std::iota(groups.front().begin(), groups.front().end(), 0);
  }
  std::vector<Fragment> out;
  for (const std::vector<int>& group : groups) {
    Grid grid;
    for (int i : group) {
      if (i < h) grid.horizontal.push_back(s.horizontal[i]);
      else grid.vertical.push_back(s.vertical[i - h]);
    }
    Fragment fragment;
    if (make_fragment(page, std::move(grid), config, fragment)) out.push_back(std::move(fragment));
  }
  std::sort(out.begin(), out.end(),
            [](const Fragment& a, const Fragment& b) { return a.box.y0 < b.box.y0; });
  return out;
}

}  // namespace coi::tables
