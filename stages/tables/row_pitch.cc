// Rows told apart by their pitch.
//
// The text tells a row's next line from the next row's first line by what it shows (a column
// empty above, a word that would have fitted: hrule_tables.h, step 4); where it cannot, the
// vertical steps can. Word, LibreOffice and CSS engines pad a cell above and below its text, so
// the step from a row's last line to the next row's first is a line plus the padding, while two
// lines of one cell are one line apart.
//
// Step 1: the row step: the shortest step between the last line of a row and the first line of
//         the next, as the text grouped them, leaving out steps shorter than a line (a row
//         opening between the lines of a cell that spans it and the row above:
//         interleaved_lines.h) and steps shorter than (1 - `row_pitch_tolerance`) of the
//         steps' upper median (step 1b: a line the text took for a row's first that also carries
//         on a cell of the row above is one line below it). It shows padding only when it is at least
//         `row_pitch_min` times the lines' median font size (a line is 1.15 to 1.2 of it):
//         otherwise (TeX pads no row; or the text joined two rows somewhere) nothing is split
//         but by step 1d.
// Step 1c: the row step shows padding only when it is longer, by `row_pitch_tolerance`, than a
//         cell's line step: the shortest step from a line to the next line of its row, as the
//         text grouped them, where that line carries on cells of the line above (`carries_on`:
//         "03" under "20", "stance" under "First in-"; not a row of figures under another, nor a
//         second header row's "Transferred" under "2019": hrule_rows.cc says which). Otherwise
//         the template pads no row and spaces its lines as widely as rows; with no such line,
//         nothing says so.
// Step 1d: a table whose cells wrap no line shows no line step of its own, and the floor alone
//         would decide: LibreOffice's Year table in DejaVu Serif (held18 2204) steps its rows 1.345
//         font sizes apart, just under it, and its glued header would never be split. A
//         producer that pads rows sets every table of a note in one style: in LibreOffice and
//         WeasyPrint notes the cell line steps of a note's tables agree within about 1% (seed
//         2204: 1.164 in 17 of 22 fragments). Such a table under the floor takes the largest
//         line step the note's other tables show (tables.cc) for its own, and step 1c decides.
//         TeX pads no row: its row step is its line step, so step 1c still splits nothing.
// Step 2: inside a row, two consecutive lines whose step is at least (1 - `row_pitch_tolerance`)
//         of the row step are two rows: a header's "2019" over "Employment", each word too wide
//         to follow the other in its column, one row apart as every body row is. Where step 1c
//         saw a cell's line step, the step must also be nearer the row step than that line step
//         (past halfway): a row step just over step 1c's margin (19.2 pt from a repeated header
//         to the first body row, 17.25 between a cell's lines, lines 1.5 apart and 1.5 pt of
//         padding: WeasyPrint) would otherwise put (1 - tolerance) of it under the line step,
//         and every line of a long description would be a row of its own.
//
//   2019          <- header row 1          step 21.8 (a row's)
//   Employment    <- header row 2          step 20.5 between body rows, 14.3 inside a cell
//
// Assumption: a cell holds one paragraph. Paragraphs in one cell spaced like rows (Word's Normal
// style adds 8 pt after each) would be read as rows.
#include "stages/tables/row_pitch.h"

#include <algorithm>

#include "pipeline/median.h"

namespace coi::tables {

std::vector<std::vector<size_t>> split_rows_by_pitch(const std::vector<double>& baselines,
                                                     const std::vector<double>& sizes,
                                                     std::vector<std::vector<size_t>> rows,
                                                     const TablesConfig& config,
                                                     const std::vector<bool>& carries_on,
                                                     double note_line_em, PitchSeen* seen) {
  if (rows.size() < 2 || sizes.empty()) return rows;
  const double size = upper_median(sizes);
  std::vector<double> steps;
  for (size_t k = 1; k < rows.size(); ++k) {
    if (rows[k - 1].empty() || rows[k].empty()) continue;
    const double step = baselines[rows[k].front()] - baselines[rows[k - 1].back()];
    // A row opening between the lines of a cell spanning it and the row above is no row step.
    if (step < config.hrules.interleaved_max_step * size) continue;
    steps.push_back(step);
  }
  if (steps.empty()) return rows;
  // Step 1b: the shortest of the steps the usual one vouches for. A line that carries on a cell
  // of the row above in one column and opens the next row in another ("Ye" / "ar" down a narrow
  // Year column, "ar" on the line of the next header row's "Healthcare") is a line's step from
  // the row above, not a row's: taken as the row step, it would cut every wrapped cell in two.
  const double usual = upper_median(steps);
  double row_step = 1e9;
  for (double step : steps) {
    if (step >= (1 - config.row_pitch_tolerance) * usual) row_step = std::min(row_step, step);
  }
  const bool under_floor = row_step < config.row_pitch_min * size;
  // Step 1c: a row step no longer than a cell's line step shows no padding, however long: a
  // template that pads no cell and spaces its lines widely (1.3, 1.5 lines) sets a cell's
  // lines a padded table's row step apart, "20" / "03" down a Year column too narrow for "2003".
  double line_step = -1;  // none seen
  for (const std::vector<size_t>& row : rows) {
    for (size_t i = 1; i < row.size(); ++i) {
      const size_t line = row[i];
      if (line != row[i - 1] + 1 || line >= carries_on.size() || !carries_on[line]) continue;
      const double step = baselines[line] - baselines[row[i - 1]];
      if (step >= config.hrules.interleaved_max_step * size && (line_step < 0 || step < line_step)) {
        line_step = step;
      }
    }
  }
  if (seen != nullptr) *seen = PitchSeen{line_step > 0 ? line_step / size : 0,
                                         under_floor && line_step < 0};
  // Step 1d.
  if (under_floor) {
    if (line_step > 0 || note_line_em <= 0) return rows;
    line_step = note_line_em * size;
  }
  if (line_step > 0 && row_step < (1 + config.row_pitch_tolerance) * line_step) return rows;
  // Step 2: a step no longer than halfway from a cell's line step to the row step is nearer
  // the first, whatever the tolerance reaches down to.
  double least = (1 - config.row_pitch_tolerance) * row_step;
  if (line_step > 0) least = std::max(least, (line_step + row_step) / 2);
  std::vector<std::vector<size_t>> out;
  for (std::vector<size_t>& row : rows) {
    out.emplace_back();
    for (size_t i = 0; i < row.size(); ++i) {
      // Lines next to each other only: a label centred between rows lies between the others.
      if (i > 0 && row[i] == row[i - 1] + 1 && baselines[row[i]] - baselines[row[i - 1]] >= least) {
        out.emplace_back();
      }
      out.back().push_back(row[i]);
    }
  }
  return out;
}

}  // namespace coi::tables
