// Two-row headers beside a "Year" broken a letter or two a line in a narrow column (XeLaTeX:
// "Y" / "ea" / "r"), its cell spanning both header rows, the years spanning their measures
// (fixtures/tables-once/header-interleaved-letters*, fixtures/README.md).
//
// In a template that pads its cells (seed 2301, 4 pt), the second header row's first line
// prints on the line of the "r", and its rows and spans come out as the model's. In one that
// pads none (seed 2319), \cmidrule's spacing sets it between "ea" and "r" (page 6: "ea" 175.2
// pt, "Counter- Capi Chil ..." 182.2, "r" 188.9): that line of nine cells is read as a label
// centred between rows (stages/tables/hrule_rows.cc, step 4b), and interleaved_lines.cc's step
// 0, which takes such lines back, acts only where the table pads its rows. The years' row and
// the measures' first line then read as one row ("2019 Counter-"), the measures' second lines
// as a second ("tal", "dren"), and the years' three spans are lost. A known miss (issue 15):
// the body under the header is held against the model, and the header is checked to still
// differ from it, so that the test says when the miss is fixed and its expectation becomes the
// whole table's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"
#include "tests/support/table_text.h"

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

// Seed 2319's XeLaTeX rendering (TeX Gyre Heros 11 pt, cells in 9.96 pt), pages 5 to 7, t1: the
// known miss above. Its body rows are the model's; its two header rows are not yet.
TEST_F(HeaderInterleavedLettersBetween, MeasuresBetweenTheLettersKnownMiss) {
  const Table* want = testing::table_by_id(*model_, "t1");
  ASSERT_NE(want, nullptr);
  const std::vector<std::vector<std::string>> want_grid = testing::grid_texts(*want);
  ASSERT_EQ(want->header_rows, 2);
  const Table* got = testing::table_holding(*ours_, want_grid.back());
  ASSERT_NE(got, nullptr);
  const std::vector<std::vector<std::string>> got_grid = testing::grid_texts(*got);
  ASSERT_EQ(got_grid.size(), want_grid.size());
  for (size_t r = 2; r < want_grid.size(); ++r) {
    EXPECT_EQ(got_grid[r], want_grid[r]) << "row " << r + 1;
  }
  EXPECT_NE(got_grid[0], want_grid[0])
      << "t1's header is read right: the known miss is fixed; hold the whole table against the "
         "model (testing::expect_table_and_spans) and drop this test's comment";
}

}  // namespace
}  // namespace coi
