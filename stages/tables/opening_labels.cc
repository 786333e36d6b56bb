// A label centred over a table's first body rows, the cells above it blank.
//
// A table of three body rows grouped under one label: LaTeX's \multirow (or Word's "Align
// Center", CSS `vertical-align: middle`) prints it on the middle row's line, blank cells above
// and below. Read from the page alone (hrule_tables.h, step 4c), that cannot be told from a label
// set top-aligned on its first row under an empty cell, and a label on a row's line is centred
// only in a column where a label shows between two rows' lines, which a table of one label
// never shows. So the label is taken to span its own row and the blank one below, and the blank
// row above stays an empty cell of its own, or carries on a label of the page before when the
// fragment continues a table there (cut_rows.h).
//
// Step 1: the note's habit. A producer that centres labels centres all of them, in every table
//         of the note, header cells too: some cell spanning rows ("Year" over a two-row header,
//         a body label), in a ruled grid (whose rules give its rows) or a table read from its
//         text, lies lower than its first row's other cells by at least
//         `centred_label_min_drop` font sizes (a cell set top-aligned shares its first row's
//         first line). A note with no such cell keeps its reading.
// Step 2: a fragment that opens a table (it continues no fragment before it: table_join.h) has
//         nothing of a page before to carry on. In a column c where the body's first rows are
//         blank from the first column through c (empty cells of their own, the column's first
//         text lower down) under the column's first label, which spans rows (read as set on its
//         first row, or as centred between two rows' lines), the label spans the blank rows
//         above it, and as many blank rows below its own as put the middle of its lines within
//         `centred_label_tolerance` of its line height of the middle of all those rows: the
//         blank cells around it are removed. No such rows, no change.
//
//   Region   | Facility    | Places           Region   | Facility    | Places
//   ---------+-------------+-------           ---------+-------------+-------
//   (empty)  | HUDA Sud-1  | 6,992     ->              | HUDA Sud-1  | 6,992
//   Mayotte  | CPH Ouest-2 | 1,951             Mayotte | CPH Ouest-2 | 1,951   one cell,
//     "      | CPH Ouest-3 | 6,832                     | CPH Ouest-3 | 6,832   three rows
//
// Assumption: in a note whose tables centre their labels, a table never opens with an empty
// label cell over a label centred over it and as many rows below (a producer that centred its
// header cells but set its body labels top-aligned would break it, with rows of one line).
#include "stages/tables/opening_labels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "stages/tables/table_join.h"

