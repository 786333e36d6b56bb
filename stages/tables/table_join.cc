// Rejoining tables that run over page breaks, and lowering fragments to model Tables.
//
// A long table in a Word note is printed as one fragment per page, the header rows repeated at
// the top of each continuation, and a row that did not fit may be cut in two, its text carried
// on at the top of the next page. Footnotes and the running footer sit between the fragments.
//
// Step 1: two fragments are one table when (a) the second is on the next page, (b) their column
//         borders match (same count, each within `column_tolerance`), (c) nothing but page
//         furniture (running header or footer, footnotes) follows the first on its page, (d)
//         nothing but furniture precedes the second on its page and (e) when both open with
//         header rows, the headers read the same. Text between them, or another header, means
//         two tables that happen to look alike.
// Step 2: the continuation's header rows are dropped when their text repeats the table's header
//         rows. A table with no bold header still loses a first row that repeats its own first
//         row word for word: a repeated row is the header that Word repeats, bold or not.
// Step 3: a row cut by the break. Word and LibreOffice let a row break across pages, and draw
//         a border under its first part, so the rules do not tell. The text does: a cut row
//         carries on only the cells whose text did not fit, so the continuation's first
//         remaining row leaves empty some cell whose counterpart in the table's last row has
//         text, while it has text elsewhere. A fresh row fills its cells as the table's
//         rows do: when the fragment's first row fills the same columns as a body row already
//         in the table (a label row "Age:" | "" after "Sex:" | ""), it is a row of its own.
//         Otherwise, when its cells line up with the cells covering the last row (a rowspan
//         reaching down from an earlier row counts: its empty continuation on the new page only
//         lengthens the span), each cell's text is appended to the cell above it (joined by a
//         space), and the cells gain the new page in their provenance.
// Step 4: rows are lowered cell by cell (covered positions absent, as in the model); rows that
//         cover fewer columns of the table's grid (pipeline/table_grid.h) than it has (possible
//         only when a join went wrong) are padded with empty cells and reported as
//         "ragged-table".
//
//   page 12:  | NGO     | Service      |      page 13:  | NGO | Service      |  <- repeated header
//             | Koutcha | Social and   |                |     | legal help   |  <- cut row
//   -> one table: | Koutcha | Social and legal help | ...
#include "stages/tables/table_join.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "pipeline/table_grid.h"
#include "stages/tables/cell_text.h"
#include "stages/text/inline_runs.h"

