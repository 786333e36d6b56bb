// A year a digit a line cut by a page break in two places (stages/tables/cut_rows.cc, step 3c):
// LibreOffice prints "2" at the foot of page 20 and "0" / "0" / "3" atop page 21, the first "0"
// on the line of the rest of "9,389" and its mark 55, the repeated header's "r" of "Yea" / "r"
// reaching down beside it. The "0" finished the word over the break and went into the year's
// last line, so the part carried on had no line of its own in that column to measure "0" / "3"
// from, and the year's lines (one per digit, read as one line) gave no line pitch: "0" / "3"
// stayed a row of its own (once "20" and "03", and, before the mark 55 opened no row, an empty
// row between). Now the part's last line is the year's last line's words on the page, the
// pitch the step between its words' baselines, and a number cut again goes on with no space.
//
// The folder holds the model of t8 and pages 20 to 22 of the note's rendering, with a
// Ghostscript re-print of them: the table must be the model's, cell for cell.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/cell-rows/year-cut-over-a-page-2419";

void expect_model_table(const std::string& producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "tables");
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t8");
  ASSERT_EQ(want.size(), 15u);
  ASSERT_EQ(want[6].front(), "2003");
  EXPECT_EQ(testing::grid_holding(ours, want[6]), want) << producer;
  EXPECT_TRUE(testing::judge_cell_spaces(model, ours).wrong.empty()) << producer;
}

// held20 seed 2419, LibreOffice (DejaVu Serif 10 pt, unpadded cells), t8 over pages 20 and 21.
TEST(YearCutOverAPage, LibreOfficeYearIsWhole) { expect_model_table("libreoffice"); }

// The second shape: the pages re-printed by Ghostscript (pdfwrite, /printer, PDF 1.7).
TEST(YearCutOverAPage, GhostscriptReprintYearIsWhole) { expect_model_table("gs-libreoffice"); }

}  // namespace
}  // namespace coi
