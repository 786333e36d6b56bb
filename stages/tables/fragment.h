// The private working types of the tables stage: a table fragment is what one page shows of a
// table. Detection (ruled_grid.h, aligned_tables.h) makes fragments with their grid and cells,
// cell_text.h fills the cells' words and inlines, table_join.h joins fragments into logical tables,
// and tables.cc lowers them to model Tables. Nothing here leaves the stage.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/text/inline_runs.h"

namespace coi::tables {

/// One cell of a fragment's grid, before lowering: its grid position and span, its box, its words.
struct GridCell {
  int row = 0, col = 0;  ///< top-left grid position
  int rowspan = 1, colspan = 1;
  Box box;
  std::vector<int> words;  ///< indices into the page's words, reading order
  std::vector<TextLine> lines;  ///< the words as printed lines (broken words rejoined)
  Inlines inlines;
  bool empty() const { return words.empty(); }
};

/// What one page shows of a table.
struct Fragment {
  int page = 0;
  Box box;                       ///< the table's outline on the page
  std::vector<double> xs;        ///< column borders, left to right (columns = xs.size() - 1)
  std::vector<double> starts;    ///< where each column's text starts (tables read from their
                                 ///< text, hrule_tables.h), or empty
  std::vector<double> ys;        ///< row borders, top to bottom (rows = ys.size() - 1)
  std::vector<GridCell> cells;   ///< row-major by top-left position
  int header_rows = 0;
  bool ruled = true;             ///< from rules (false: from text alignment)
  int rule_header_rows = 0;      ///< rows a rule sets apart as the header (hrule_tables.h), or 0
  double repeat_top = 0, repeat_bottom = 0;  ///< a header printed again under the header
                                             ///< (repeated_header.h): its words are no cell's
  bool labels_between_rows = false;  ///< a label printed between two rows' lines spans them
                                     ///< (hrule_tables.h, step 4b): its producer centres labels
  bool labels_top_aligned = false;   ///< blank leading cells read as continuing the label above
                                     ///< them, set on its first row (step 4c)
  double cell_line_em = 0;  ///< its cells' line step in font sizes, or 0 (row_pitch.h, step 1c)
  bool rows_by_note_step = false;  ///< its rows lie under row_pitch_min apart and it shows no
                                   ///< line step: the note's decides (row_pitch.h, step 1d)

  int row_count() const { return static_cast<int>(ys.size()) - 1; }
  int column_count() const { return static_cast<int>(xs.size()) - 1; }
};

}  // namespace coi::tables
