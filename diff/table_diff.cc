// Table comparison: which table is which, then which row and column is which, then cells.
//
//   1. Tables pair by ID when both versions give the same one and their cells are similar
//      (Dice over the multiset of cell texts >= `table_min_similarity`), then best-first by
//      that similarity. Unpaired tables are added or removed as a whole.
//   2. Rows pair by their whole text where it is unique on both sides, then by their label
//      (first cell) where unique, then in order between already paired rows when similar
//      enough. Leftover rows are added or removed, named by their label.
//   3. Columns pair by index when both tables have as many; otherwise by header text, the
//      leftovers being columns added or removed.
//   4. Each paired cell whose text (footnote marks shown as what they cite) differs is a cell
//      change, named by its row label and column label (the header cell, "column N" without).
//
// Texts compare by their substance (units.h): "labour/ domestic" is "labour/domestic".
//
// Spans are expanded first: a table is compared as its grid (pipeline/table_grid.h), a spanning
// cell's text standing at every position it covers, so columns line up under a rowspan and a changed span shows as the
// cells it gained or lost. A position is compared where a cell starts on either side, so a
// changed text in a cell spanning four rows is one change, not four. A row's label is the first
// cell that starts in it ("Pimping in an organised gang" under a rowspan "Sexual exploitation").
//
//   old: | Sexual (2 rows) | Pimping |      new: | Sexual  | Pimping |
//        |                 | Gang    |           | Other   | Gang    |
//   -> cell row "Gang" column 1: Sexual -> Other
#include "diff/table_diff.h"

#include <algorithm>
#include <unordered_map>

#include "pipeline/table_grid.h"

namespace coi::diff_internal {

namespace {

struct TableView {
  std::string id, near;
  int header_rows = 0;
  std::vector<std::vector<std::string>> cells;  // the expanded grid
  std::vector<std::vector<std::string>> keys;   // its cells' substance, compared
  std::vector<std::vector<bool>> anchored;      // a cell starts at this position
  std::vector<std::string> labels;              // per row: its first own cell's text
  std::vector<std::string> label_keys;          // their substance
  std::vector<int> bag;  // interned cell texts, sorted
  size_t columns = 0;
  Places where;                                // the table block's provenance
  std::vector<std::vector<const Places*>> at;  // per grid position: its cell's provenance
};

void expand(const Table& table, const std::map<int, Citation>& cites, Interner& interner,
            TableView& v) {
  std::vector<std::vector<std::string>> texts(table.rows.size());  // per cell, as in the model
  for (size_t r = 0; r < table.rows.size(); ++r) {
    for (const Cell& c : table.rows[r]) {
      texts[r].push_back(cited_text(c.inlines, cites));
      v.bag.push_back(interner.id(substance(texts[r].back())));
    }
    v.labels.push_back(texts[r].empty() ? std::string() : texts[r].front());
    v.label_keys.push_back(substance(v.labels.back()));
  }
  const TableGrid grid = expand_grid(table);
  v.columns = grid.columns;
  for (const std::vector<GridSlot>& row : grid.slots) {
    std::vector<std::string>& cells = v.cells.emplace_back();
    std::vector<std::string>& keys = v.keys.emplace_back();
    std::vector<bool>& anchored = v.anchored.emplace_back();
    std::vector<const Places*>& at = v.at.emplace_back();
    for (const GridSlot& slot : row) {
      const size_t r = static_cast<size_t>(slot.row), k = static_cast<size_t>(slot.index);
      cells.push_back(slot.empty() ? std::string() : texts[r][k]);
      keys.push_back(substance(cells.back()));
      anchored.push_back(slot.anchor);
      at.push_back(slot.empty() ? nullptr : &table.rows[r][k].where);
    }
  }
}

std::vector<TableView> views(const Doc& doc, const std::map<int, Citation>& cites,
                             Interner& interner) {
  std::vector<TableView> out;
  std::string near;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) near = b.number;
    if (b.kind != BlockKind::kTable) continue;
    TableView v;
    v.id = b.id.empty() ? "table " + std::to_string(out.size() + 1) : b.id;
    v.near = near;
    v.header_rows = b.table.header_rows;
    v.where = b.where;
    expand(b.table, cites, interner, v);
    std::sort(v.bag.begin(), v.bag.end());
    out.push_back(std::move(v));
  }
  return out;
}

std::string cell(const TableView& t, size_t row, size_t col) {
  return col < t.cells[row].size() ? t.cells[row][col] : std::string();
}

