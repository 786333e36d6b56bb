// Row labels centred by LaTeX's \multirow over rows a template pads (\arraystretch), some of
// them wrapped (fixtures/tables-once/labels-over-padded-rows*, fixtures/README.md): \multirow
// centres a label over as many one-line rows' steps as it spans rows, not over their height,
// and the padding said Word or CSS, which centre over the height; labels then took the wrong
// rows, a blank row left beside them; where both ways fit, the way its labels lie alike off
// where it centres them is the producer's (stages/tables/centred_extent.h, hrule_rows.cc). Each
// table is held against its model: every slot of its grid and every spanning cell.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

struct SeventeenRender {
  static constexpr const char* kFolder = "fixtures/tables-once/labels-over-padded-rows";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsOverPaddedRows = testing::FixtureRenderSuite<SeventeenRender>;

// Pages 16 to 18 of seed 1917's XeLaTeX rendering (Liberation Serif 11 pt, 4 pt of padding),
// t3 (73 rows): on page 16 "Corse" lies on the second of its three one-line rows and "Centre-Val
// de Loire" 1.5 row steps below its first row, over four rows one of which ("PRAHDA" /
// "Centre-3") wraps. Read over the rows' height, "Centre-Val de Loire" took five rows and
// "Corse" one, under a blank row (once six of the table's spans wrong).
TEST_F(LabelsOverPaddedRows, EachLabelSpansTheRowsMultirowCentresItOver) {
  testing::expect_table_and_spans(*model_, *ours_, "t3");
}

struct TwentyFourRender {
  static constexpr const char* kFolder = "fixtures/tables-once/labels-over-padded-rows-1924";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsOverPaddedRowsSecondSeed = testing::FixtureRenderSuite<TwentyFourRender>;

// The class in a second note: pages 9 and 43 to 47 of seed 1924's XeLaTeX rendering (DejaVu
// Sans 12 pt, 3 pt of padding). t10 (74 rows), most of whose facilities wrap ("PRAHDA" /
// "Nord-2"), with labels over rows that the page breaks cut (once 14 of its spans wrong). t2
// (page 9): two "Nouvelle-Aquitaine" over three rows each, the middle one wrapped in each,
// which over the rows' height centre as well over two rows and four: both ways leave no row
// to no label, and \multirow's places them nearer (1.4 pt off against 2.4; once two rows and
// four).
TEST_F(LabelsOverPaddedRowsSecondSeed, EachLabelSpansTheRowsMultirowCentresItOver) {
  testing::expect_table_and_spans(*model_, *ours_, "t10");
}

TEST_F(LabelsOverPaddedRowsSecondSeed, ATieGoesToTheWayThatCentresTheLabelsNearer) {
  testing::expect_table_and_spans(*model_, *ours_, "t2");
}

struct TwentyThreeTwelveRender {
  static constexpr const char* kFolder = "fixtures/tables-once/labels-over-padded-rows-2312";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsOverPaddedRowsScattered = testing::FixtureRenderSuite<TwentyThreeTwelveRender>;

// Pages 51 to 53 of seed 2312's XeLaTeX rendering (TeX Gyre Termes 10 pt, 4 pt of padding),
// t14 (70 rows, 27 labels): on page 52 "Île-de-France" over four rows, the second wrapped
// ("PRAHDA" / "Centre-2"), and "Nouvelle-Aquitaine" over two, the second wrapped. Over the
// rows' height the two centre as well over three rows each, both ways leave no row to no
// label, and the height put the labels 15.9 pt off in all against \multirow's 16.8: every
// label lies 1.9 pt above where \multirow centres it, while over the height the two lie 2.8
// pt below and the rest 1.8 pt above (once three rows each, the fourth row under the wrong
// label).
TEST_F(LabelsOverPaddedRowsScattered, TheWayThatSetsEveryLabelAlikeIsTheProducers) {
  testing::expect_table_and_spans(*model_, *ours_, "t14");
}

}  // namespace
}  // namespace coi
