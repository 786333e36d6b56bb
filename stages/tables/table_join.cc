// Rejoining tables that run over page breaks, and lowering fragments to model Tables.
//
// A long table in a Word note is printed as one fragment per page, the header rows repeated at
// the top of each continuation, and a row that did not fit may be cut in two, its text carried
// on at the top of the next page. Footnotes and the running footer sit between the fragments.
//
// Step 1: two fragments are one table when (a) the second is on the next page, (b) their column
//         borders match (same count, each within `column_tolerance`; for tables read from their
//         text, or their columns' text starts match: a border is pushed right of the column
//         before it where that column's words overflow it, as LaTeX's p columns print a word
//         too long for them, by as much as the page's widest such word), (c) nothing but page
//         furniture (running header or footer, footnotes) follows the first on its page, (d)
//         nothing but furniture precedes the second on its page and (e) when both open with
//         header rows, the headers print the same words. Text between them, or another header,
//         means two tables that happen to look alike. The words, not the rows they fell into:
//         a header of several lines in narrow columns may be read as two rows on one page and
//         three on the next ("Subsidiary" / "protection" a row of its own), or a line of it may
//         fall into the row above, and it is still the header Word repeats. Nor the words
//         themselves, where they differ: the same letters in other words are the same header
//         read apart or glued on one of the pages (LibreOffice's "Employ" / "ment" rejoined
//         as "Employment" where the body rows under it show the column's width, not over one
//         row; LaTeX's "InternationalisationDisproportionately" overprinting a rule). The
//         letters without their hyphens: a word a line end broke at its hyphen is rejoined
//         without it where its two lines fall into one cell and keeps it where they are read
//         as two rows (WeasyPrint's "Chil-" / "dren" and "Children").
//         (f) Where the continuation's header is no repeat only because a header cell printed
//         its last letters under the header's border, in the first body row (LibreOffice's "Yea"
//         over "r9"), they are taken back into it first (overflowed_header.h).
//         (g) A header row alone at a page's foot, read from its text between its rules
//         (hrule_tables.h, step 5), is a table's only where the next page carries the table on:
//         Word and LibreOffice print a header row that is not kept with the next alone there,
//         its body overleaf, repeated over it or not. Carried on by nothing, its words stay text.
//         Nor do they repeat a header row they cut: the page after opens with the header's rest
//         ("Unaccompanied" / "minors"), header rows whose words differ, text only under the
//         header cells printed, each opening in lower case; they carry the header row on.
// Step 2: the continuation's header rows are dropped when their text repeats the table's header
//         rows, row for row or, read into rows another way, word for word or letter for letter
//         (step 1 (e)), whether the page reads them into more rows or fewer than the table
//         (its header and a single row cut by the break: the "03" of "2003"). A table
//         with no bold header still loses a first row that repeats its own first row word for
//         word: a repeated row is the header that Word repeats, bold or not; and the rows that
//         repeat the continuation's header rows all, where its first rows print them: a header
//         of two rows alone at a page's foot has no body row under it to tell it by its weight.
// Step 2b: a table whose first page shows a single row and no header, and whose next page opens
//         with header rows, takes them as its header, at its top: WeasyPrint prints no header
//         on a page that one row taller than what is left of it fills (the row moved whole to
//         a new page, its header left behind), and repeats it on the next.
// Step 2c: a header read into rows two ways, no cell of either reading reaching below it (a
//         reading whose cells reach into the body is no header of its own), keeps the reading in
//         more rows: the text or the pitch that parted two rows on one page (Word's and
//         LibreOffice's unpadded rows lie a line apart, as a cell's lines do) may not part them
//         on the other, and each row glued to the next leaves cells of two rows' text ("2019
//         Detention"). Unless a row of it, below its first, is no row: a wrapped line of a cell
//         ("Subsidiary" / "protection", a lower-case start) or a label centred over the
//         header's lines ("Year" between "2019" and "Transferred", text in one cell only), read
//         as a row of its own; and then only where the reading in fewer rows is that reading
//         without just those rows: one that glues two true rows ("2019", a label over three
//         measures, read with the measures under it into "2019 Children") is no better.
// Step 3: a row cut by the break. Word and LibreOffice let a row break across pages, and draw
//         a border under its first part, so the rules do not tell; the page's text does
//         (cut_rows.h): the continuation's first remaining row is joined to the table's last
//         row when its cells carry on the cells above them (lower-case starts, a last line that
//         wrapped, cells left empty where the text ended or a rowspan continues), and stays a
//         row of its own, though a rowspan may carry on into it, when a cell holds fresh text.
//         The rows under a carried row that go on with its cells a line below them, blank
//         where the table's every row has a name, are further parts of the same cut row
//         (XeLaTeX's longtable rows of a tall cell's sentences) and carry it on too. So are
//         the rows under a first row the page prints whole (moved there whole, its parts under
//         it): a page of two rows shows paragraph_rows.h no other row to tell a name column
//         never blank by, but the table's rows on the pages before do (held18 2204, page 51).
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
#include <iterator>
#include <string_view>
#include <utility>

