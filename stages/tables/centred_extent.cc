// Whether a centred label spans given rows, from where it is printed.
//
// A producer that centres a cell's text over the rows the cell spans does it one of two ways:
// - over the rows' height (Word's "Align Center", CSS `vertical-align: middle`): the label's
//   middle lies halfway between its first row's top and its last row's bottom;
// - over as many lines as the cell spans rows (LaTeX's \multirow{n}, which knows nothing of the
//   rows' heights): the label's baseline lies (n - 1) / 2 line pitches below its first row's
//   first baseline.
// In a table of one-line rows both put the label on its middle row's line (n odd) or halfway
// between its two middle rows (n even), as many rows above it as below, which is what steps 4b
// and 4c assumed alone. A row wrapped onto two lines breaks the symmetry, and breaks it
// differently for each way:
//
//   PRAHDA          row 1  --.  "Nouvelle-Aquitaine", \multirow{4}: 1.5 lines below row 1's
//   Centre-1              <--'  baseline, between row 1's second line and row 2. The symmetry
//   HUDA Centre-2   row 2       of rows gives it rows 1 and 2 alone, and leaves rows 3 and 4
//   CPH Nord-3      row 3       to nothing.
//   CPH Ouest-4     row 4
//
// The two ways put a label on different lines only where a row is wrapped, and there a label
// one way centres over some rows the other centres over others ("Auvergne-Rhône-Alpes" on the
// second line of its first row is centred over that row and the two below as TeX counts, over
// the row above and the three below as Word would): the table's rows tell which way its
// producer centres. TeX pads
// no row, so a row's last line and the next row's first lie a line apart, as two lines of one
// row do; Word and CSS pad every cell above and below.
//
// TeX's rows may be padded too (a template's \arraystretch): \multirow then counts its lines
// a padded one-line row's step apart, not a cell's line pitch, and a wrapped row shifts the
// label from the middle of the rows' height as it does in an unpadded table:
//
//   CPH Est-1         row 1   --.  "Centre-Val de Loire", \multirow{4} in rows padded to a
//   PRAHDA Est-2      row 2     |  step of 20 pt (lines 12 pt apart): 1.5 row steps below row
//   PRAHDA            row 3   <-'  1's baseline, between row 2 and row 3's first line; the middle
//   Centre-3                       of the four rows' height lies half a line lower.
//   CPH Nord-4        row 4
//
// A padded table does not say which producer padded it: hrule_rows.cc reads a column of labels
// both ways, over the rows' height and over one-line row steps, and keeps the way that leaves
// fewer rows to no label, or, where both leave as few, the way whose labels lie alike off where
// it says they belong: a producer sets every label the same way (\multirow 1.9 pt above the
// middle of its lines in a 10 pt table, whatever the rows' height), and read the other way the
// labels beside a wrapped row lie off by more than the rest. Where the two scatter alike (one
// label, or no wrapped row), the way that puts the labels nearer where it says they belong (the
// height's on a tie): a label centred over the rows' height, as Word and CSS centre it, lies
// there within a fraction of a point.
//
// In a table of one-line rows a label is centred over the rows around it as much as over one
// row more on each side: which rows it spans is chosen with its neighbours' (hrule_rows.cc).
#include "stages/tables/centred_extent.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "pipeline/median.h"

namespace coi::tables::hrule {

double line_pitch(const std::vector<TextLine>& lines) {
  if (lines.size() < 2) return 0;
  std::vector<double> steps;
  for (size_t i = 1; i < lines.size(); ++i) {
    steps.push_back(lines[i].baseline - lines[i - 1].baseline);
  }
  return upper_median(std::move(steps));
}

std::vector<RowBox> row_boxes(const std::vector<TextLine>& lines,
                              const std::vector<std::vector<size_t>>& rows) {
  std::vector<RowBox> out;
  for (const std::vector<size_t>& row : rows) {
    const TextLine& first = lines[row.front()];
    out.push_back(RowBox{first.baseline, first.top, lines[row.back()].bottom});
  }
  return out;
}

LabelBox label_box(const std::vector<TextLine>& lines, const std::vector<size_t>& of) {
  LabelBox out;
  if (of.empty()) return out;
  out.baseline = (lines[of.front()].baseline + lines[of.back()].baseline) / 2;
  out.middle = (lines[of.front()].top + lines[of.back()].bottom) / 2;
  return out;
}

bool unpadded_rows(const std::vector<TextLine>& lines, const std::vector<std::vector<size_t>>& rows,
                   double tolerance) {
  std::vector<double> within, between;
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t k = 1; k < rows[r].size(); ++k) {
      within.push_back(lines[rows[r][k]].baseline - lines[rows[r][k - 1]].baseline);
    }
    if (r > 0) {
      between.push_back(lines[rows[r].front()].baseline - lines[rows[r - 1].back()].baseline);
    }
  }
  if (within.empty() || between.empty()) return false;
  return upper_median(between) <= (1 + tolerance) * upper_median(within);
}

double one_line_row_step(const std::vector<TextLine>& lines,
                         const std::vector<std::vector<size_t>>& rows) {
  std::vector<double> steps;
  for (size_t r = 1; r < rows.size(); ++r) {
    steps.push_back(lines[rows[r].front()].baseline - lines[rows[r - 1].back()].baseline);
  }
  return steps.empty() ? 0 : upper_median(std::move(steps));
}

double signed_offset(const std::vector<RowBox>& rows, const LabelBox& label, double pitch,
                     bool by_lines, int r0, int r1) {
  const RowBox& first = rows[static_cast<size_t>(r0)];
  return by_lines ? label.baseline - (first.baseline + (r1 - r0) * pitch / 2)
                  : label.middle - (first.top + rows[static_cast<size_t>(r1)].bottom) / 2;
}

double centring_offset(const std::vector<RowBox>& rows, const LabelBox& label, double pitch,
                       bool by_lines, int r0, int r1) {
  return std::fabs(signed_offset(rows, label, pitch, by_lines, r0, r1));
}

bool centred_over(const std::vector<RowBox>& rows, const LabelBox& label, double pitch,
                  bool by_lines, int r0, int r1, double tolerance) {
  if (pitch <= 0) return false;
  return centring_offset(rows, label, pitch, by_lines, r0, r1) <= tolerance * pitch;
}

}  // namespace coi::tables::hrule
