// Rows cut by a page break: the first row a continuation fragment shows, joined to the row above
// it when the page evidence says the break cut that row (table_join.h, Step 3).
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/cell_text.h"
#include "stages/tables/tables_config.h"
#include "stages/text/hyphenation.h"
#include "stages/text/inline_runs.h"

namespace coi::tables {

/// The printed lines of the cells of a table being joined, parallel to Table::rows.
using CellLines = std::vector<std::vector<std::vector<TextLine>>>;

/// Joins `row`, the first body row of a continuation on page `page` (its cells' printed lines in
/// `row_lines`), to the last row of `table`; the note's `words` tell a word broken over the
/// page from two. Returns true when the break cut the row: its cells'
/// text was appended to the cells above them and `row` adds no row. Otherwise `row` is a row of
/// its own, but those of its cells that carry on a rowspan of the last row (empty, or the rest of
/// the span's text) are moved into that span and removed from `row` and `row_lines`.
/// `text_widths`: each grid column's text width on the page before (cell_grid.h's
/// column_text_widths), which bounds a cell's where no rule draws the column borders.
bool join_cut_row(const Doc& doc, Table& table, CellLines& lines, std::vector<Cell>& row,
                  std::vector<std::vector<TextLine>>& row_lines, int page,
                  const NoteWords& words, const std::vector<double>& text_widths,
                  const Hyphenation& hyphenation, const TablesConfig& config);

/// A row of a continuation fragment: its cells, their printed lines and the grid column each
/// cell starts in (a rowspan from a row above it leaves its columns out).
struct PageRow {
  const std::vector<Cell>& cells;
  const std::vector<std::vector<TextLine>>& lines;
  const std::vector<int>& columns;
};

/// After join_cut_row carried `part` (a continuation's row on page `page`) onto the last row of
/// `table`, or `part` became that last row (the page's first row, printed whole), joins `row`,
/// the continuation's row under it, to that last row too when it is the
/// same cells going on (cut_rows.cc, step 3c): text only where `part` has text, each first line
/// a line pitch of its cell below `part`'s last, no rule between, blank elsewhere (or under a
/// span `part` opened) in columns every body row fills. Returns true when `row` was joined; a
/// word the part's last line cut goes on in `row` with no space (`words`, `text_widths`: as for
/// join_cut_row).
bool join_carried_part(const Doc& doc, Table& table, CellLines& lines, const PageRow& part,
                       const PageRow& row, int page, const NoteWords& words,
                       const std::vector<double>& text_widths, const Hyphenation& hyphenation,
                       const TablesConfig& config);

}  // namespace coi::tables
