// Numbers cut between any two characters in columns narrower than a year
// (fixtures/tables-once/number-cut-in-narrow-column): WeasyPrint prints "2011" a digit a line
// beside "73" / "." / "4" / "%" and "€2" / "1," / "52" / "4". A lone decimal point or a
// thousands comma ending a line left room for the next line's digits, which read as a row
// starting there, so each such row came out as two ("20" over "11", "73." over "4%"; once).
// A figure's comma or point ends no cell: the cell goes on (stages/tables/hrule_rows.cc,
// starts_row, number_goes_on). The expected grid comes from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/tables-once/number-cut-in-narrow-column";

// The model's t9 is coi's one table of `producer`'s pages, cell for cell and with its two
// header rows.
void expect_whole_rows(const std::string& producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "");
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t9");
  ASSERT_EQ(want.size(), 10u);
  ASSERT_EQ(want[3].front(), "2011");
  const std::vector<const Block*> got = testing::tables_of(ours);
  ASSERT_EQ(got.size(), 1u) << producer;
  EXPECT_EQ(testing::grid_texts(got.front()->table), want) << producer;
  EXPECT_EQ(got.front()->table.header_rows, testing::table_by_id(model, "t9")->header_rows)
      << producer;
}

// Page 35 of seed 2616's WeasyPrint rendering (DejaVu Serif 12 pt), t9, and page 34 before it.
TEST(NumberCutInNarrowColumn, WeasyPrintRowsStayWhole) { expect_whole_rows("weasyprint"); }

// The second shape: the same pages re-printed by Cairo (pdftocairo -pdf).
TEST(NumberCutInNarrowColumn, CairoReprintRowsStayWhole) { expect_whole_rows("cairo-weasyprint"); }

}  // namespace
}  // namespace coi
