// A footnote mark that wrapped alone to its cell's next line (stages/tables/hrule_rows.cc, step
// 4, starts_row): LibreOffice prints "53.5%" and, under it, its mark 70 beside the second line
// "billion" of the next column's "US$6.0 billion". "⁷⁰" would have fitted after "53.5%", so the
// line read as a new row and "billion" went with it (once "US$6.0" and a row of "billion"); a
// mark opens no cell, and the line goes on with the row above.
//
// The folder holds the model of the table named in fixtures/README.md and the page of the
// note's rendering, with Ghostscript's re-print of it: the page's rows must be the model's,
// every cell exact, and no cell of the table a model cell with a space added or lost.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/cell-rows/mark-wrapped-alone-2410";

// Each of the model's rows of t6 for the years the page prints whole (1996 goes on over the
// page) is a row of coi's reading.
void expect_page_rows(const std::string& producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "tables");
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t6");
  int rows = 0;
  for (const std::vector<std::string>& row : want) {
    if (row.empty() || row.front() < "1991" || row.front() > "1995") continue;
    ++rows;
    EXPECT_FALSE(testing::grid_holding(ours, row).empty())
        << producer << ": the row of " << row.front();
  }
  EXPECT_EQ(rows, 5) << "the model's rows 1991 to 1995";
  EXPECT_TRUE(testing::judge_cell_spaces(model, ours).wrong.empty()) << producer;
}

// held20 seed 2410, t6 on page 21: "53.5%" / "⁷⁰" beside "US$6.0" / "billion".
TEST(MarkWrappedAlone, LibreOfficeMarkUnderItsNumberStartsNoRow) {
  expect_page_rows("libreoffice");
}

// The second shape: the page re-printed by Ghostscript (pdfwrite, /prepress, PDF 1.7).
TEST(MarkWrappedAlone, GhostscriptReprintStartsNoRow) { expect_page_rows("gs-libreoffice"); }

}  // namespace
}  // namespace coi
