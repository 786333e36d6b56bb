// A row moved whole atop a page, printed in two parts (stages/tables/table_join.cc, step 3):
// XeLaTeX breaks a tall row into rows of its description's sentences, unpadded, and moved the
// last row of held18 2204's t8, IRB's, whole to page 51, "Women's organisations acknowledged
// ..." over "However, the interior ministry estimated ...", blank name and type beside the
// second, the table closed by its bottom rule under it. A page of two rows gives
// paragraph_rows.h no other row to show the name column is never blank, so the second part was
// a row of its own under IRB's name spanning both (once); the table's rows on the pages before
// show it, as for a cut row's next parts (cut_rows.h, step 3c), which a row printed whole atop
// the page now takes too.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/tables-once/row-parts-atop-a-page";

// The model's t8, slot for slot and span for span, is one table of coi's reading of
// `producer`'s pages.
void expect_whole_table(const std::string& producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "");
  testing::expect_table_and_spans(model, ours, "t8");
}

// Pages 46-51 of held18 seed 2204's XeLaTeX rendering (DejaVu Sans 12 pt, cells unpadded).
TEST(RowPartsAtopAPage, XeLaTeXSecondPartJoinsTheRow) { expect_whole_table("latex"); }

// The second shape: the same pages re-printed by Cairo (pdftocairo -pdf).
TEST(RowPartsAtopAPage, CairoReprintSecondPartJoinsTheRow) { expect_whole_table("cairo-latex"); }

}  // namespace
}  // namespace coi