namespace coi::tables {

namespace {

const Word& word_of(const Doc& doc, const Fragment& f, int w) {
  return doc.pages[static_cast<size_t>(f.page - 1)].words[static_cast<size_t>(w)];
}

// The first word of `cell` that is no raised footnote mark, or nullptr.
const Word* first_word(const Doc& doc, const Fragment& f, const GridCell& cell) {
  for (int w : cell.words) {
    const Word& word = word_of(doc, f, w);
    if (!word.raised) return &word;
  }
  return nullptr;
}

// Step 1: `label` (spanning rows) lies lower than the first line of its first row's other cells.
bool dropped(const Doc& doc, const Fragment& f, const GridCell& label, double min_drop) {
  const Word* own = first_word(doc, f, label);
  if (own == nullptr) return false;
  double row_line = std::numeric_limits<double>::max();
  for (const GridCell& cell : f.cells) {
    if (cell.row != label.row || cell.rowspan > 1 || &cell == &label) continue;
    if (const Word* word = first_word(doc, f, cell)) {
      row_line = std::min(row_line, word->box.centre_y());
    }
  }
  return row_line < std::numeric_limits<double>::max() &&
         own->box.centre_y() - row_line >= min_drop * own->font_size;
}

// The cell covering grid position (r, c), or nullptr.
GridCell* cell_at(Fragment& f, int r, int c) {
  for (GridCell& cell : f.cells) {
    if (r >= cell.row && r < cell.row + cell.rowspan && c >= cell.col && c < cell.col + cell.colspan) {
      return &cell;
    }
  }
  return nullptr;
}

// True when an empty cell of column c of f, one column wide, starts at row r.
bool blank_cell(Fragment& f, int r, int c) {
  const GridCell* cell = cell_at(f, r, c);
  return cell != nullptr && cell->empty() && cell->colspan == 1 && cell->row == r;
}

// The middle of `label`'s lines and the height of its tallest word (0 when it has none).
std::pair<double, double> label_middle(const Doc& doc, const Fragment& f, const GridCell& label) {
  double y0 = std::numeric_limits<double>::max(), y1 = std::numeric_limits<double>::lowest();
  double height = 0;
  for (int w : label.words) {
    const Word& word = word_of(doc, f, w);
    if (word.raised) continue;
    y0 = std::min(y0, word.box.y0), y1 = std::max(y1, word.box.y1);
    height = std::max(height, word.box.y1 - word.box.y0);
  }
  return {(y0 + y1) / 2, height};
}

// Step 2 for column c of fragment f; true when a label took in the blank rows around it.
bool centre_column(const Doc& doc, Fragment& f, int c, double tolerance) {
  const int top = f.header_rows;
  GridCell* label = nullptr;
  for (int r = top; r < f.row_count() && label == nullptr; ++r) {
    for (int k = 0; k <= c; ++k) {
      GridCell* cell = cell_at(f, r, k);
      if (cell == nullptr || cell->colspan > 1) return false;
      if (cell->empty()) continue;
      if (k < c) return false;  // text left of the column: no blank leading cell
      label = cell;
    }
  }
  if (label == nullptr || label->row <= top || label->rowspan < 2) return false;
  // The blank cells above lie wholly above the label, and every row above has text right of
  // the column (a blank row is no row of the label's).
  for (int r = top; r < label->row; ++r) {
    if (cell_at(f, r, c)->row < top) return false;
    const bool text_right = std::any_of(f.cells.begin(), f.cells.end(), [&](const GridCell& g) {
      return g.row == r && g.col > c && !g.empty();
    });
    if (!text_right) return false;
  }
  const auto [middle, height] = label_middle(doc, f, *label);
  if (height <= 0) return false;
  // The label's rows so far end at `below`; blank cells under it may be its rows too, as where
  // it lies between two rows' lines and the rows above and below it are blank.
  const int below = label->row + label->rowspan - 1;
  int end = below;
  while (true) {
    const double rows_middle =
        (f.ys[static_cast<size_t>(top)] + f.ys[static_cast<size_t>(end + 1)]) / 2;
    if (std::fabs(middle - rows_middle) <= tolerance * height) break;
    if (end + 1 >= f.row_count() || !blank_cell(f, end + 1, c)) return false;
    end = end + cell_at(f, end + 1, c)->rowspan;
  }
  const int label_row = label->row;
  f.cells.erase(std::remove_if(f.cells.begin(), f.cells.end(),
                               [&](const GridCell& g) {
                                 return g.col == c && ((g.row >= top && g.row < label_row) ||
                                                       (g.row > below && g.row <= end));
                               }),
                f.cells.end());
  // `label` may have moved in the erase: find it again by its position.
  GridCell* moved = cell_at(f, label_row, c);
  moved->row = top;
  moved->rowspan = end - top + 1;
  moved->box.y0 = f.ys[static_cast<size_t>(top)];
  moved->box.y1 = f.ys[static_cast<size_t>(end + 1)];
  return true;
}

}  // namespace

bool centres_labels(const Doc& doc, const std::vector<Fragment>& fragments,
                    const TablesConfig& config) {
  for (const Fragment& f : fragments) {
    for (const GridCell& cell : f.cells) {
      if (cell.rowspan > 1 && dropped(doc, f, cell, config.hrules.centred_label_min_drop)) {
        return true;
      }
    }
  }
  return false;
}

void centre_opening_labels(const Doc& doc, std::vector<Fragment>& fragments,
                           const TablesConfig& config) {
  if (!centres_labels(doc, fragments, config)) return;
  for (size_t i = 0; i < fragments.size(); ++i) {
    Fragment& f = fragments[i];
    if (f.starts.empty() || (i > 0 && continues(doc, fragments[i - 1], f, config))) continue;
    bool changed = false;
    for (int c = 0; c + 1 < f.column_count(); ++c) {
      changed = centre_column(doc, f, c, config.hrules.centred_label_tolerance) || changed;
    }
    if (!changed) continue;
    std::sort(f.cells.begin(), f.cells.end(), [](const GridCell& a, const GridCell& b) {
      return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
  }
}

}  // namespace coi::tables
