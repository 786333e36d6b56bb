// Region labels that XeLaTeX's \multirow centres over three one-line rows, printed on the middle
// row's line (fixtures/tables-once/tex-label-on-middle-row*, fixtures/README.md).
//
// \multirow sets a label a strut's offset above the middle of the lines it spans: over three
// one-line rows, a little above the middle row's line. Within `label_line_gap` of that line
// (0.3 font sizes once) the label was read with it, as the middle row's own text, and the blank
// cells under it as that label set top-aligned over them (Word's way, leading_blanks.h): every
// label of the column one group late ("Normandie" over "CADA Nord-2" spanning it and the two
// rows below, "Auvergne-Rhône-Alpes" taking "CAES Centre-1"). The words of one line share their
// baseline, so a cell alone in its column, blank above and below, off the line's baseline by
// more than `label_line_gap` (now 0.05) is a line of its own (hrule_rows.h, part_brushed_labels),
// centred between rows (step 4b), and the column is read centred.
//
// Seed 2429 (held20), XeLaTeX in TeX Gyre Termes 10 pt, cells padded 4 pt, pages 6 and 12-14, t4:
// "Normandie" 2.1 pt above "CADA Nord-2", "Corse" 2.1 pt above "HUDA Centre-2". The second
// shape: seed 2221 (held18), TeX Gyre Termes 12 pt, cells padded 1.5 pt, pages 9-11, t2:
// "Provence-Alpes-Côte d'Azur" 0.8 pt above "PRAHDA Sud-2", the middle of its three rows (the last wrapped).
#include <gtest/gtest.h>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

struct LabelOnMiddleRow {
  static constexpr const char* kFolder = "fixtures/tables-once/tex-label-on-middle-row";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using TexLabelOnMiddleRow = testing::FixtureRenderSuite<LabelOnMiddleRow>;

TEST_F(TexLabelOnMiddleRow, LabelOnTheMiddleRowsLineSpansTheRowsAroundIt) {
  testing::expect_table_and_spans(*model_, *ours_, "t4");
}

struct LabelOnMiddleRow2221 {
  static constexpr const char* kFolder = "fixtures/tables-once/tex-label-on-middle-row-2221";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using TexLabelOnMiddleRow2221 = testing::FixtureRenderSuite<LabelOnMiddleRow2221>;

TEST_F(TexLabelOnMiddleRow2221, LabelOnTheMiddleRowsLineSpansTheRowsAroundIt) {
  testing::expect_table_and_spans(*model_, *ours_, "t2");
}

}  // namespace
}  // namespace coi