bool same_cell(const TableView& a, size_t row_a, size_t col_a, const TableView& b, size_t row_b,
               size_t col_b) {
  const auto key = [](const TableView& t, size_t row, size_t col) {
    return col < t.keys[row].size() ? t.keys[row][col] : std::string();
  };
  return key(a, row_a, col_a) == key(b, row_b, col_b);
}

// Where the cells of grid row `row` are printed, each spanning cell once.
Places row_places(const TableView& t, size_t row) {
  Places out;
  const Places* last = nullptr;
  for (const Places* p : t.at[row]) {
    if (p && p != last) out.insert(out.end(), p->begin(), p->end());
    last = p;
  }
  return out;
}

// Where the cell covering grid position (`row`, `col`) is printed.
Places cell_places(const TableView& t, size_t row, size_t col) {
  const Places* p = col < t.at[row].size() ? t.at[row][col] : nullptr;
  return p ? *p : Places{};
}

// Where column `col` is printed: its cells, each spanning cell once.
Places column_places(const TableView& t, size_t col) {
  Places out;
  const Places* last = nullptr;
  for (size_t r = 0; r < t.at.size(); ++r) {
    const Places* p = col < t.at[r].size() ? t.at[r][col] : nullptr;
    if (p && p != last) out.insert(out.end(), p->begin(), p->end());
    last = p;
  }
  return out;
}

bool anchored(const TableView& t, size_t row, size_t col) {
  return col < t.anchored[row].size() && t.anchored[row][col];
}

std::string row_label(const TableView& t, size_t row) {
  const std::string& label = t.labels[row];
  return label.empty() ? "row " + std::to_string(row + 1) : label;
}

std::string column_label(const TableView& t, size_t col) {
  const std::string label = t.header_rows > 0 ? cell(t, 0, col) : std::string();
  return label.empty() ? "column " + std::to_string(col + 1) : label;
}

std::string joined(const std::vector<std::string>& row) {
  std::string out;
  for (const std::string& c : row) out += c + '\x1f';
  return out;
}

// Pairs items whose key is unique on both sides (unpaired entries of `pairs` are -1).
void pair_unique(const std::vector<std::string>& a, const std::vector<std::string>& b,
                 std::vector<int>& pairs, std::vector<bool>& taken) {
  std::unordered_map<std::string, std::pair<int, int>> count;  // key -> (count, index) in a
  std::unordered_map<std::string, std::pair<int, int>> count_b;
  for (size_t i = 0; i < a.size(); ++i)
    if (pairs[i] < 0) count[a[i]] = {count[a[i]].first + 1, static_cast<int>(i)};
  for (size_t j = 0; j < b.size(); ++j)
    if (!taken[j]) count_b[b[j]] = {count_b[b[j]].first + 1, static_cast<int>(j)};
  for (const auto& [key, c] : count) {
    auto it = count_b.find(key);
    if (c.first == 1 && it != count_b.end() && it->second.first == 1) {
      pairs[c.second] = it->second.second;
      taken[it->second.second] = true;
    }
  }
}

std::vector<int> pair_rows(const TableView& a, const TableView& b, double min_similarity) {
  std::vector<int> pairs(a.cells.size(), -1);
  std::vector<bool> taken(b.cells.size(), false);
  std::vector<std::string> ka, kb;
  for (const auto& r : a.keys) ka.push_back(joined(r));
  for (const auto& r : b.keys) kb.push_back(joined(r));
  pair_unique(ka, kb, pairs, taken);
  ka = a.label_keys, kb = b.label_keys;
  pair_unique(ka, kb, pairs, taken);
  // In order between paired rows: the next free new row after the last paired one.
  int last = -1;
  for (size_t r = 0; r < a.cells.size(); ++r) {
    if (pairs[r] >= 0) {
      last = pairs[r];
      continue;
    }
    const int next = last + 1;
    if (next >= static_cast<int>(b.cells.size()) || taken[next]) continue;
    size_t same = 0;
    for (size_t c = 0; c < a.columns; ++c) same += same_cell(a, r, c, b, next, c);
    if (static_cast<double>(same) >= min_similarity * static_cast<double>(a.columns)) {
      pairs[r] = next, taken[next] = true, last = next;
    }
  }
  return pairs;
}