#include "pipeline/table_grid.h"
#include "pipeline/utf8.h"
#include "stages/tables/cell_text.h"
#include "stages/tables/cut_rows.h"
#include "stages/tables/overflowed_header.h"
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
    const double cy = line.box.centre_y();
    if (!page.above_footnotes(cy)) continue;
    if (below ? cy > y : cy < y) return true;
  }
  return false;
}

// Step 1 (b): two lists of column edges, the same count and each pair within `tolerance`.
bool same_columns(const std::vector<double>& a, const std::vector<double>& b, double tolerance) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::fabs(a[i] - b[i]) > tolerance) return false;
  }
  return true;
}

// Adds the words of `text` (split at white space) to `words`.
void add_words(const std::string& text, std::vector<std::string>& words) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = text.find_first_not_of(" \t\n", i);
    if (start == std::string::npos) break;
    const size_t end = std::min(text.find_first_of(" \t\n", start), text.size());
    words.push_back(text.substr(start, end - start));
    i = end;
  }
}

// Step 1 (e): a header's words, sorted: the same for two readings of one header into rows.
std::vector<std::string> sorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  return words;
}

// Step 1 (e): a hyphen a line end may have broken a word at ("-", U+2010, a soft hyphen).
size_t hyphen_at(const std::string& text, size_t i) {
  for (std::string_view hyphen : {"-", "\u2010", "\u00ad"}) {
    if (text.compare(i, hyphen.size(), hyphen) == 0) return hyphen.size();
  }
  return 0;
}