namespace coi::tables {

namespace {

bool is_furniture(LineRole role) {
  return role == LineRole::kHeader || role == LineRole::kFooter || role == LineRole::kFootnote ||
         role == LineRole::kTable;
}

// True when a non-furniture line of `page` lies (by its centre) below y (below=true) or above.
bool text_beyond(const Page& page, double y, bool below) {
  for (const Line& line : page.lines) {
    if (is_furniture(line.role)) continue;
    const double cy = (line.box.y0 + line.box.y1) / 2;
    if (page.footnote_top >= 0 && cy >= page.footnote_top) continue;
    if (below ? cy > y : cy < y) return true;
  }
  return false;
}

std::string header_text(const Fragment& f) {
  std::string out;
  for (const GridCell& cell : f.cells) {
    if (cell.row < f.header_rows) out += plain_text(cell.inlines) + "\x1f";
  }
  return out;
}

std::string row_text(const std::vector<Cell>& row) {
  std::string out;
  for (const Cell& cell : row) out += plain_text(cell.inlines) + "\x1f";
  return out;
}

std::vector<std::vector<Cell>> lower_rows(const Fragment& f) {
  std::vector<std::vector<Cell>> rows(static_cast<size_t>(std::max(f.row_count(), 0)));
  for (const GridCell& g : f.cells) {
    Cell cell;
    cell.inlines = g.inlines;
    cell.colspan = g.colspan;
    cell.rowspan = g.rowspan;
    cell.header = g.row < f.header_rows;
    if (cell.header) demote_strong(cell.inlines);
    add_place(cell.where, f.page, g.box);
    rows[static_cast<size_t>(g.row)].push_back(std::move(cell));
  }
  return rows;
}

// Step 2: how many leading rows of `rows` repeat the table's header; 0 when none.
int repeated_header(const Table& table, const std::vector<std::vector<Cell>>& rows) {
  const int n = std::max(table.header_rows, 1);
  if (static_cast<int>(rows.size()) <= n || static_cast<int>(table.rows.size()) < n) return 0;
  for (int r = 0; r < n; ++r) {
    if (row_text(rows[r]) != row_text(table.rows[r])) return 0;
  }
  return n;
}

// Which grid columns of row `r` get text from a cell that starts in that row (a rowspan from
// above brings none): the row's shape.
std::vector<bool> shape(const Table& table, const TableGrid& grid, size_t r) {
  std::vector<bool> out(grid.columns, false);
  for (size_t c = 0; c < grid.columns; ++c) {
    const GridSlot& slot = grid.slots[r][c];
    out[c] = slot.row == static_cast<int>(r) && !plain_text(cell_at(table, slot).inlines).empty();
  }
  return out;
}

// A fresh row fills its cells as rows of the table already do (a label row "Age:" | "" after
// "Sex:" | ""); a cut row's overflow rarely looks like one.
bool shape_seen(const Table& table, const TableGrid& grid, const std::vector<bool>& wanted) {
  for (size_t r = static_cast<size_t>(std::max(table.header_rows, 0)); r < table.rows.size(); ++r) {
    if (shape(table, grid, r) == wanted) return true;
  }
  return false;
}

// Step 3: the cells of the table's last row (or the rowspans reaching into it) that the cells of
// `row` continue, one per cell of `row`; empty when the layouts differ or `row` is no overflow.
std::vector<GridSlot> cut_row_targets(const Table& table, const std::vector<Cell>& row) {
  if (table.rows.empty() || row.empty()) return {};
  const TableGrid grid = expand_grid(table);
  const std::vector<GridSlot>& last = grid.slots.back();
  std::vector<GridSlot> targets;
  std::vector<bool> filled;
  bool text = false, left_empty = false;
  size_t col = 0;
  for (const Cell& cell : row) {
    if (col >= last.size() || last[col].empty()) return {};
    const GridSlot& target = last[col];
    const Cell& above = cell_at(table, target);
    if (above.colspan != cell.colspan || (col > 0 && last[col - 1].same_cell(target))) return {};
    const bool here = !plain_text(cell.inlines).empty();
    text |= here;
    left_empty |= !here && !plain_text(above.inlines).empty();
    filled.insert(filled.end(), static_cast<size_t>(cell.colspan), here);
    targets.push_back(target);
    col += static_cast<size_t>(cell.colspan);
  }
  // The row must cover exactly what the last row covers: nothing of it may lie further right.
  if (col > last.size()) return {};
  if (std::any_of(last.begin() + static_cast<std::ptrdiff_t>(col), last.end(),
                  [](const GridSlot& s) { return !s.empty(); })) {
    return {};
  }
  filled.resize(grid.columns, false);
  if (!text || !left_empty || shape_seen(table, grid, filled)) return {};
  return targets;
}

// Step 3: true when `row` continues the table's last row and was merged into it. A cell of `row`
// that spans down further lengthens the span of the cell it continues.
bool merge_cut_row(Table& table, const std::vector<Cell>& row, int page) {
  const std::vector<GridSlot> targets = cut_row_targets(table, row);
  if (targets.empty()) return false;
  for (size_t i = 0; i < row.size(); ++i) {
    Cell& target = cell_at(table, targets[i]);
    target.rowspan += std::max(row[i].rowspan, 1) - 1;
    if (row[i].inlines.empty()) continue;
    Inlines& inlines = target.inlines;
    if (!inlines.empty()) append_run(inlines, Inline{InlineKind::kText, " ", "", "", 0});
    for (const Inline& run : row[i].inlines) append_run(inlines, run);
    for (const Place& p : row[i].where) add_place(target.where, page, p.box);
  }
  return true;
}

// Step 4: rows whose cells (and the rowspans reaching into them) cover fewer grid columns than
// the table has, padded with empty cells, which take the uncovered slots at the row's end.
void pad_ragged(Table& table, const std::string& id, Diagnostics& diag, int page) {
  const TableGrid grid = expand_grid(table);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const size_t covered = grid.covered(r);
    if (covered == grid.columns) continue;
    diag.warn("ragged-table",
              "table " + id + " row " + std::to_string(r + 1) + " has " +
                  std::to_string(covered) + " columns, the table " + std::to_string(grid.columns),
              page, id);
    table.rows[r].resize(table.rows[r].size() + (grid.columns - covered));
  }
}

void append_fragment(LogicalTable& t, const Fragment& f, const TablesConfig& config) {
  std::vector<std::vector<Cell>> rows = lower_rows(f);
  size_t first = 0;
  if (t.table.rows.empty()) {
    t.table.header_rows = f.header_rows;
  } else {
    const int repeated = repeated_header(t.table, rows);
    if (repeated > 0) t.table.header_rows = std::max(t.table.header_rows, repeated);
    first = static_cast<size_t>(repeated);
    if (config.merge_split_rows && first < rows.size() && merge_cut_row(t.table, rows[first], f.page)) {
      ++first;
    }
    for (size_t r = first; r < rows.size(); ++r) {
      for (Cell& cell : rows[r]) cell.header = false;
    }
  }
  for (size_t r = first; r < rows.size(); ++r) t.table.rows.push_back(std::move(rows[r]));
  add_place(t.where, f.page, f.box);
  t.regions.push_back(f.box);
  t.pages.push_back(f.page);
}

}  // namespace

bool continues(const Doc& doc, const Fragment& prev, const Fragment& next,
               const TablesConfig& config) {
  if (next.page != prev.page + 1 || next.xs.size() != prev.xs.size()) return false;
  for (size_t i = 0; i < prev.xs.size(); ++i) {
    if (std::fabs(prev.xs[i] - next.xs[i]) > config.column_tolerance) return false;
  }
  if (prev.header_rows > 0 && next.header_rows > 0 && header_text(prev) != header_text(next)) {
    return false;
  }
  return !text_beyond(doc.pages[prev.page - 1], prev.box.y1, /*below=*/true) &&
         !text_beyond(doc.pages[next.page - 1], next.box.y0, /*below=*/false);
}

std::vector<LogicalTable> join_fragments(const Doc& doc, const std::vector<Fragment>& fragments,
                                         const TablesConfig& config, Diagnostics& diag) {
  std::vector<LogicalTable> out;
  const Fragment* last = nullptr;
  for (const Fragment& f : fragments) {
    if (last == nullptr || !continues(doc, *last, f, config)) out.emplace_back();
    append_fragment(out.back(), f, config);
    last = &f;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    pad_ragged(out[i].table, "t" + std::to_string(i + 1), diag, out[i].pages.front());
  }
  return out;
}

}  // namespace coi::tables
