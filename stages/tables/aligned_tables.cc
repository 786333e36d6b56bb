// Borderless tables, from text alignment alone. Deliberately conservative: a false table
// swallows paragraphs (their lines become kTable and leave the text flow), which is worse than a
// missed table whose rows stay readable as paragraphs.
//
// Step 1: each body line (layout's reading order; never footnotes, headers, footers or contents
//         entries) is cut into segments wherever the gap between two words is at least
//         `column_gap` font-size units. Justified or ragged prose has no such gaps; a tabulated
//         line has one between every two columns.
// Step 2: a line with at least `borderless.min_columns` segments is a candidate row. Two
//         columns are not enough: a numbered paragraph ("4.1.1   France is ...") has exactly
//         that shape.
// Step 3: consecutive candidate rows with the same number of segments, whose segment starts
//         agree within `align_tolerance` points, form a run; a run of at least `min_rows` rows
//         is a table. Left alignment is what a tab stop gives; right-aligned numeric columns
//         whose starts differ break the run (conservative again).
// Step 4: the fragment's column borders sit just left of each column's leftmost start, its row
//         borders halfway between the rows; each row is one line (multi-line cells are not
//         recovered without rules). Runs overlapping a ruled table are left to it.
//
//   Year     Claims     Grants        three segments on each line, starts aligned:
//   2021     68,403     15,112        -> a 3-column, 3-row table
//   2022     67,142     14,450
#include "stages/tables/aligned_tables.h"

#include <algorithm>
#include <cmath>

namespace coi::tables {

namespace {

// Step 1: the x where each segment of the line starts.
std::vector<double> segment_starts(const Page& page, const Line& line, double gap_em) {
  std::vector<double> starts;
  const Word* prev = nullptr;
  for (int w : line.words) {
    const Word& word = page.words[w];
    if (prev == nullptr ||
        word.box.x0 - prev->box.x1 >= gap_em * std::max(line.font_size, 1.0)) {
      starts.push_back(word.box.x0);
    }
    prev = &word;
  }
  return starts;
}

bool aligned(const std::vector<double>& a, const std::vector<double>& b, double tolerance) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::fabs(a[i] - b[i]) > tolerance) return false;
  }
  return true;
}

bool overlaps_any(const Box& box, const std::vector<Fragment>& ruled) {
  return std::any_of(ruled.begin(), ruled.end(),
                     [&](const Fragment& f) { return overlap_area(box, f.box) > 0; });
}

// Step 4: a fragment from the page's lines `run`, all with the same segments.
Fragment make_fragment(const Page& page, const std::vector<int>& run,
                       const std::vector<std::vector<double>>& starts) {
  Fragment f;
  f.page = page.number;
  f.ruled = false;
  const size_t columns = starts[run.front()].size();
  Box box = page.lines[run.front()].box;
  for (int i : run) box = unite(box, page.lines[i].box);
  f.xs.push_back(box.x0 - 1);
  for (size_t c = 1; c < columns; ++c) {
    double left = 1e9;
    for (int i : run) left = std::min(left, starts[i][c]);
    f.xs.push_back(left - 1);
  }
  f.xs.push_back(box.x1 + 1);
  f.ys.push_back(box.y0 - 1);
  for (size_t r = 1; r < run.size(); ++r) {
    f.ys.push_back((page.lines[run[r - 1]].box.y1 + page.lines[run[r]].box.y0) / 2);
  }
  f.ys.push_back(box.y1 + 1);
  f.box = Box{f.xs.front(), f.ys.front(), f.xs.back(), f.ys.back()};
  for (int r = 0; r < f.row_count(); ++r) {
    for (int c = 0; c < f.column_count(); ++c) {
      GridCell cell;
      cell.row = r, cell.col = c;
      cell.box = Box{f.xs[c], f.ys[r], f.xs[c + 1], f.ys[r + 1]};
      f.cells.push_back(cell);
    }
  }
  return f;
}

}  // namespace

std::vector<Fragment> find_aligned_fragments(const Page& page, const std::vector<Fragment>& ruled,
                                             const TablesConfig& config) {
  const BorderlessConfig& bc = config.borderless;
  std::vector<std::vector<double>> starts(page.lines.size());
  for (size_t i = 0; i < page.lines.size(); ++i) {
    if (page.lines[i].role != LineRole::kBody) continue;
    starts[i] = segment_starts(page, page.lines[i], bc.column_gap);
  }
  std::vector<Fragment> out;
  std::vector<int> run;
  auto close_run = [&] {
    if (static_cast<int>(run.size()) >= bc.min_rows) {
      Fragment f = make_fragment(page, run, starts);
      if (!overlaps_any(f.box, ruled)) out.push_back(std::move(f));
    }
    run.clear();
  };
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const bool candidate = static_cast<int>(starts[i].size()) >= bc.min_columns;
    if (!candidate) {
      close_run();
      continue;
    }
    if (!run.empty() && !aligned(starts[run.back()], starts[i], bc.align_tolerance)) close_run();
    run.push_back(static_cast<int>(i));
  }
  close_run();
  return out;
}

}  // namespace coi::tables
