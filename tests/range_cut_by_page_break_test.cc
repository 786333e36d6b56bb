// A table row that a page break cuts inside a range ("(2019–" / "2024).", "32%-" / "21%"): the
// range's first part ends the row's cell at the foot of one page and its second opens the
// continuation at the top of the next. Both parts are numbers, which once read as two values
// and left the row cut in two (stages/tables/cut_rows.cc, step 2: a number ending open at its
// dash runs on). Each folder is the model of a generated note and pages of its rendering
// (fixtures/README.md, "One note per failure class"); the expected rows come from the model.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

using Grid = std::vector<std::vector<std::string>>;

// The model's row (on the expanded grid of table `id`) one of whose cells holds `text`.
std::vector<std::string> model_row_holding(const Doc& model, const std::string& id,
                                           const std::string& text) {
  for (const std::vector<std::string>& row : testing::table_grid(model, id)) {
    for (const std::string& cell : row) {
      if (cell.find(text) != std::string::npos) return row;
    }
  }
  return {};
}

// WeasyPrint (seed 106, pages 61-64): a full grid whose description cell breaks after
// "(2019–"; its rest, "2024). The Constitutional Council ...", fills the next page. The cut row
// comes out whole, and every row above it is the model's (the row after it goes on over page 65,
// which the fixture does not hold).
TEST(RangeCutByPageBreak, WeasyPrintTextCellBrokenAfterARangesDashIsOneRow) {
  constexpr const char* kFolder = "fixtures/generated-classes/range-cut-by-page-break";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "weasyprint", "");
  const std::vector<std::string> cut = model_row_holding(model, "t17", "(2019–2024)");
  ASSERT_FALSE(cut.empty());
  const Grid want = testing::table_grid(model, "t17");
  const Grid got = testing::grid_holding(ours, cut);
  ASSERT_FALSE(got.empty()) << "the cut row is not one row of any table";
  const size_t through = static_cast<size_t>(std::find(want.begin(), want.end(), cut) - want.begin());
  ASSERT_LT(through, got.size());
  for (size_t r = 0; r <= through; ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
}

// LibreOffice (seed 129, the whole note of generated-classes/lost-note), rows allowed to break:
// a row of figures cut after "32%-", its "21%" and the rest of its cells on the next page,
// comes out as the model's row.
TEST(RangeCutByPageBreak, LibreOfficeFigureRowBrokenAfterARangesDashIsOneRow) {
  constexpr const char* kFolder = "fixtures/generated-classes/lost-note";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "libreoffice", "");
  const std::vector<std::string> cut = model_row_holding(model, "t13", "32%-21%");
  ASSERT_FALSE(cut.empty());
  EXPECT_FALSE(testing::grid_holding(ours, cut).empty()) << "the cut row is not one row of any table";
}

}  // namespace
}  // namespace coi