void diff_pair(const TableView& a, const TableView& b, double min_similarity,
               std::vector<TableChange>& out) {
  auto change = [&](TableChange::Kind kind) {
    TableChange c;
    c.kind = kind;
    c.table = b.id;
    c.near = b.near;
    return c;
  };
  std::vector<int> cols(a.columns, -1);
  std::vector<bool> col_taken(b.columns, false);
  if (a.columns == b.columns) {
    for (size_t c = 0; c < a.columns; ++c) cols[c] = static_cast<int>(c), col_taken[c] = true;
  } else {
    std::vector<std::string> la, lb;
    for (size_t c = 0; c < a.columns; ++c) la.push_back(substance(column_label(a, c)));
    for (size_t c = 0; c < b.columns; ++c) lb.push_back(substance(column_label(b, c)));
    pair_unique(la, lb, cols, col_taken);
  }
  for (size_t c = 0; c < a.columns; ++c) {
    if (cols[c] >= 0) continue;
    out.push_back(change(TableChange::Kind::kColumnRemoved));
    out.back().column = column_label(a, c);
    out.back().old_where = column_places(a, c);
  }
  for (size_t c = 0; c < b.columns; ++c) {
    if (col_taken[c]) continue;
    out.push_back(change(TableChange::Kind::kColumnAdded));
    out.back().column = column_label(b, c);
    out.back().new_where = column_places(b, c);
  }
  const std::vector<int> rows = pair_rows(a, b, min_similarity);
  std::vector<bool> row_taken(b.cells.size(), false);
  for (size_t r = 0; r < a.cells.size(); ++r) {
    if (rows[r] < 0) {
      out.push_back(change(TableChange::Kind::kRowRemoved));
      out.back().row = row_label(a, r);
      out.back().old_where = row_places(a, r);
      continue;
    }
    row_taken[rows[r]] = true;
    for (size_t c = 0; c < a.columns; ++c) {
      if (cols[c] < 0) continue;
      const size_t to = static_cast<size_t>(cols[c]);
      if (!anchored(a, r, c) && !anchored(b, static_cast<size_t>(rows[r]), to)) continue;
      if (same_cell(a, r, c, b, static_cast<size_t>(rows[r]), to)) continue;
      const std::string was = cell(a, r, c), now = cell(b, rows[r], to);
      TableChange t = change(TableChange::Kind::kCell);
      t.row = row_label(b, rows[r]);
      t.column = column_label(b, to);
      t.old_text = was;
      t.new_text = now;
      t.old_where = cell_places(a, r, c);
      t.new_where = cell_places(b, static_cast<size_t>(rows[r]), to);
      out.push_back(std::move(t));
    }
  }
  for (size_t r = 0; r < b.cells.size(); ++r) {
    if (row_taken[r]) continue;
    out.push_back(change(TableChange::Kind::kRowAdded));
    out.back().row = row_label(b, r);
    out.back().new_where = row_places(b, r);
  }
}

}  // namespace

std::vector<TableChange> diff_tables(const Doc& old_doc, const std::map<int, Citation>& old_cites,
                                     const Doc& new_doc, const std::map<int, Citation>& new_cites,
                                     const DiffConfig& config) {
  Interner interner;
  const std::vector<TableView> a = views(old_doc, old_cites, interner);
  const std::vector<TableView> b = views(new_doc, new_cites, interner);
  std::vector<int> pairs(a.size(), -1);
  std::vector<bool> taken(b.size(), false);
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (!taken[j] && a[i].id == b[j].id &&
          dice(a[i].bag, b[j].bag) >= config.table_min_similarity) {
        pairs[i] = static_cast<int>(j), taken[j] = true;
        break;
      }
    }
  }
  std::vector<std::tuple<double, size_t, size_t>> found;
  for (size_t i = 0; i < a.size(); ++i) {
    if (pairs[i] >= 0) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      if (taken[j]) continue;
      const double sim = dice(a[i].bag, b[j].bag);
      if (sim >= config.table_min_similarity) found.emplace_back(-sim, i, j);
    }
  }
  std::sort(found.begin(), found.end());
  for (const auto& [neg, i, j] : found) {
    if (pairs[i] < 0 && !taken[j]) pairs[i] = static_cast<int>(j), taken[j] = true;
  }
  std::vector<TableChange> out;
  for (size_t i = 0; i < a.size(); ++i) {
    if (pairs[i] >= 0) {
      diff_pair(a[i], b[pairs[i]], config.table_min_similarity, out);
      continue;
    }
    TableChange c;
    c.kind = TableChange::Kind::kTableRemoved;
    c.table = a[i].id;
    c.near = a[i].near;
    c.old_where = a[i].where;
    out.push_back(std::move(c));
  }
  for (size_t j = 0; j < b.size(); ++j) {
    if (taken[j]) continue;
    TableChange c;
    c.kind = TableChange::Kind::kTableAdded;
    c.table = b[j].id;
    c.near = b[j].near;
    c.new_where = b[j].where;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace coi::diff_internal
