// Figures stacked in a column (stages/tables/stacked_figures.h): the rule itself, and the
// fixture it was found on (fixtures/tex-stacked-figures: a short generated note, XeLaTeX),
// end to end against the model.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stages/tables/stacked_figures.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

using tables::figures_stacked;
using tables::is_figure;

TEST(StackedFigures, FiguresAreNumbersWithTheirSignsGroupsAndRanges) {
  for (const char* figure : {"0", "2019", "55,643,618", "19.1%", "£3,874", "€275", "US$6.1",
                             "28%-46%", "12\u201315"}) {
    EXPECT_TRUE(is_figure(figure)) << figure;
  }
  for (const char* word : {"786,69", "12,34", "1,2345", "1234,567", "12,", "billion", "-", "N/A",
                           "US", "40%-", "(12%)", "A1", ""}) {
    EXPECT_FALSE(is_figure(word)) << word;
  }
}

TEST(StackedFigures, TwoFiguresThatReadAsNoOneFigureAreTwoRows) {
  EXPECT_TRUE(figures_stacked("55,643,618", "19.1%"));
  EXPECT_TRUE(figures_stacked("110", "67,841,579"));
  EXPECT_TRUE(figures_stacked("3,716", "2,822,067"));
  EXPECT_TRUE(figures_stacked("29.7%", "102"));
}

// A figure broken inside, as LibreOffice and WeasyPrint break one too wide for its column,
// and a figure's wrapped words are one cell.
TEST(StackedFigures, AFigureBrokenInsideOrWrappedIsOneCell) {
  EXPECT_FALSE(figures_stacked("786,69", "3"));    // its first half groups two digits
  EXPECT_FALSE(figures_stacked("202", "1"));       // "2021"
  EXPECT_FALSE(figures_stacked("12.5", "6%"));     // "12.56%"
  EXPECT_FALSE(figures_stacked("US$2.2", "billion"));
  EXPECT_FALSE(figures_stacked("40%-", "59%"));
}

struct TexStackedFiguresRender {
  static constexpr const char* kFolder = "fixtures/tex-stacked-figures";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "segment";
};

class TexStackedFigures : public testing::FixtureRenderSuite<TexStackedFiguresRender> {
 protected:
  // The body rows (below the header) of the model's table `id`, on the expanded grid.
  static std::vector<std::vector<std::string>> model_body(const std::string& id) {
    for (const Block* block : testing::tables_of(*model_)) {
      if (block->id != id) continue;
      std::vector<std::vector<std::string>> grid = testing::grid_texts(block->table);
      grid.erase(grid.begin(), grid.begin() + block->table.header_rows);
      return grid;
    }
    return {};
  }

  // The model's rows that no table of coi's holds as a row of its own.
  static std::vector<std::vector<std::string>> rows_not_found(
      const std::vector<std::vector<std::string>>& want) {
    std::vector<std::vector<std::string>> out;
    for (const std::vector<std::string>& row : want) {
      bool found = false;
      for (const Block* block : testing::tables_of(*ours_)) {
        const std::vector<std::vector<std::string>> grid = testing::grid_texts(block->table);
        found = found || std::find(grid.begin(), grid.end(), row) != grid.end();
      }
      if (!found) out.push_back(row);
    }
    return out;
  }

};

// The model's t1 and t2: seven narrow columns, every body cell one line (a word, then figures
// such as "64,554,055"), each next row's words too wide to have fitted on the line above, and
// TeX pads no row. Rows once came out two or three to a row ("Education Withdrawn Employment");
// every body row now comes out a row of its own.
TEST_F(TexStackedFigures, OneLineRowsOfFiguresAreRowsOfTheirOwn) {
  for (const char* id : {"t1", "t2"}) {
    SCOPED_TRACE(id);
    const std::vector<std::vector<std::string>> want = model_body(id);
    ASSERT_GE(want.size(), 6u);
    EXPECT_EQ(rows_not_found(want), std::vector<std::vector<std::string>>{});
  }
}

// The model's t3: years, then regions, under a header of years spanning columns ("2019" over
// "Appeal" and "Internationalisation"), run over four pages. On some pages the narrow Appeal
// column's figures overflow up to the next column's text, a gap the header keeps open: the
// table was then only its header, and its body became paragraphs. Every body row now comes out,
// under the model's header: its "Internationalisation", printed over the next column's "Appeal"
// (two words to Poppler), was once cut there (hrule_tables.h, step 2).
TEST_F(TexStackedFigures, FiguresOverflowingANarrowColumnKeepTheBodyInTheTable) {
  const std::vector<std::vector<std::string>> want = model_body("t3");
  ASSERT_GE(want.size(), 60u);
  EXPECT_EQ(rows_not_found(want), std::vector<std::vector<std::string>>{});
  const std::vector<std::vector<std::string>> whole = testing::table_grid(*model_, "t3");
  const std::vector<std::vector<std::string>> got = testing::grid_holding(*ours_, want.front());
  const size_t header = whole.size() - want.size();
  ASSERT_GT(header, 0u);
  ASSERT_GE(got.size(), header);
  for (size_t r = 0; r < header; ++r) EXPECT_EQ(got[r], whole[r]) << "header row " << r + 1;
}

// t2 (pages 4 and 5) and t3 (pages 5 to 8) run over page breaks. The figures overflowing a
// column push its border right of them, by as much as the page's widest one, so the borders of
// two pages of one table differ by more than `column_tolerance`; the columns' text starts agree,
// and each table comes out once, every body row in it.
TEST_F(TexStackedFigures, TablesOverPagesAreJoinedThoughOverflowingFiguresMoveTheirBorders) {
  EXPECT_EQ(testing::tables_of(*ours_).size(), testing::tables_of(*model_).size());
  for (const char* id : {"t2", "t3"}) {
    SCOPED_TRACE(id);
    const std::vector<std::vector<std::string>> want = model_body(id);
    ASSERT_FALSE(want.empty());
    const std::vector<std::vector<std::string>> got = testing::grid_holding(*ours_, want.front());
    for (const std::vector<std::string>& row : want) {
      EXPECT_NE(std::find(got.begin(), got.end(), row), got.end()) << row.front();
    }
  }
}

}  // namespace
}  // namespace coi
