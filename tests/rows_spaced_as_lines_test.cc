// Tables ruled with horizontal lines only, in a template that pads no cell and spaces its lines
// widely (fixtures/cell-rows/unpadded-wide-lines*, fixtures/README.md): two lines of one cell
// lie as far apart as two rows, so the steps between lines say nothing of where a row ends
// (stages/tables/row_pitch.cc, step 1c). Each table is held against its model, row for row, every cell
// right of the labels.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// The model's table `id` and the table of `ours` holding its last row: the same grid and header.
void expect_table_whole(const Doc& model, const Doc& ours, const std::string& id) {
  const Table* want = testing::table_by_id(model, id);
  ASSERT_NE(want, nullptr);
  const std::vector<std::vector<std::string>> want_grid = testing::grid_texts(*want);
  ASSERT_GT(want_grid.size(), 2u);
  const Table* got = testing::table_holding(ours, want_grid.back());
  ASSERT_NE(got, nullptr);
  EXPECT_EQ(got->header_rows, want->header_rows);
  const std::vector<std::vector<std::string>> got_grid = testing::grid_texts(*got);
  ASSERT_EQ(got_grid.size(), want_grid.size());
  // Every cell but the first column's, whose labels centred over their rows are
  // opening_labels.h's call (the rows are this class's).
  for (size_t r = 0; r < want_grid.size(); ++r) {
    ASSERT_EQ(got_grid[r].size(), want_grid[r].size()) << "row " << r + 1;
    for (size_t c = 1; c < want_grid[r].size(); ++c) {
      EXPECT_EQ(got_grid[r][c], want_grid[r][c]) << "row " << r + 1 << " column " << c + 1;
    }
  }
}

struct WeasyPrintRender {
  static constexpr const char* kFolder = "fixtures/cell-rows/unpadded-wide-lines";
  static constexpr const char* kProducer = "weasyprint";
  static constexpr const char* kStopAfter = "";
};

using UnpaddedWideLinesWeasyPrint = testing::FixtureRenderSuite<WeasyPrintRender>;

// Pages 50 to 54 of seed 1550's WeasyPrint rendering (cells unpadded, lines 1.3 apart): t7's
// Year column, narrower than a year, prints "20" / "03" and its header "Ye" / "ar", each line
// a padded table's row step below the one above; once every line was a row of its own ("20",
// "03", "stance" under "First in-").
TEST_F(UnpaddedWideLinesWeasyPrint, ACellsSecondLineStaysInItsRow) {
  expect_table_whole(*model_, *ours_, "t7");
}

struct LatexRender {
  static constexpr const char* kFolder = "fixtures/cell-rows/unpadded-wide-lines-latex";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "";
};

using UnpaddedWideLinesLatex = testing::FixtureRenderSuite<LatexRender>;

// Pages 6 to 9 of seed 1556's XeLaTeX rendering (cells unpadded, lines 1.3 apart): t2's
// regions label rows whose facilities wrap ("CAES" / "Ouest-2"), every line as far below the
// one above as a row; once each wrapped line ("Ouest-2") was a row of its own.
TEST_F(UnpaddedWideLinesLatex, AWrappedFacilityStaysInItsRow) {
  expect_table_whole(*model_, *ours_, "t2");
}

}  // namespace
}  // namespace coi
