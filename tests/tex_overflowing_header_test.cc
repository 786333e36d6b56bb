// XeLaTeX's booktabs tables whose header and Year cells overflow their narrow p columns. Each
// folder is the model of a generated note and pages of its XeLaTeX rendering (fixtures/README.md,
// "One note per failure class"); the expected rows come from the model.
//
// A header whose words overprint one another (stages/tables/overprinted_header.h): a header word
// wider than its column runs past the border and the next cell's text is printed over its end
// ("Internationalisation" under "Reconsiderations"), so that the header band, read alone by its
// gaps, was one column: the header was lost and the body read as a table of its own, its last
// two columns merged. Two fonts: seed 8 (DejaVu Sans, pages 35-36, t5) and seed 24 (Latin Modern
// Roman, pages 53-54, t11).
//
// Years closer to the next column's text than a space (hrule_columns.cc, splits_at): "2002"
// wider than its Year column ends 2.65 pt before "41.7%" (DejaVu Sans, seed 8, pages 45-46, t8),
// "2009" 1.56 pt before "US$1.7" (Liberation Serif, seed 104, pages 30-31, t7); Poppler keeps
// the two apart, as it does words a space apart, and the two columns were read as one. Each
// body cell starts where its column does, exactly, and the header over it (read with the table
// since overprinted_header.h) starts its words there with nothing before them.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

using Grid = std::vector<std::vector<std::string>>;

// coi's table holding the model table's first body row is the model's, header and body, but for
// the cells that are one of `known_misses`.
void expect_model_table(const std::string& folder, const std::string& id,
                        const std::set<std::string>& known_misses) {
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, "latex", "");
  size_t header = 0;
  for (const Block* block : testing::tables_of(model)) {
    if (block->id == id) header = static_cast<size_t>(block->table.header_rows);
  }
  const Grid want = testing::table_grid(model, id);
  ASSERT_GT(header, 0u);
  ASSERT_GT(want.size(), header);
  const Grid got = testing::grid_holding(ours, want[header]);
  ASSERT_EQ(got.size(), want.size());
  for (size_t r = 0; r < want.size(); ++r) {
    ASSERT_EQ(got[r].size(), want[r].size()) << "row " << r + 1;
    for (size_t c = 0; c < want[r].size(); ++c) {
      if (known_misses.count(want[r][c]) > 0) continue;
      EXPECT_EQ(got[r][c], want[r][c]) << "row " << r + 1 << " column " << c + 1;
    }
  }
}

TEST(OverprintedHeader, TexHeaderOfOverprintedWordsHeadsItsTable) {
  expect_model_table("fixtures/generated-classes/tex-overprinted-header", "t5", {});
}

// "Unaccompanied" / "minors" keeps its space (once read as one broken word, these two pages
// printing "minors" nowhere else): the note's cells let words overflow their columns, so no
// cell line of it ends inside a word (stages/tables/whole_words.h, Step 3).
TEST(OverprintedHeader, TexHeaderOfOverprintedWordsHeadsItsTableInASecondFont) {
  expect_model_table("fixtures/generated-classes/tex-overprinted-header-lmodern", "t11", {});
}

TEST(NarrowYearGap, TexYearsCloserThanASpaceToTheNextColumnKeepTheColumnsApart) {
  expect_model_table("fixtures/generated-classes/tex-year-gap-narrower-than-space", "t8", {});
}

// "Refugee" / "status" and "Subsidiary" / "protection" keep their spaces (once read as broken
// words, these two pages printing "status" nowhere else): "Refugee" runs 1.5 pt past its
// column, and a producer that lets words overflow cuts none (stages/tables/whole_words.h).
TEST(NarrowYearGap, TexYearsCloserThanASpaceToTheNextColumnKeepTheColumnsApartInASerif) {
  expect_model_table("fixtures/generated-classes/tex-year-gap-narrower-than-space-serif", "t7", {});
}

}  // namespace
}  // namespace coi
