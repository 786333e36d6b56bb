// Two-row headers beside a "Year" broken a letter or two a line in a narrow column (XeLaTeX:
// "Y" / "ea" / "r"), its cell spanning both header rows, the years spanning their measures
// (fixtures/tables-once/header-interleaved-letters*, fixtures/README.md).
//
// In a template that pads its cells (seed 2301, 4 pt), the second header row's first line
// prints on the line of the "r", and its rows and spans come out as the model's. In one that
// pads none (seed 2319), \cmidrule's spacing sets it between "ea" and "r" (page 6: "ea" 175.2
// pt, "Counter- Capi Chil ..." 182.2, "r" 188.9, lines 13.75 apart). That line of nine cells
// looks like a label centred between rows (stages/tables/hrule_rows.cc, step 4b), and "r" like
// one centred on the measures' wrapped row. Neither is: a line of several cells between two
// lines of one cell is a row's line (interleaved_lines.h, step 0a; once only where the table
// pads its rows), and a lower-case "r" one line under its column's "ea", other columns' lines
// between, is the rest of that cell (step 0b), which then spans both header rows (once the
// years and the measures' first line read as one row, "2019 Counter-", the years' spans lost).
// The Cairo re-print of the same pages is the second shape.
#include <gtest/gtest.h>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

struct LettersBesideMeasures {
  static constexpr const char* kFolder = "fixtures/tables-once/header-interleaved-letters-2301";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderInterleavedLetters = testing::FixtureRenderSuite<LettersBesideMeasures>;

// Seed 2301's XeLaTeX rendering (Latin Modern Roman 11 pt), pages 9 to 11: t4's "Y" / "ea" / "r" beside
// "2019 2020 2021" over "Internationa" / "lisation", "With" / "draw" / "n", "Capi" / "tal", the
// measures' first line on the line of the "r".
TEST_F(HeaderInterleavedLetters, MeasuresOnTheLastLettersLineAreTheSecondHeaderRow) {
  testing::expect_table_and_spans(*model_, *ours_, "t4");
  testing::expect_table_and_spans(*model_, *ours_, "t3");
}

struct MeasuresBetweenLetters {
  static constexpr const char* kFolder = "fixtures/tables-once/header-interleaved-letters";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderInterleavedLettersBetween = testing::FixtureRenderSuite<MeasuresBetweenLetters>;

// Seed 2319's XeLaTeX rendering (TeX Gyre Heros 11 pt, cells in 9.96 pt), pages 5 to 7, t1:
// "Year" spans both header rows, each year its three measures.
TEST_F(HeaderInterleavedLettersBetween, MeasuresBetweenTheLettersAreTheSecondHeaderRow) {
  testing::expect_table_and_spans(*model_, *ours_, "t1");
}

struct MeasuresBetweenLettersCairo {
  static constexpr const char* kFolder = "fixtures/tables-once/header-interleaved-letters";
  static constexpr const char* kProducer = "cairo-latex";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderInterleavedLettersBetweenCairo =
    testing::FixtureRenderSuite<MeasuresBetweenLettersCairo>;

TEST_F(HeaderInterleavedLettersBetweenCairo, MeasuresBetweenTheLettersAreTheSecondHeaderRow) {
  testing::expect_table_and_spans(*model_, *ours_, "t1");
}

}  // namespace
}  // namespace coi
