// A tall cell's paragraphs printed a row's step apart on one page, in a table ruled with
// horizontal lines only (fixtures/cell-rows/paragraphs-read-as-rows*, fixtures/README.md): XeLaTeX breaks a row taller than a share
// of the page into rows of sentences, padded as rows are, and each next paragraph, its first
// word one that would have fitted on the short line above, started a row of its own, the blank
// name and type beside it read as the labels above spanning it (stages/tables/paragraph_rows.cc).
// Each table is held against its model, row for row.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct UnpaddedRows {
  static constexpr const char* kFolder = "fixtures/cell-rows/paragraphs-read-as-rows";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using ParagraphsReadAsRows = testing::FixtureRenderSuite<UnpaddedRows>;

// Pages 24 to 26 of seed 2016's XeLaTeX rendering (the tuning set /work/fidelity-held16; Latin
// Modern Roman 12 pt, lines 1.15 apart, booktabs, no cell padding), t6: the World Health
// Organization's description prints three paragraphs on page 25 and a fourth on page 26 (the
// page break's join: cut_rows.cc, step 3b); the Home Office's, the last row, runs on past the
// cut. Once nine rows where the pages print six, the name and type spanning the first three
// paragraphs; now every row the pages print is the model's, in order, but the last, whose first
// cell is whole.
TEST_F(ParagraphsReadAsRows, ADescriptionsParagraphsStayInItsRow) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t6");
  ASSERT_GT(want.size(), 6u);
  const Table* table = testing::table_holding(*ours_, want.front());
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  ASSERT_EQ(got.size(), 6u);  // the header and the model's rows 2 to 6, page 27 opening on the 6th
  for (size_t r = 0; r + 1 < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  EXPECT_EQ(got.back().front(), want[5].front());
}

struct PaddedRows {
  static constexpr const char* kFolder = "fixtures/cell-rows/paragraphs-read-as-rows-heros";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using ParagraphsReadAsRowsPadded = testing::FixtureRenderSuite<PaddedRows>;

// The class in a second layout, its rows padded: seed 2016's t6 rendered alone by XeLaTeX in TeX
// Gyre Heros 11 pt with 3 pt of padding and lines set solid, pages 1 to 4: the World Health
// Organization's description prints three paragraphs on page 2, the Home Office's (the model's
// sixth row) breaks over pages 3 and 4. Once 15 rows where the pages print 12; now every row
// the pages print is the model's, in order, but the last, whose first cell is whole.
TEST_F(ParagraphsReadAsRowsPadded, ADescriptionsParagraphsStayInItsRow) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t6");
  ASSERT_GT(want.size(), 12u);
  const Table* table = testing::table_holding(*ours_, want.front());
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  ASSERT_EQ(got.size(), 12u);  // page 5 opens with the model's 13th row
  for (size_t r = 0; r + 1 < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  EXPECT_EQ(got.back().front(), want[11].front());
}

}  // namespace
}  // namespace coi
