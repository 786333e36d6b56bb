// A table's header printed twice at the top of a page (stages/tables/repeated_header.h): XeLaTeX's
// longtable, when the first row does not fit under the first page's header, breaks the page after
// it, and the next page opens with that header and, under it, the header it repeats on every
// page. Each folder is the model of a generated note and pages of its XeLaTeX rendering
// (fixtures/README.md, "One note per failure class"); the expected rows come from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

using Grid = std::vector<std::vector<std::string>>;

// The model's table `id` and its header rows.
Grid model_table(const Doc& model, const std::string& id, size_t& header_rows) {
  for (const Block* block : testing::tables_of(model)) {
    if (block->id == id) header_rows = static_cast<size_t>(block->table.header_rows);
  }
  return testing::table_grid(model, id);
}

// Booktabs (seed 25, pages 27-29): each copy of the two-row header between its own rules, so two
// rules across the table looked like rules between rows and page 28's 24 body rows came out as
// one. The header is read once, and every row of the two pages under it is the model's, in
// place, "Provence-Alpes-Côte" / "d’Azur" in its narrow column too (once rejoined as one word:
// the note's cells let words overflow, so none is cut, stages/tables/whole_words.h).
TEST(RepeatedHeader, TexBooktabsHeaderPrintedTwiceIsReadOnceOverItsRows) {
  constexpr const char* kFolder = "fixtures/generated-classes/tex-header-printed-twice";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "latex", "");
  size_t header = 0;
  const Grid want = model_table(model, "t7", header);
  ASSERT_EQ(header, 2u);
  ASSERT_GT(want.size(), header);
  const Grid got = testing::grid_holding(ours, want[header]);
  ASSERT_GT(got.size(), header + 24);  // page 28's rows at least
  ASSERT_LE(got.size(), want.size());
  EXPECT_EQ(got.front(), want.front());
  for (size_t r = header; r < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
}

// Full grid (seed 30, pages 9-12): the repeat is a row of its own, in bold like the header above
// it. The header is read once, the first body row right under it. (The rows after it are not
// asserted: a cell taller than the page runs past the page's foot.)
TEST(RepeatedHeader, TexGridHeaderPrintedTwiceIsReadOnce) {
  constexpr const char* kFolder = "fixtures/generated-classes/tex-grid-header-printed-twice";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "latex", "");
  size_t header = 0;
  const Grid want = model_table(model, "t2", header);
  ASSERT_EQ(header, 1u);
  ASSERT_GT(want.size(), 2u);
  Grid got;
  for (const Block* block : testing::tables_of(ours)) {
    const Grid grid = testing::grid_texts(block->table);
    if (!grid.empty() && grid.front() == want.front()) got = grid;
  }
  ASSERT_GT(got.size(), 2u);
  EXPECT_EQ(got[1].front(), want[1].front());
  for (size_t r = 1; r < got.size(); ++r) EXPECT_NE(got[r], want.front()) << "row " << r + 1;
}

}  // namespace
}  // namespace coi
