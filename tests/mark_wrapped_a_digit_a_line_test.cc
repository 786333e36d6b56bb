// A footnote mark wrapped a digit a line in a table column a character wide, with a line left
// empty between the year's last digit and the mark (stages/tables/mark_cells.cc, Step 3,
// `wrapped_mark_max_gap`): LibreOffice prints "2" / "0" / "0" / "0" / "" / "4" / "3" / "7" for
// 2000 and mark 437, the mark's digits at 6.4 pt. The mark's pieces lay more than a line under
// the last digit, were not read as a mark and ran on into the year ("2000437", "2022190").
//
// Each folder holds the model of the table named in fixtures/README.md and pages of one note's
// rendering: the year must be printed exactly, its mark linked, and no cell of the table may be
// a model cell with a space added or lost.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// True when a cell of `doc`'s tables reads `text` and carries a footnote ref to `mark`.
bool cell_with_mark(const Doc& doc, const std::string& text, int mark) {
  for (const Block* table : testing::tables_of(doc)) {
    for (const auto& row : table->table.rows) {
      for (const Cell& cell : row) {
        if (testing::squash_spaces(plain_text(cell.inlines)) != text) continue;
        for (const Inline& run : cell.inlines) {
          if (run.kind == InlineKind::kFootnoteRef && run.footnote == mark) return true;
        }
      }
    }
  }
  return false;
}

void expect_year_and_mark(const std::string& folder, const std::string& producer,
                          const std::string& year, int mark) {
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, producer, "");
  EXPECT_TRUE(cell_with_mark(model, year, mark)) << folder << ": the model's cell";
  EXPECT_TRUE(cell_with_mark(ours, year, mark)) << folder << "/" << producer;
  EXPECT_TRUE(testing::judge_cell_spaces(model, ours).wrong.empty()) << folder;
}

// LibreOffice, held17 seed 2124, t19 over pages 81 and 82: "2" / "0" on page 81, "0" / "0",
// an empty line and "4" / "3" / "7" on page 82.
TEST(MarkWrappedADigitALine, LibreOfficeYearOverAPageBreakKeepsItsMark) {
  expect_year_and_mark("fixtures/cell-rows/mark-wrapped-a-digit-a-line-libreoffice",
                       "libreoffice", "2000", 437);
}

// The second shape: held17 seed 2125, t14 on page 42, LibreOffice's PDF re-printed by
// Ghostscript ("2" / "0" / "2" / "2", an empty line, "19" / "0"), and LibreOffice's own.
TEST(MarkWrappedADigitALine, GhostscriptReprintKeepsTheMark) {
  expect_year_and_mark("fixtures/cell-rows/mark-wrapped-a-digit-a-line-gs-2125", "gs-libreoffice",
                       "2022", 190);
}

TEST(MarkWrappedADigitALine, LibreOfficeYearKeepsItsMark) {
  expect_year_and_mark("fixtures/cell-rows/mark-wrapped-a-digit-a-line-gs-2125", "libreoffice",
                       "2022", 190);
}

}  // namespace
}  // namespace coi
