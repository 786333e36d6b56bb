// A tall cell broken over a page between two of its paragraphs
// (fixtures/cell-rows/tall-cell-going-on-alone*, fixtures/README.md): the row's name and type end
// on the first page, its description goes on alone atop the next, under the repeated header if
// any, its first word a capital that would have fitted on the short line above. Read as fresh
// text, the rest was a row of its own and the blank name and type beside it a label's span over
// both (stages/tables/cut_rows.cc, step 3b). Each table is held against its model, row for row.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// The rows `got` prints of the model's table `want`, but the last, which may run on past the
// cut: the same text slot for slot; the last row's first cell whole.
void expect_rows_but_the_last(const std::vector<std::vector<std::string>>& got,
                              const std::vector<std::vector<std::string>>& want) {
  ASSERT_GT(got.size(), 1u);
  ASSERT_LE(got.size(), want.size());
  for (size_t r = 0; r + 1 < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  EXPECT_EQ(got.back().front(), want[got.size() - 1].front());
}

struct GridOverThreePages {
  static constexpr const char* kFolder = "fixtures/cell-rows/tall-cell-going-on-alone";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using TallCellGoingOnAlone = testing::FixtureRenderSuite<GridOverThreePages>;

// Pages 84 to 88 of seed 2011's XeLaTeX rendering (the tuning set /work/fidelity-held16; DejaVu
// Sans 12 pt on Letter, lines 1.3 apart, a full grid), t12 (organisation, type, description, no
// header) from the top of page 85: the Council of Europe's description breaks between sentences
// at the foot of page 85 and again of page 86, and goes on alone on pages 86 and 87. Once three
// rows, the two rests rows of their own under the name and type spanning all three; now every
// row the pages print is the model's, in order, but the last, which runs on past the cut.
TEST_F(TallCellGoingOnAlone, ADescriptionGoesOnOverTwoPageBreaks) {
  const std::vector<const Block*> tables = testing::tables_of(*ours_);
  ASSERT_EQ(tables.size(), 1u);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(tables.front()->table);
  expect_rows_but_the_last(got, testing::table_grid(*model_, "t12"));
  EXPECT_EQ(got.size(), 7u);  // the model's rows 1 to 7, the seventh cut by page 88's foot
}

struct RulesOverTwoPages {
  static constexpr const char* kFolder = "fixtures/cell-rows/tall-cell-going-on-alone-rules";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using TallCellGoingOnAloneRules = testing::FixtureRenderSuite<RulesOverTwoPages>;

// The class in a second note and a table ruled with horizontal lines only: pages 16 to 18 of
// seed 2010's XeLaTeX rendering (TeX Gyre Heros 11 pt, booktabs, 4 pt of padding), t6, which
// opens on page 17 and repeats its header on page 18: the World Health Organization's
// description breaks at the foot of page 17 and goes on alone under that header, in two
// paragraphs. Once its rest two rows of their own under the name and type spanning three; then
// the first of its two paragraphs carried the row on and the second stayed a row, under the name
// and type read as spanning it; now both carry it on (stages/tables/paragraph_rows.cc, step 5:
// rows of one shape atop a page, blank where every other row has a name, are one row's
// paragraphs). The model's rows, cell for cell (page 19 opens with its seventh).
TEST_F(TallCellGoingOnAloneRules, ADescriptionGoesOnUnderTheRepeatedHeader) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t6");
  ASSERT_GT(want.size(), 6u);
  // Page 16 prints another table of organisations under the same header: its first body row.
  const Table* table = testing::table_holding(*ours_, want[1]);
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  ASSERT_EQ(got.size(), 6u);  // the model's rows 1 to 6
  for (size_t r = 0; r < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
}

}  // namespace
}  // namespace coi
