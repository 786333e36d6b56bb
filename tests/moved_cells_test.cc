// A row WeasyPrint cuts at a page break by moving its tall cells whole to the next page
// (fixtures/generated-classes/moved-cells, seed 17): on page 14 the last row of t5 prints only
// its one-line cells, its "Year" cell ("2001", "200" / "1" in a narrow column) blank, and page 15
// opens, under the repeated two-row header, with "2001" alone. The blank at the row's start was
// read as the year above going on (a rowspan: "2000" over two rows) and the moved cell as a row
// of its own; the span now ends a row earlier and the moved cell fills the row it left
// (cut_rows.h, step 3). Every table of the note comes out cell for cell as the model has it.
#include <gtest/gtest.h>

#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

TEST(MovedCells, WeasyPrintCellsMovedWholeToTheNextPageFillTheRowTheyLeft) {
  constexpr const char* kFolder = "fixtures/generated-classes/moved-cells";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "weasyprint", "segment");
  const std::vector<const Block*> want = testing::tables_of(model), got = testing::tables_of(ours);
  ASSERT_GE(want.size(), 5u);
  ASSERT_EQ(got.size(), want.size());
  for (size_t t = 0; t < want.size(); ++t) {
    EXPECT_EQ(testing::grid_texts(got[t]->table), testing::grid_texts(want[t]->table)) << want[t]->id;
  }
}

}  // namespace
}  // namespace coi
