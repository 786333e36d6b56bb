// Row labels that LaTeX's \multirow centres half a line off a wrapped row's second line
// (fixtures/tables-once/labels-brushing-wrapped-rows*, fixtures/README.md): within the line
// tolerance of that line, the label was read on it, its column blank on the line above started
// a row there, and the wrapped cell ("PRAHDA" / "Ouest-1") was cut in two, the rows below
// shifted and the label's span lost. A line whose words sit on two baselines, one of them a
// cell alone in a column blank above and below, is now two lines, the label centred between
// them (stages/tables/hrule_rows.h, part_brushed_labels). Each table is held against its model:
// every slot of its grid and every spanning cell.
#include <gtest/gtest.h>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

struct LabelAboveRender {
  static constexpr const char* kFolder = "fixtures/tables-once/labels-brushing-wrapped-rows";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsBrushingWrappedRows = testing::FixtureRenderSuite<LabelAboveRender>;

// Page 37 of seed 2206's XeLaTeX rendering (TeX Gyre Termes 11 pt, cells in 10 pt, rows padded to
// 23.3 pt): "Corse", over "PRAHDA" / "Ouest-1" and "CAES Est-2", lies 5.4 pt above "Ouest-1",
// once read as its line: "Corse" and "Ouest-1" a row of their own, "Île-de-France" over the
// wrong three rows.
TEST_F(LabelsBrushingWrappedRows, ALabelAboveAWrappedLineSpansItsRows) {
  testing::expect_table_and_spans(*model_, *ours_, "t9");
}

struct LabelAboveReprint {
  static constexpr const char* kFolder = "fixtures/tables-once/labels-brushing-wrapped-rows";
  static constexpr const char* kProducer = "gs-latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsBrushingWrappedRowsReprinted = testing::FixtureRenderSuite<LabelAboveReprint>;

// The same page re-printed by Ghostscript (fixtures/generate/drivers.py gs, seed 2206: fonts
// re-embedded, the text re-drawn): the same rows and spans.
TEST_F(LabelsBrushingWrappedRowsReprinted, ALabelAboveAWrappedLineSpansItsRows) {
  testing::expect_table_and_spans(*model_, *ours_, "t9");
}

struct LabelBelowRender {
  static constexpr const char* kFolder = "fixtures/tables-once/labels-brushing-wrapped-rows-2224";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsBrushingWrappedRowsSecondSeed = testing::FixtureRenderSuite<LabelBelowRender>;

// The class in a second note and template: page 26 of seed 2224's XeLaTeX rendering (12 pt
// body, cells in 10.9 pt): "Grand Est", over three rows the first two of which wrap
// ("PRAHDA" / "Centre-1", "PRAHDA" / "Centre-2"), lies 5.7 pt below "Centre-1": once a row
// "Grand Est" / "Centre-1" with the places of "PRAHDA Centre-2" lost.
TEST_F(LabelsBrushingWrappedRowsSecondSeed, ALabelBelowAWrappedLineSpansItsRows) {
  testing::expect_table_and_spans(*model_, *ours_, "t6");
}

}  // namespace
}  // namespace coi
