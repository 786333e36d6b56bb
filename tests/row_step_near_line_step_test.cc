// Tables ruled with horizontal lines only whose rows are padded by little against widely spaced
// lines (fixtures/cell-rows/row-step-near-line-step*, fixtures/README.md): lines 1.5 apart and
// 1.5 pt of padding, so a row's step (a line and the padding) is barely longer than a cell's
// line step, and the step from the repeated header to the first body row shorter still. Taken
// as the row step, (1 - row_pitch_tolerance) of it lay under the line step, and every line of
// a long description was a row of its own (stages/tables/row_pitch.cc, step 2). Each table is
// held against its model, row for row.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct HeldFifteenRender {
  static constexpr const char* kFolder = "fixtures/cell-rows/row-step-near-line-step";
  static constexpr const char* kProducer = "weasyprint";
  static constexpr const char* kStopAfter = "tables";
};

using RowStepNearLineStep = testing::FixtureRenderSuite<HeldFifteenRender>;

// Pages 19 to 22 of seed 1924's WeasyPrint rendering (Liberation Serif 11 pt), t9
// (organisation, type, description): it opens on page 20 and runs on past page 22, its header
// repeated on pages 21 and 22 over descriptions of up to 23 lines. Once 84 rows, all but the
// first five no row of the model's; now every row the pages print is the model's, in order, but
// the last, which runs on past the cut and prints the first cell of the model's row whole.
TEST_F(RowStepNearLineStep, ADescriptionsLinesStayInItsRow) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t9");
  ASSERT_GT(want.size(), 3u);
  const Table* table = testing::table_holding(*ours_, want.front());
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  ASSERT_GT(got.size(), 3u);
  ASSERT_LE(got.size(), want.size());
  for (size_t r = 0; r + 1 < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  EXPECT_EQ(got.back().front(), want[got.size() - 1].front());
}

struct SecondSeedRender {
  static constexpr const char* kFolder = "fixtures/cell-rows/row-step-near-line-step-1933";
  static constexpr const char* kProducer = "weasyprint";
  static constexpr const char* kStopAfter = "tables";
};

using RowStepNearLineStepSecondSeed = testing::FixtureRenderSuite<SecondSeedRender>;

// The class in a second note and font: seed 1933's model rendered by WeasyPrint with seed 1924's
// template in DejaVu Serif 11 pt, pages 14 to 17, t2 (nine rows, over pages 15 to 17). Once 19
// rows, the descriptions on pages 16 and 17 a row a line; now the table cell for cell.
TEST_F(RowStepNearLineStepSecondSeed, ADescriptionsLinesStayInItsRow) {
  const std::vector<const Block*> tables = testing::tables_of(*ours_);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(testing::grid_texts(tables.front()->table), testing::table_grid(*model_, "t2"));
}

}  // namespace
}  // namespace coi
