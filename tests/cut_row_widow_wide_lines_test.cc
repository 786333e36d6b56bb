// A row cut by a page break in a template spacing its lines 1.5 apart, whose producer's widow
// control moved a line more to the next page (stages/tables/cut_rows.cc, step 2: the room under
// T's last line): WeasyPrint leaves 3.3 font sizes blank under "By 24 June 2017, the courts
// reported that the" at page 57's foot, one line moved by the widow control and most of a
// line's pitch (1.725 font sizes) too short for another. cut_row_max_gap (1.5) and the widow's
// line read the cell's text as ended, so "state generally respected this right in practice."
// atop page 58 was a row of its own (once), whose shape, blank name and type, then excused the
// next cut rows of the table too.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/tables-once/cut-row-widow-wide-lines";

// Every whole row the pages print of the model's t13 (all but the first body row, the rest of a
// row from page 56, and the last, cut by page 58's foot) is, in order, the model's row.
void expect_rows_whole(const std::string& producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "");
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t13");
  const std::vector<std::string> cut = {
      "The Guardian", "International organisation",
      "By 24 June 2017, the courts reported that the state generally respected this right in "
      "practice."};
  const auto at = std::find(want.begin(), want.end(), cut);
  ASSERT_NE(at, want.end());
  const std::vector<std::vector<std::string>> got = testing::grid_holding(ours, cut);
  ASSERT_EQ(got.size(), 13u) << producer;  // header, 12 body rows
  const auto from = std::find(got.begin(), got.end(), cut);
  ASSERT_NE(from, got.end()) << producer;
  ASSERT_EQ(from - got.begin(), 6) << producer;
  // The whole body rows from the second to the last but one.
  for (std::ptrdiff_t r = 2; r + 1 < static_cast<std::ptrdiff_t>(got.size()); ++r) {
    EXPECT_EQ(got[static_cast<size_t>(r)], *(at + (r - 6))) << producer << " row " << r;
  }
}

// Pages 57 and 58 of held21 seed 2560's WeasyPrint rendering (page 40 for numbered paragraphs).
TEST(CutRowWidowWideLines, WeasyPrintCutRowGoesOn) { expect_rows_whole("weasyprint"); }

// The same pages re-printed by Cairo (pdftocairo -pdf).
TEST(CutRowWidowWideLines, CairoReprintCutRowGoesOn) { expect_rows_whole("cairo-weasyprint"); }

}  // namespace
}  // namespace coi
