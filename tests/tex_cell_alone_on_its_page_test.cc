// A page that prints nothing of a table but its repeated header and the rest of one tall cell
// (fixtures/tables-once/tex-cell-alone-on-its-page, fixtures/README.md): seed 2127's t2
// (held17, XeLaTeX, \linespread 1.3), whose Landinfo row runs over pages 22 to 24. The
// generator cuts a row taller than a page into longtable rows between sentences, so page 23's
// lines part where a sentence starts a row ("Civil society observed that" under
// "Auvergne-Rhône-Alpes."): those steps, a line apart, were taken for the table's row step, and,
// the lines being spaced 1.3 apart, for padded rows, so every line of the cell became a row of
// its own (stages/tables/row_pitch.h). The cell's lines going on with a word ("interior
// ministry" under "... the") show the line step the row step must exceed
// (stages/tables/hrule_rows.cc). Expected text comes from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct TexRender {
  static constexpr const char* kFolder = "fixtures/tables-once/tex-cell-alone-on-its-page";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using TexCellAloneOnItsPage = testing::FixtureRenderSuite<TexRender>;

// The Description of the model's row `r` of t2.
std::string model_description(const Doc& model, size_t r) {
  for (const Block* block : testing::tables_of(model)) {
    if (block->id == "t2") return testing::squash_spaces(plain_text(block->table.rows[r][2].inlines));
  }
  return "";
}

// The Landinfo row's Description, page 22's part and the rows that carry it on over pages 23
// and 24 (blank in the other columns), joined: the model's cell, whole and in order, every part
// ending a sentence. Once the rows were the cell's 32 printed lines on page 23 ("interior
// ministry indicated that" a row); the parts between sentences are still rows of their own
// where the page holds no row filling every column above them (stages/tables/paragraph_rows.h
// reads them as one cell only under such a row, on page 22).
void expect_the_cell_whole(const Doc& model, const Doc& ours) {
  const std::string want = model_description(model, 3);
  ASSERT_FALSE(want.empty());
  const std::vector<const Block*> got = testing::tables_of(ours);
  ASSERT_EQ(got.size(), 1u);
  const std::vector<std::vector<Cell>>& rows = got.front()->table.rows;
  ASSERT_GT(rows.size(), 4u);
  ASSERT_EQ(rows[3].size(), 3u);
  std::string joined = testing::squash_spaces(plain_text(rows[3][2].inlines));
  std::vector<std::string> parts = {joined};
  // A row carrying it on: blank in the other columns, or covered there by the cells above.
  auto carries_on = [](const std::vector<Cell>& row) {
    return !row.empty() && (row.size() < 3 || row[0].inlines.empty());
  };
  for (size_t r = 4; r < rows.size() && carries_on(rows[r]); ++r) {
    parts.push_back(testing::squash_spaces(plain_text(rows[r].back().inlines)));
    joined += " " + parts.back();
  }
  EXPECT_EQ(joined, want);
  EXPECT_LE(parts.size(), 5u);  // the generator's parts, not the page's 32 lines
  for (const std::string& part : parts) EXPECT_TRUE(part.ends_with(".")) << part;
}

TEST_F(TexCellAloneOnItsPage, TheCellsLinesOnThePageCarryingItOnAreNoRows) {
  expect_the_cell_whole(*model_, *ours_);
}

struct SerifRender {
  static constexpr const char* kFolder = "fixtures/tables-once/tex-cell-alone-on-its-page";
  static constexpr const char* kProducer = "latex-serif15";
  static constexpr const char* kStopAfter = "tables";
};

using TexCellAloneOnItsPageSerif = testing::FixtureRenderSuite<SerifRender>;

// The same model in another geometry (DejaVu Serif 11 pt on US Letter, lines 1.5 apart): the row
// over pages 26 to 29 of it, pages 27 and 28 each its cell's lines alone (once 30 rows).
TEST_F(TexCellAloneOnItsPageSerif, TheCellsLinesOnThePagesCarryingItOnAreNoRows) {
  expect_the_cell_whole(*model_, *ours_);
}

}  // namespace
}  // namespace coi
