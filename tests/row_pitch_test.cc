// Rows told apart by their pitch (stages/tables/row_pitch.cc): lines of one row as the text
// grouped them, split where they lie a padded row's step apart.
#include "stages/tables/row_pitch.h"

#include <gtest/gtest.h>

#include <vector>

namespace coi::tables {
namespace {

using Rows = std::vector<std::vector<size_t>>;

// A LibreOffice table at 11 pt: rows 20.5 pt apart, lines of a cell 13 pt apart. The header's
// "2019" over "Employment" (lines 0 and 1, 21.8 pt apart) came out as one row; the cell of
// lines 3 and 4 wraps.
TEST(RowPitch, LinesARowsStepApartAreTwoRows) {
  const std::vector<double> baselines{100, 121.8, 142.3, 162.8, 175.8, 196.3};
  const std::vector<double> sizes(baselines.size(), 11);
  const Rows got = split_rows_by_pitch(baselines, sizes, Rows{{0, 1}, {2}, {3, 4}, {5}}, TablesConfig{});
  EXPECT_EQ(got, (Rows{{0}, {1}, {2}, {3, 4}, {5}}));
}

// TeX pads no row: rows and the lines of a cell are both 12 pt apart at 10 pt, and nothing
// tells them apart by pitch.
TEST(RowPitch, UnpaddedRowsAreLeftToTheText) {
  const std::vector<double> baselines{100, 112, 124, 136};
  const std::vector<double> sizes(baselines.size(), 10);
  const Rows rows{{0, 1}, {2}, {3}};
  EXPECT_EQ(split_rows_by_pitch(baselines, sizes, rows, TablesConfig{}), rows);
}

// A line set between two others (a label centred over rows, left out of the row's lines) does
// not make the step from the line above it to the line below it a row's.
TEST(RowPitch, OnlyNeighbouringLinesAreCompared) {
  const std::vector<double> baselines{100, 110, 120, 140.5, 161};
  const std::vector<double> sizes(baselines.size(), 10);
  const Rows rows{{0, 2}, {3}, {4}};
  EXPECT_EQ(split_rows_by_pitch(baselines, sizes, rows, TablesConfig{}), rows);
}

// Step 1d. A LibreOffice table at 11 pt whose cells wrap no line: rows 14.8 pt apart (1.345
// font sizes, under `row_pitch_min`), the header's "2019" over "Accommodation" 15.7 pt apart
// (held18 2204's t7). Alone, nothing says its rows are padded; the note's other tables set a
// cell's lines 1.164 font sizes apart (12.8 pt), and the rows' step is longer.
TEST(RowPitch, ATableWithNoLineStepTakesTheNotes) {
  const std::vector<double> baselines{100, 115.7, 130.5, 145.3, 160.1};
  const std::vector<double> sizes(baselines.size(), 11);
  const Rows rows{{0, 1}, {2}, {3}, {4}};
  PitchSeen seen;
  EXPECT_EQ(split_rows_by_pitch(baselines, sizes, rows, TablesConfig{}, {}, 0, &seen), rows);
  EXPECT_TRUE(seen.by_note_step);
  EXPECT_EQ(seen.line_step_em, 0);
  EXPECT_EQ(split_rows_by_pitch(baselines, sizes, rows, TablesConfig{}, {}, 1.164),
            (Rows{{0}, {1}, {2}, {3}, {4}}));
}

// TeX pads no row: its rows lie a line apart, the note's line step, and step 1d splits nothing.
TEST(RowPitch, UnpaddedRowsStayWholeWithTheNotesLineStep) {
  const std::vector<double> baselines{100, 112, 124, 136};
  const std::vector<double> sizes(baselines.size(), 10);
  const Rows rows{{0, 1}, {2}, {3}};
  EXPECT_EQ(split_rows_by_pitch(baselines, sizes, rows, TablesConfig{}, {}, 1.2), rows);
}

// A table that shows its own line step reports it, for the note's other tables.
TEST(RowPitch, ALineStepOfItsOwnIsSeen) {
  const std::vector<double> baselines{100, 120.5, 133.5, 154};
  const std::vector<double> sizes(baselines.size(), 10);
  const std::vector<bool> carries_on{false, false, true, false};
  PitchSeen seen;
  split_rows_by_pitch(baselines, sizes, Rows{{0}, {1, 2}, {3}}, TablesConfig{}, carries_on, 0,
                      &seen);
  EXPECT_NEAR(seen.line_step_em, 1.3, 1e-9);
  EXPECT_FALSE(seen.by_note_step);
}

}  // namespace
}  // namespace coi::tables
