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
//         text, while it has text elsewhere. A fresh row fills its cells as every row does.
//         When it does so and the two rows have the same cell layout, each cell's text is
//         appended to the cell above it (joined by a space), and the cells gain the new page in
//         their provenance.
// Step 4: rows are lowered cell by cell (covered positions absent, as in the model); rows whose
//         grid widths disagree (possible only when a join went wrong) are padded with empty
//         cells and reported as "ragged-table".
//
//   page 12:  | NGO     | Service      |      page 13:  | NGO | Service      |  <- repeated header
//             | Koutcha | Social and   |                |     | legal help   |  <- cut row
//   -> one table: | Koutcha | Social and legal help | ...
#include "stages/tables/table_join.h"

#include <algorithm>
#include <cmath>

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

bool same_layout(const std::vector<Cell>& a, const std::vector<Cell>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].colspan != b[i].colspan) return false;
  }
  return true;
}

// Step 3: true when `row` continues the table's last row and was merged into it.
bool merge_cut_row(Table& table, const std::vector<Cell>& row, int page) {
  if (table.rows.empty() || !same_layout(table.rows.back(), row)) return false;
  std::vector<Cell>& last = table.rows.back();
  bool text = false, left_empty = false;
  for (size_t i = 0; i < row.size(); ++i) {
    const bool here = !plain_text(row[i].inlines).empty();
    text |= here;
    left_empty |= !here && !plain_text(last[i].inlines).empty();
  }
  if (!text || !left_empty) return false;
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i].inlines.empty()) continue;
    Inlines& target = last[i].inlines;
    if (!target.empty()) append_run(target, Inline{InlineKind::kText, " ", "", "", 0});
    for (const Inline& run : row[i].inlines) append_run(target, run);
    for (const Place& p : row[i].where) add_place(last[i].where, page, p.box);
  }
  return true;
}

// Step 4: grid width of each row (rowspans carried down), padded to the widest.
void pad_ragged(Table& table, const std::string& id, Diagnostics& diag, int page) {
  std::vector<int> widths(table.rows.size(), 0);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    for (const Cell& cell : table.rows[r]) {
      for (int k = 0; k < cell.rowspan && r + k < table.rows.size(); ++k) {
        widths[r + k] += cell.colspan;
      }
    }
  }
  if (widths.empty()) return;
  const int width = *std::max_element(widths.begin(), widths.end());
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (widths[r] == width) continue;
    diag.warn("ragged-table",
              "table " + id + " row " + std::to_string(r + 1) + " has " +
                  std::to_string(widths[r]) + " columns, the table " + std::to_string(width),
              page, id);
    table.rows[r].resize(table.rows[r].size() + static_cast<size_t>(width - widths[r]));
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
