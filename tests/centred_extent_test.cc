// Whether a centred label spans given rows, from where it is printed
// (stages/tables/centred_extent.cc): centred over as many lines as rows (LaTeX's \multirow) or
// over the rows' height (Word, CSS).
#include "stages/tables/centred_extent.h"

#include <gtest/gtest.h>

#include <vector>

#include "stages/tables/hrule_config.h"

namespace coi::tables::hrule {
namespace {

const double kTolerance = HRulesConfig{}.centred_label_tolerance;

// Rows of 12-pt lines whose heights in lines are `lines_per_row`, the first baseline at 100.
std::vector<RowBox> rows_of(const std::vector<int>& lines_per_row) {
  std::vector<RowBox> out;
  double baseline = 100;
  for (int n : lines_per_row) {
    out.push_back(RowBox{baseline, baseline - 9, baseline + 12 * (n - 1) + 3});
    baseline += 12 * n;
  }
  return out;
}

// A label on the line with baseline `baseline`.
LabelBox label_at(double baseline) { return LabelBox{baseline, baseline - 3}; }

// XeLaTeX, seed 1 of scripts/fidelity, page 10: "Auvergne-Rhône-Alpes", \multirow{3}, on the
// second line of its first row ("PRAHDA" / "Centre-1"): centred over its row and the two below,
// not over two rows on each side of it as the symmetry of rows would have it.
TEST(CentredExtent, ALabelOnAWrappedRowsSecondLineIsCentredOverTheRowsBelow) {
  const std::vector<RowBox> rows = rows_of({1, 1, 2, 1, 1});
  EXPECT_TRUE(centred_over(rows, label_at(136), 12, true, 2, 4, kTolerance));
  EXPECT_FALSE(centred_over(rows, label_at(136), 12, true, 0, 4, kTolerance));
  EXPECT_FALSE(centred_over(rows, label_at(136), 12, true, 1, 3, kTolerance));
}

// Seed 30, page 8: "Nouvelle-Aquitaine", \multirow{4}, halfway between its wrapped first row's
// second line and the next row: one row above the gap, three below.
TEST(CentredExtent, ALabelBetweenAWrappedRowAndTheNextIsCentredOverFourRows) {
  const std::vector<RowBox> rows = rows_of({2, 1, 1, 1});
  EXPECT_TRUE(centred_over(rows, label_at(118), 12, true, 0, 3, kTolerance));
  EXPECT_FALSE(centred_over(rows, label_at(118), 12, true, 0, 1, kTolerance));
}

// The same label as the first test, centred over the rows' height as Word and CSS centre: the
// middle of the five lines of the rows around it, or of its own row and the next. The table's
// unpadded rows say the producer centred it TeX's way.
TEST(CentredExtent, OverTheRowsHeightALabelIsCentredOverOtherRows) {
  const std::vector<RowBox> rows = rows_of({1, 1, 2, 1, 1});
  EXPECT_TRUE(centred_over(rows, label_at(136), 12, false, 1, 4, kTolerance));
  EXPECT_TRUE(centred_over(rows, label_at(136), 12, false, 2, 3, kTolerance));
  EXPECT_FALSE(centred_over(rows, label_at(136), 12, false, 2, 4, kTolerance));
}

// A label's offset keeps its side: hrule_rows.cc reads a column the way its labels lie alike
// off their centres (\multirow sets each a fixed distance above the middle of its lines). A
// \multirow{4} over four rows, the second wrapped, 1.9 pt above or below that middle.
TEST(CentredExtent, AnOffsetSaysWhichSideOfItsCentreALabelLies) {
  const std::vector<RowBox> rows = rows_of({1, 2, 1, 1});
  EXPECT_NEAR(signed_offset(rows, label_at(100 + 1.5 * 12 - 1.9), 12, true, 0, 3), -1.9, 1e-9);
  EXPECT_NEAR(signed_offset(rows, label_at(100 + 1.5 * 12 + 1.9), 12, true, 0, 3), 1.9, 1e-9);
  EXPECT_NEAR(centring_offset(rows, label_at(100 + 1.5 * 12 - 1.9), 12, true, 0, 3), 1.9, 1e-9);
}

// In a table of one-line rows a label between two rows is centred over them as much as over
// one row more on each side (the choice is its neighbours', hrule_rows.cc).
TEST(CentredExtent, OneLineRowsCentreALabelOverEverySymmetricRun) {
  const std::vector<RowBox> rows = rows_of({1, 1, 1, 1, 1, 1});
  for (bool by_lines : {true, false}) {
    EXPECT_TRUE(centred_over(rows, label_at(130), 12, by_lines, 2, 3, kTolerance));
    EXPECT_TRUE(centred_over(rows, label_at(130), 12, by_lines, 1, 4, kTolerance));
    EXPECT_FALSE(centred_over(rows, label_at(130), 12, by_lines, 1, 3, kTolerance));
  }
}

// TeX pads no row: a row's last line and the next row's first are a line apart, as the lines
// of one row are. Word and CSS pad each cell above and below.
TEST(CentredExtent, UnpaddedRowsAreTeXs) {
  std::vector<TextLine> lines;
  for (double baseline : {100.0, 112.0, 124.0, 136.0}) {
    lines.push_back(TextLine{{}, baseline - 9, baseline + 3, baseline});
  }
  EXPECT_TRUE(unpadded_rows(lines, {{0}, {1, 2}, {3}}, kTolerance));
  std::vector<TextLine> padded;
  for (double baseline : {100.0, 120.0, 133.0, 153.0}) {
    padded.push_back(TextLine{{}, baseline - 9, baseline + 3, baseline});
  }
  EXPECT_FALSE(unpadded_rows(padded, {{0}, {1, 2}, {3}}, kTolerance));
  EXPECT_FALSE(unpadded_rows(lines, {{0}, {1}, {2}, {3}}, kTolerance));
}

}  // namespace
}  // namespace coi::tables::hrule
