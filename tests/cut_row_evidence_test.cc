// Rows cut by a page break, read from what the page before shows (stages/tables/cut_rows.cc,
// step 2): where a cell's text could have gone on and where it ended.
//
// Each folder holds the model of the table named in fixtures/README.md and pages of one note's
// rendering (and a driver's re-print of them): the rows the break cut must be the model's rows
// exactly, and no cell of the table a model cell with a space added or lost.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// Each of the model's rows of table `id` that open with one of `labels` is a row of coi's
// reading of `producer`'s PDF in `folder`, every cell exact.
void expect_rows(const std::string& folder, const std::string& producer, const std::string& id,
                 const std::vector<std::string>& labels) {
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, producer, "tables");
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, id);
  for (const std::string& label : labels) {
    bool found = false;
    for (const std::vector<std::string>& row : want) {
      if (row.empty() || row.front() != label) continue;
      found = true;
      EXPECT_FALSE(testing::grid_holding(ours, row).empty())
          << folder << "/" << producer << ": the row of " << label;
    }
    EXPECT_TRUE(found) << folder << ": the model has no row " << label;
  }
  EXPECT_TRUE(testing::judge_cell_spaces(model, ours).wrong.empty()) << folder << "/" << producer;
}

// held20 seed 2416, LibreOffice, t3 over pages 11 and 12: a table ruled above and under its
// header only, whose column borders are guesses between the columns' text. "€647 million" is
// cut "mill" at the foot of page 11 and "ion" atop page 12; the cell guessed 28 pt wide left
// room for the "i", the column's text (17 pt: where the next column's text starts, less the
// padding) did not. Read against the cell's guessed width, "ion" was a word of its own (once
// "€647 mill ion"); now the text edge is the column's, as for a break inside a page.
TEST(CutRowEvidence, AWordBrokenOverAPageInGuessedColumnsIsOneWord) {
  expect_rows("fixtures/cell-rows/word-broken-over-a-page-guessed-columns", "libreoffice", "t3",
              {"1999"});
}

// The second shape: the same pages re-printed by Ghostscript (the seed's options).
TEST(CutRowEvidence, GhostscriptReprintKeepsTheWordWhole) {
  expect_rows("fixtures/cell-rows/word-broken-over-a-page-guessed-columns", "gs-libreoffice",
              "t3", {"1999"});
}

// held20 seed 2419, WeasyPrint, t3 over pages 5 and 6: a Year column a digit wide. Row 1994's
// first line prints at the foot of page 5 but for its Year, which WeasyPrint moves whole to page
// 6; the blank it leaves was read as "1993" (a digit a line above it) spanning two rows, and
// "1994" atop page 6, a number that could not follow "3" on its line, as the rest of that
// number: "19931994" (once). "1993" ends a line above row 1994's first: its text ended there.
TEST(CutRowEvidence, AYearMovedUnderTheLabelAboveIsItsRows) {
  expect_rows("fixtures/cell-rows/year-moved-under-the-label-above", "weasyprint", "t3",
              {"1993", "1994"});
}

// The second shape: the same pages re-printed by Cairo.
TEST(CutRowEvidence, CairoReprintKeepsTheYearsApart) {
  expect_rows("fixtures/cell-rows/year-moved-under-the-label-above", "cairo-weasyprint", "t3",
              {"1993", "1994"});
}

// held20 seed 2434, XeLaTeX, t4 over pages 28 to 30: longtable breaks the Institut für
// Migrationsforschung's description into rows of sentences, two on page 29 (the second at the
// page's foot, blank under the name and type) and two atop page 30, blank there too. The second
// was left a row of its own, since a producer may move a row's name and type whole to the next
// page (paragraph_rows.h, step 3), and the rest overleaf, opening with a capital that would have
// fitted, a row again: three rows, the name spanning them (once). Page 30, blank where the row
// at page 29's foot is, settles it: that row is the row above's next paragraph, and page 30's
// rest carries the row on (stages/tables/cut_rows.cc, step 3d).
TEST(CutRowEvidence, ADescriptionsRowsAtAPageFootAreOneRow) {
  expect_rows("fixtures/cell-rows/description-rows-at-a-page-foot", "latex", "t4",
              {"Institut für Migrationsforschung (IMF-Ö)", "Danish Immigration Service (DIS)"});
}

// The class in a second note and layout: held18 seed 2204, XeLaTeX, t5 over pages 23 to 28, the
// Immigration and Refugee Board of Canada's description (once five rows).
TEST(CutRowEvidence, ADescriptionsRowsAtAPageFootAreOneRowSecondNote) {
  expect_rows("fixtures/cell-rows/description-rows-at-a-page-foot-2204", "latex", "t5",
              {"Immigration and Refugee Board of Canada (IRB)"});
}

}  // namespace
}  // namespace coi
