// Rows told apart by their pitch: in a table whose rows are padded, the step from one row's
// last line to the next row's first is longer than the step between two lines of one cell.
#pragma once

#include <cstddef>
#include <vector>

#include "stages/tables/tables_config.h"

namespace coi::tables {

/// What a table's lines showed of its pitch, for the note's other tables (tables.cc).
struct PitchSeen {
  double line_step_em = 0;      // its cells' line step (step 1c) in font sizes; 0 when none
  bool by_note_step = false;    // its row step fell under the floor and it showed no line step
                                // of its own: the note's line step would decide (step 1d)
};

/// `rows` (each the indices of its printed lines, top to bottom, into `baselines` and `sizes`,
/// the lines' baselines and font sizes) split wherever two consecutive lines of one row lie a
/// row's step apart: at least (1 - `row_pitch_tolerance`) of the shortest step between two rows
/// (and past halfway to it from the line step below, when there is such a line),
/// when that step is at least `row_pitch_min` times the lines' median font size (the rows are
/// padded: a typesetter that pads none, as TeX, never has a line split off here), and longer,
/// by `row_pitch_tolerance`, than the shortest step from a line to the next line of its row
/// where that line carries on cells of the line above (`carries_on`, per line; empty when
/// unknown), when there is such a line. Under that floor, a table with no such line of its own
/// takes `note_line_em` (font sizes; 0 when unknown), the note's line step, for it (step 1d).
/// `seen`, when given, gets what the table showed.
std::vector<std::vector<size_t>> split_rows_by_pitch(const std::vector<double>& baselines,
                                                     const std::vector<double>& sizes,
                                                     std::vector<std::vector<size_t>> rows,
                                                     const TablesConfig& config,
                                                     const std::vector<bool>& carries_on = {},
                                                     double note_line_em = 0,
                                                     PitchSeen* seen = nullptr);

}  // namespace coi::tables
