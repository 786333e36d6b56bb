// A tall row cut into several rows, more than one of them printed on the next page
// (fixtures/cell-rows/parts-of-a-cut-row-2327, fixtures/README.md): the generator cuts a row
// taller than a share of the page into longtable rows between sentences, unpadded, no rule
// between. Page 38 of held19 seed 2327's XeLaTeX rendering prints nothing but the rest of IRB's
// description, in two such rows 13.5 pt apart, its line pitch; the first carried the row on, the
// second stayed a row of its own under blank name and type (page 41: IOM's, the same). Now each
// row under a carried one that goes on with its cells a line pitch below carries it on too
// (stages/tables/cut_rows.cc, step 3c). The table is held against its model, cell for cell.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// Every row of the model's t6, in order, each cell alone in its row (no span).
void expect_the_models_rows(const Doc& model, const Doc& ours) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t6");
  ASSERT_EQ(want.size(), 11u);
  const std::vector<const Block*> tables = testing::tables_of(ours);
  ASSERT_EQ(tables.size(), 1u);
  const Table& table = tables.front()->table;
  const std::vector<std::vector<std::string>> got = testing::grid_texts(table);
  ASSERT_EQ(got.size(), want.size());
  for (size_t r = 0; r < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  for (const std::vector<Cell>& row : table.rows) {
    for (const Cell& cell : row) EXPECT_EQ(cell.rowspan, 1);
  }
}

struct TexRender {
  static constexpr const char* kFolder = "fixtures/cell-rows/parts-of-a-cut-row-2327";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using PartsOfACutRow = testing::FixtureRenderSuite<TexRender>;

// Pages 37 to 41 (Latin Modern Roman 12 pt, cells a point smaller, booktabs, rows padded 3 pt): IRB's row over pages
// 37 and 38, IOM's over 40 and 41.
TEST_F(PartsOfACutRow, EveryPartOnTheNextPageCarriesTheRowOn) {
  expect_the_models_rows(*model_, *ours_);
}

struct CairoRender {
  static constexpr const char* kFolder = "fixtures/cell-rows/parts-of-a-cut-row-2327";
  static constexpr const char* kProducer = "cairo-latex";
  static constexpr const char* kStopAfter = "tables";
};

using PartsOfACutRowReprinted = testing::FixtureRenderSuite<CairoRender>;

// The same pages re-printed by Cairo (drivers.py cairo, seed 2327).
TEST_F(PartsOfACutRowReprinted, EveryPartOnTheNextPageCarriesTheRowOn) {
  expect_the_models_rows(*model_, *ours_);
}

}  // namespace
}  // namespace coi