// Step 1 (e): the letters of sorted words, hyphens left out, sorted: the same for a header read
// into other words, its broken words rejoined on one page ("Children") and read apart on the
// other ("Chil-" / "dren").
std::string letters(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    for (size_t i = 0; i < word.size();) {
      const size_t hyphen = hyphen_at(word, i);
      if (hyphen == 0) out += word[i];
      i += std::max<size_t>(hyphen, 1);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Step 1 (e): the same words, or the same letters in other words.
bool same_header(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return a == b || letters(a) == letters(b);
}

// Step 1 (g): `next`'s header rows are the rest of `prev`'s header row, which the page break
// cut: `prev` prints a header alone at its page's foot, `next` opens with header rows over body
// rows, and their text lies only under header cells `prev` prints, each cell's opening in lower
// case (LibreOffice's "Unaccompanied" / "minors": Word and LibreOffice break a header row that is
// not kept with the next like any row, and repeat none over the rest of a header unfinished).
bool header_rest(const Fragment& prev, const Fragment& next) {
  if (prev.header_rows == 0 || prev.row_count() != prev.header_rows || next.header_rows == 0 ||
      next.header_rows >= next.row_count()) {
    return false;
  }
  std::vector<bool> printed;
  for (const GridCell& cell : prev.cells) {
    if (plain_text(cell.inlines).find_first_not_of(" \t\n") == std::string::npos) continue;
    printed.resize(std::max(printed.size(), static_cast<size_t>(cell.col + cell.colspan)));
    std::fill(printed.begin() + cell.col, printed.begin() + cell.col + cell.colspan, true);
  }
  bool any = false;
  for (const GridCell& cell : next.cells) {
    if (cell.row >= next.header_rows) continue;
    const std::string text = plain_text(cell.inlines);
    const size_t start = text.find_first_not_of(" \t\n");
    if (start == std::string::npos) continue;
    if (!opens_lower_case(std::string_view(text).substr(start))) return false;
    for (int c = cell.col; c < cell.col + cell.colspan; ++c) {
      const auto col = static_cast<size_t>(c);
      if (col >= printed.size() || !printed[col]) return false;
    }
    any = true;
  }
  return any;
}

std::vector<std::string> header_words(const Fragment& f) {
  std::vector<std::string> words;
  for (const GridCell& cell : f.cells) {
    if (cell.row < f.header_rows) add_words(plain_text(cell.inlines), words);
  }
  return sorted(std::move(words));
}

std::vector<std::string> leading_words(const std::vector<std::vector<Cell>>& rows, int n) {
  std::vector<std::string> words;
  for (int r = 0; r < n; ++r) {
    for (const Cell& cell : rows[static_cast<size_t>(r)]) {
      add_words(plain_text(cell.inlines), words);
    }
  }
  return sorted(std::move(words));
}

std::string row_text(const std::vector<Cell>& row) {
  std::string out;
  for (const Cell& cell : row) out += plain_text(cell.inlines) + "\x1f";
  return out;
}

std::vector<std::vector<Cell>> lower_rows(const Fragment& f, CellLines& lines) {
  const size_t rows_count = static_cast<size_t>(std::max(f.row_count(), 0));
  std::vector<std::vector<Cell>> rows(rows_count);
  lines.assign(rows_count, {});
  for (const GridCell& g : f.cells) {
    Cell cell;
    cell.inlines = g.inlines;
    cell.colspan = g.colspan;
    cell.rowspan = g.rowspan;
    cell.header = g.row < f.header_rows;
    if (cell.header) demote_strong(cell.inlines);
    add_place(cell.where, f.page, g.box);
    rows[static_cast<size_t>(g.row)].push_back(std::move(cell));
    lines[static_cast<size_t>(g.row)].push_back(g.lines);
  }
  return rows;
}

// The grid column each cell of row `r` of `f` starts in, in the order lower_rows puts them.
std::vector<int> columns_of(const Fragment& f, size_t r) {
  std::vector<int> out;
  for (const GridCell& g : f.cells) {
    if (g.row == static_cast<int>(r)) out.push_back(g.col);
  }
  return out;
}

// Step 2: the first `n` rows of `a` and `b` print the same text, row for row.
bool same_rows(const std::vector<std::vector<Cell>>& a, const std::vector<std::vector<Cell>>& b,
               int n) {
  if (static_cast<int>(a.size()) < n || static_cast<int>(b.size()) < n) return false;
  for (int r = 0; r < n; ++r) {
    if (row_text(a[static_cast<size_t>(r)]) != row_text(b[static_cast<size_t>(r)])) return false;
  }
  return true;
}

// Step 2: how many leading rows of `rows` repeat the table's header; 0 when none. `header_rows`
// is the continuation's own count of header rows, which may differ from the table's where the
// same header words were read into rows another way. A table with no header of its own repeats
// the continuation's header rows when its first rows print them all (a header of two rows alone
// at a page's foot, whose weight tells nothing with no body row under it), or its own first row.
int repeated_header(const Table& table, const std::vector<std::vector<Cell>>& rows,
                    int header_rows) {
  const int given = static_cast<int>(rows.size());
  if (table.header_rows == 0) {
    if (header_rows > 1 && header_rows < given && same_rows(rows, table.rows, header_rows)) {
      return header_rows;
    }
    return given > 1 && same_rows(rows, table.rows, 1) ? 1 : 0;
  }
  if (given > table.header_rows && same_rows(rows, table.rows, table.header_rows)) {
    return table.header_rows;
  }
  const bool reread =
      header_rows > 0 && header_rows < given &&
      same_header(leading_words(rows, header_rows), leading_words(table.rows, table.header_rows));
  return reread ? header_rows : 0;
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

// Step 2b: a table whose first page printed one row and no header, carried on under a header.
bool opens_headerless(const Table& table, const Fragment& next) {
  return table.header_rows == 0 && table.rows.size() == 1 && next.header_rows > 0 &&
         next.header_rows < next.row_count();
}

// Step 2b: the continuation's first `n` rows (its header) put at the top of the table.
void adopt_header(LogicalTable& t, const std::vector<std::vector<Cell>>& rows, const CellLines& lines,
                  int n) {
  t.table.rows.insert(t.table.rows.begin(), rows.begin(), rows.begin() + n);
  t.lines.insert(t.lines.begin(), lines.begin(), lines.begin() + n);
  t.table.header_rows = n;
}

// Step 2c: true when no cell of the first `n` rows of `rows` spans below them.
bool closed_header(const std::vector<std::vector<Cell>>& rows, int n) {
  for (int r = 0; r < n; ++r) {
    for (const Cell& cell : rows[static_cast<size_t>(r)]) {
      if (r + cell.rowspan > n) return false;
    }
  }
  return true;
}

// Step 2c: how many rows of the header's first `n` rows, below its first, are no rows of their
// own: the wrapped rest of a cell ("protection" under "Subsidiary", "dren" under "Chil-": a
// cell opening in lower case) or a label alone on its line (text in one cell only).
int false_rows(const std::vector<std::vector<Cell>>& rows, int n) {
  int count = 0;
  for (int r = 1; r < n; ++r) {
    int printed = 0;
    bool wrapped = false;
    for (const Cell& cell : rows[static_cast<size_t>(r)]) {
      const std::string text = plain_text(cell.inlines);
      const size_t start = text.find_first_not_of(" \t\n");
      if (start == std::string::npos) continue;
      ++printed;
      wrapped = wrapped || opens_lower_case(std::string_view(text).substr(start));
    }
    if (wrapped || printed <= 1) ++count;
  }
  return count;
}

// Step 2c: the table's header replaced by the continuation's first `n` rows, the same words
// read into other rows, where that reading is the better: the one in more rows, unless rows of
// it are no rows (false_rows) and the reading in fewer rows is it without just those rows (a
// reading that glues two true rows, "2019" over three measures read with the row under it into
// "2019 Children", is no better).
void take_better_header(LogicalTable& t, std::vector<std::vector<Cell>>& rows, CellLines& lines,
                        int n) {
  const int old = t.table.header_rows;
  if (n == old || !closed_header(rows, n) || !closed_header(t.table.rows, old)) return;
  const bool finer = n < old;
  const int more = std::max(n, old), fewer = std::min(n, old);
  const int dropped = false_rows(finer ? t.table.rows : rows, more);
  if (finer != (dropped > 0 && fewer == more - dropped)) return;
  t.table.rows.erase(t.table.rows.begin(), t.table.rows.begin() + old);
  t.lines.erase(t.lines.begin(), t.lines.begin() + old);
  t.table.rows.insert(t.table.rows.begin(), std::make_move_iterator(rows.begin()),
                      std::make_move_iterator(rows.begin() + n));
  t.lines.insert(t.lines.begin(), std::make_move_iterator(lines.begin()),
                 std::make_move_iterator(lines.begin() + n));
  t.table.header_rows = n;
}

// Step 1 (g): a row of the rest of a header the page break cut (header_rest), its cells' lines
// carried on into the header cells above them, the last header row's, column for column.
void carry_header_rest(const Doc& doc, LogicalTable& t, const std::vector<Cell>& row,
                       const CellLines::value_type& row_lines, const std::vector<int>& columns,
                       int page, const InlineRunOptions& options) {
  const TableGrid grid = expand_grid(t.table);
  for (size_t i = 0; i < row.size(); ++i) {
    const auto c = static_cast<size_t>(columns[i]);
    if (row_lines[i].empty() || c >= grid.columns) continue;
    const GridSlot& slot = grid.slots.back()[c];
    if (slot.empty()) continue;
    Cell& target = t.table.rows[static_cast<size_t>(slot.row)][static_cast<size_t>(slot.index)];
    std::vector<TextLine>& target_lines =
        t.lines[static_cast<size_t>(slot.row)][static_cast<size_t>(slot.index)];
    target_lines.insert(target_lines.end(), row_lines[i].begin(), row_lines[i].end());
    target.inlines = build_inlines(doc, target_lines, options);
    for (const Place& p : row[i].where) add_place(target.where, page, p.box);
  }
}

// `header_cut`: `f` opens with the rest of the header row the table's page ends in (step 1 (g)).
void append_fragment(const Doc& doc, LogicalTable& t, const Fragment& f, bool header_cut,
                     const NoteWords& words, const Hyphenation& hyphenation,
                     const TablesConfig& config) {
  CellLines lines;
  std::vector<std::vector<Cell>> rows = lower_rows(f, lines);
  size_t first = 0;
  if (t.table.rows.empty()) {
    t.table.header_rows = f.header_rows;
  } else {
    int repeated = repeated_header(t.table, rows, f.header_rows);
    if (repeated == 0 && opens_headerless(t.table, f)) {
      adopt_header(t, rows, lines, f.header_rows);
      repeated = f.header_rows;
    }
    // A headerless table's repeated first rows are its header; a header read into other rows on
    // this page replaces the table's where that reading is the better (step 2c).
    if (t.table.header_rows == 0) t.table.header_rows = repeated;
    if (repeated > 0) take_better_header(t, rows, lines, repeated);
    first = static_cast<size_t>(repeated);
    for (size_t r = first; r < rows.size(); ++r) {
      for (Cell& cell : rows[r]) cell.header = false;
    }
    // A header alone on the page before (step 1 (g)) ends in no row to be carried on, unless
    // the page opens with the rest of it (header_rest): header rows that repeat nothing,
    // carried on into the header row as a cut row is.
    const bool body_above = t.table.rows.size() > static_cast<size_t>(t.table.header_rows);
    if (header_cut && !body_above && repeated == 0) {
      for (; first < static_cast<size_t>(f.header_rows); ++first) {
        carry_header_rest(doc, t, rows[first], lines[first], columns_of(f, first), f.page,
                          cell_inline_options(config, hyphenation));
      }
    }
    if (config.merge_split_rows && body_above && first < rows.size()) {
      bool on_top = false;  // the table's last row is this page's first body row
      if (join_cut_row(doc, t.table, t.lines, rows[first], lines[first], f.page, words,
                       t.text_widths, hyphenation, config)) {
        on_top = true;
      } else if (rows[first].size() == columns_of(f, first).size()) {
        // A row printed whole atop the page, its cells as the page read them: the next parts
        // of its cells may follow under it as a carried row's do (step 3).
        t.table.rows.push_back(rows[first]);
        t.lines.push_back(lines[first]);
        on_top = true;
      }
      if (on_top) ++first;
      // The row's next parts, rows of their own under it (cut_rows.h, 3c).
      while (on_top && first < rows.size() &&
             join_carried_part(doc, t.table, t.lines,
                               {rows[first - 1], lines[first - 1], columns_of(f, first - 1)},
                               {rows[first], lines[first], columns_of(f, first)}, f.page,
                               words, t.text_widths, hyphenation, config)) {
        ++first;
      }
    }
  }
  for (size_t r = first; r < rows.size(); ++r) {
    t.table.rows.push_back(std::move(rows[r]));
    t.lines.push_back(std::move(lines[r]));
  }
  add_place(t.where, f.page, f.box);
  t.text_widths = column_text_widths(f);
  t.regions.push_back(f.box);
  t.pages.push_back(f.page);
}

}  // namespace

bool lone_header(const Fragment& f) {
  return !f.ruled && f.row_count() == 1 && f.header_rows == 1;
}

bool continues(const Doc& doc, const Fragment& prev, const Fragment& next,
               const TablesConfig& config) {
  if (next.page != prev.page + 1) return false;
  if (!same_columns(prev.xs, next.xs, config.column_tolerance) &&
      (prev.starts.empty() || !same_columns(prev.starts, next.starts, config.column_tolerance))) {
    return false;
  }
  if (prev.header_rows > 0 && next.header_rows > 0 &&
      !same_header(header_words(prev), header_words(next)) && !header_rest(prev, next)) {
    return false;
  }
  return !text_beyond(doc.pages[prev.page - 1], prev.box.y1, /*below=*/true) &&
         !text_beyond(doc.pages[next.page - 1], next.box.y0, /*below=*/false);
}

std::vector<LogicalTable> join_fragments(const Doc& doc, const std::vector<Fragment>& fragments,
                                         const NoteWords& words, const Hyphenation& hyphenation,
                                         const TablesConfig& config, Diagnostics& diag) {
  std::vector<LogicalTable> out;
  const Fragment* last = nullptr;
  std::vector<Fragment> mended;  // step 1 (f)'s continuations; reserved, so `last` stays valid
  mended.reserve(fragments.size());
  for (size_t i = 0; i < fragments.size(); ++i) {
    const Fragment& given = fragments[i];
    if (lone_header(given) &&
        (i + 1 == fragments.size() || !continues(doc, given, fragments[i + 1], config))) {
      continue;
    }
    const Fragment* f = &given;
    bool joins = last != nullptr && continues(doc, *last, given, config);
    if (last != nullptr && !joins) {
      Fragment next = given;
      if (restore_overflowed_header(doc.pages[given.page - 1], *last, next) &&
          continues(doc, *last, next, config)) {
        f = &mended.emplace_back(std::move(next));
        joins = true;
      }
    }
    if (!joins) out.emplace_back();
    const bool header_cut = joins && header_rest(*last, *f);
    append_fragment(doc, out.back(), *f, header_cut, words, hyphenation, config);
    last = f;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    pad_ragged(out[i].table, "t" + std::to_string(i + 1), diag, out[i].pages.front());
  }
  return out;
}

}  // namespace coi::tables
