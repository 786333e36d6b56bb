// Tables ruled with horizontal lines only (hrule_tables.h), step 4: the line a printed line
// continues, column by column, where a producer interleaved the lines of two rows.
//
// A cell spanning two rows whose text is taller than the first row ("Year" broken "Y" / "e" /
// "a" / "r" in a narrow column, Word's and LibreOffice's two-row headers) prints its lines one
// line apart from the first row's top, while the second row's cells start one padding below the
// first row's bottom: their lines fall between the spanning cell's. Read in baseline order, each
// line then lies less than a line below the one before and shares no column with it, so the line
// above says nothing of where a cell goes on:
//
//   Y   2019              <- header row 1
//   e                     0.6 line below: "Y" continues
//       Accomm  Wo        0.6 line below "e": a fresh cell in every column (header row 2)
//   a                     0.6 line below: continues "e", not a fresh cell under "Accomm"'s row
//       odation me        continues "Accomm" and "Wo"
//
// The line pitch: the median step between two consecutive printed lines with text in one
// column (mostly two lines of one cell; a row's first line under the row above, in a padded
// table, is further).
// Step 0: such lines alternate between columns less than a line apart, so each looks like a
//         label centred between the lines around it (step 4b's \multirow). A label centred
//         between two rows lies between lines of two rows. In a table whose rows are padded
//         (two consecutive lines of a column, no rule between, further apart than a line pitch
//         and `row_pitch_tolerance` of it), two lines one pitch apart with no rule between, the
//         lower neither starting a row after the upper nor covering its columns
//         (hrule_rows.h), are one cell's ("e" and "a" of "Year"), and a line between them
//         ("Healthca") is interleaved text, not a label. TeX pads no row: there a label's two
//         rows are a line apart too, and step 4b stands.
// Step 0a: in a table whose rows are unpadded, a line between two lines of one cell as above
//         is still no label when it has text in two columns or more, sharing no column with
//         either (a \multirow label is one cell: this is a row's line interleaved with a tall
//         cell's). XeLaTeX's \cmidrule under a two-row header's years sets the measures' first
//         line ("Counter- Capi Chil ...") between "ea" and "r" of a "Year" broken "Y" / "ea" /
//         "r" down an unpadded narrow column (held19 2319, page 6).
// Step 0b: nor when it has text in one column, opening with a lower-case letter (the rest of a
//         word), and is interleaved (step 1), the nearest text above in its column one line
//         pitch above it, lines of other columns between: step 2 reads it as the rest of that
//         cell ("r" under "ea", "Counter-" between them and "trafficking" under it). A label
//         centred between rows lies half a row or more from its column's text above.
// Step 1: a line is interleaved when it lies less than `interleaved_max_step` font sizes below
//         the line before it: two lines of one cell are at least a line apart.
// Step 2: an interleaved line continues, in each column, the nearest line above it with text in
//         that column no more than a line pitch (and `row_pitch_tolerance` of it) above it (the
//         same cell); a column with no such line is empty above it, as before.
// Step 3: a line that starts a row by step 2 (text in a column blank above it) starts none when
//         every line of the row so far lies less than `interleaved_max_step` font sizes above it
//         and shares no column with it: a row's first line lies a line or more under the row
//         above, so those lines are the top of a cell taller than the rows it spans, centred
//         over them, which pokes above its first row. XeLaTeX's \multirow "Year" down a column
//         too narrow for it ("Y" / "e" / "a" / "r" over two header rows) sets its "Y" 0.5 line
//         above the first row's "2019" (held20 2416, page 11):
//
//           Y                     <- the label's first line, alone: no row of its own
//              2019      2020     0.5 line below "Y": the row "Y" belongs to
//           e
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "stages/tables/hrule_lines.h"
#include "stages/tables/hrule_rows.h"
#include "stages/tables/tables_config.h"

namespace coi::tables::hrule {

/// The line pitch of `lines` as above (steps between consecutive lines sharing a column), or 0
/// when no two consecutive lines share a column. centred_extent.h's line_pitch takes every step.
double cell_line_pitch(const std::vector<TextLine>& lines,
                       const std::vector<LineColumns>& split_lines);

/// Steps 0 to 0b: `centred` (per printed line of `page`: set between two rows, step 4b) cleared
/// where the lines before and after are one cell's, one `pitch` apart, no rule of `inner`
/// between them and `parts_rows(above, below)` false, and the table's rows are padded or the
/// line is a row's of several cells or the rest of a cell above it. `em` is the body's font size.
void drop_interleaved(const Page& page, std::vector<bool>& centred,
                      const std::vector<TextLine>& lines,
                      const std::vector<LineColumns>& split_lines,
                      const std::vector<Segment>& inner, double em, double pitch,
                      const TablesConfig& config,
                      const std::function<bool(size_t above, size_t below)>& parts_rows);

/// What `lines[i]` continues, column by column: `split_lines[prev]` (the last line before it
/// that `skip` does not leave out), or, when `lines[i]` is interleaved with it, the nearest line
/// above it in each column within a line `pitch`. `em` is the body's font size.
LineColumns line_above(const std::vector<TextLine>& lines,
                       const std::vector<LineColumns>& split_lines, const std::vector<bool>& skip,
                       size_t i, size_t prev, double em, double pitch, const TablesConfig& config);

/// Step 3: whether the row made of `row` (printed lines, in order) is the top of a cell taller
/// than its rows that `lines[i]`'s row takes in rather than a row of its own. `em` is the body's
/// font size.
bool pokes_above_row(const std::vector<TextLine>& lines,
                     const std::vector<LineColumns>& split_lines, const std::vector<size_t>& row,
                     size_t i, double em, const TablesConfig& config);

}  // namespace coi::tables::hrule
