// Table fragments into logical tables: joined across page breaks, lowered to model Tables.
#pragma once

#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/tables/cut_rows.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// A logical table: its model form and the fragments (one per page) it was printed as.
struct LogicalTable {
  Table table;
  Places where;                   ///< one Place per page: the fragment's outline
  std::vector<Box> regions;       ///< fragment outlines, parallel to `pages`
  std::vector<int> pages;
  CellLines lines;                ///< the printed lines of each cell, parallel to table.rows
  std::vector<double> text_widths;  ///< the last fragment's column text widths (cell_grid.h)
};

/// True when `f`, read from its text, holds one row and it is its header: a header row printed
/// alone at a page's foot, its body overleaf (hrule_tables.h, step 5).
bool lone_header(const Fragment& f);

/// True when `next` carries on `prev` over a page break: `next` is on the following page, has
/// the same column borders, `prev` ends the text of its page and `next` starts the text of its.
bool continues(const Doc& doc, const Fragment& prev, const Fragment& next,
               const TablesConfig& config);

/// Joins `fragments` (in document order, cells filled) into logical tables: repeated header
/// rows dropped (or, over a first page of one row and no header, taken as the header), rows cut
/// by a page break merged (the note's `words` tell a word broken over the page from two), rows
/// padded where widths disagree.
std::vector<LogicalTable> join_fragments(const Doc& doc, const std::vector<Fragment>& fragments,
                                         const NoteWords& words, const Hyphenation& hyphenation,
                                         const TablesConfig& config, Diagnostics& diag);

}  // namespace coi::tables
