// Ruled grids whose page shows no border across above or below its rows (fixtures/tables-once/
// rows-cut-both-sides*, fixtures/README.md): a row taller than a page, or two rows that the
// breaks above and below cut, printed between side borders that run from the page's top text
// edge to its foot (stages/tables/grid_open_row.h). Each table is held against its model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// The paragraphs of `doc` whose text holds `text`.
int paragraphs_holding(const Doc& doc, const std::string& text) {
  int n = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && plain_text(b.inlines).find(text) != std::string::npos) {
      ++n;
    }
  }
  return n;
}

// Holds `got`, a table whose first row is the rest of a row cut by the page before the cut
// pages, against the model's rows `want`: every row after the first is the model's, from the
// row it opens with to the table's last, and the first row's last cell ends as the model's
// row before that one does.
void expect_rows_from_a_cut_row(const std::vector<std::vector<std::string>>& got,
                                const std::vector<std::vector<std::string>>& want) {
  ASSERT_GT(got.size(), 2u);
  size_t first = 0;
  while (first < want.size() && want[first] != got[1]) ++first;
  ASSERT_LT(first, want.size());
  ASSERT_GT(first, 0u);
  ASSERT_EQ(got.size(), want.size() - first + 1);
  // Each row's name and description (the cells the breaks cut); a type wrapped in its narrow
  // column ("International" / "organisation") is whole_words.h's call, and these pages print
  // too few of the note's words for it.
  for (size_t r = first; r < want.size(); ++r) {
    EXPECT_EQ(got[r - first + 1].front(), want[r].front()) << "row " << r + 1;
    EXPECT_EQ(got[r - first + 1].back(), want[r].back()) << "row " << r + 1;
  }
  const std::string& rest = got.front().back();
  const std::string& whole = want[first - 1].back();
  ASSERT_FALSE(rest.empty());
  ASSERT_GE(whole.size(), rest.size());
  EXPECT_EQ(whole.substr(whole.size() - rest.size()), rest);
}

struct NoBorderAcrossRender {
  static constexpr const char* kFolder = "fixtures/tables-once/rows-cut-both-sides";
  static constexpr const char* kProducer = "weasyprint";
  static constexpr const char* kStopAfter = "";
};

using NoBorderAcross = testing::FixtureRenderSuite<NoBorderAcrossRender>;

// Pages 6 to 11 of seed 1558's WeasyPrint rendering: t1's third row ("Le Monde"), cut at the
// foot of page 6, fills page 7 with its description, and page 7 draws the grid's side borders
// only, no rule across (page 8 goes on with the row's rest). One table from page 6 to 10, cell
// for cell; once page 7 was a paragraph and pages 8 to 10 a table of their own.
TEST_F(NoBorderAcross, APageOfOneCellBetweenSideBordersJoinsTheTable) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t1");
  ASSERT_EQ(want.size(), 13u);
  const Table* table = testing::table_holding(*ours_, want[1]);
  ASSERT_NE(table, nullptr);
  expect_rows_from_a_cut_row(testing::grid_texts(*table), want);
  EXPECT_EQ(paragraphs_holding(*ours_, "Mayotte. The courts considered that the number"), 0);
}

struct BorderBetweenCutRowsRender {
  static constexpr const char* kFolder = "fixtures/tables-once/rows-cut-both-sides-1553";
  static constexpr const char* kProducer = "weasyprint";
  static constexpr const char* kStopAfter = "";
};

using BorderBetweenCutRows = testing::FixtureRenderSuite<BorderBetweenCutRowsRender>;

// Pages 11 to 14 of seed 1553's WeasyPrint rendering: page 12 opens with the rest of t1's row
// "BBC News (BBC)" and ends inside the next row, "InfoMigrants": its one rule across is the
// border between the two, which the side borders cross from the page's top text edge to its
// foot. One table from page 11 to its end on page 14, cell for cell; once page 12's first
// lines were a paragraph and the table two (the same in seed 1558, page 15).
TEST_F(BorderBetweenCutRows, APageOfTwoCutRowsJoinsTheTable) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t1");
  ASSERT_EQ(want.size(), 64u);
  const std::vector<const Block*> tables = testing::tables_of(*ours_);
  ASSERT_EQ(tables.size(), 1u);
  expect_rows_from_a_cut_row(testing::grid_texts(tables.front()->table), want);
  EXPECT_EQ(paragraphs_holding(*ours_, "governmental organisations highlighted"), 0);
}

}  // namespace
}  // namespace coi
