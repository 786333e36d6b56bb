// Labels that XeLaTeX's \multirow centres over rows, some of them wrapped onto two lines
// (fixtures/tex-centred-labels: a short generated note, fixtures/README.md), end to end against
// the model. \multirow centres a label over as many lines as it spans rows, so a wrapped row
// ("PRAHDA" / "Centre-1") moves the label off the symmetry of rows: onto the wrapped row's second
// line, between its two lines, or between its second line and the next row
// (stages/tables/centred_extent.h); and a full grid broken over pages under a label, printed
// below the grid (stages/tables/grid_escaped_label.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct TexCentredLabelsRender {
  static constexpr const char* kFolder = "fixtures/tex-centred-labels";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using TexCentredLabels = testing::FixtureRenderSuite<TexCentredLabelsRender>;

// The model's t1 and t2 (booktabs): every label spans its rows, whichever line of them it lies
// on, and each table comes out once, cell for cell on the expanded grid (a label's text at every
// row it spans).
TEST_F(TexCentredLabels, LabelsOverWrappedRowsSpanTheirRows) {
  for (const char* id : {"t1", "t2"}) {
    SCOPED_TRACE(id);
    const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, id);
    ASSERT_GT(want.size(), 20u);
    const std::vector<std::vector<std::string>> got = testing::grid_holding(*ours_, want[1]);
    ASSERT_EQ(got.size(), want.size());
    for (size_t r = 0; r < want.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  }
}

// The model's t3, a full grid that longtable breaks on page 6 under "CPH Centre-1", the first of
// "Normandie"'s three rows: the grid's bottom border is open under the label's column, and the
// label is printed below it (stages/tables/grid_escaped_label.h). The table comes out once, the
// label spanning its rows on both pages, cell for cell.
TEST_F(TexCentredLabels, AGridLabelPrintedBelowAPageBreakSpansItsRowsOnBothPages) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t3");
  ASSERT_GT(want.size(), 20u);
  const std::vector<std::vector<std::string>> got = testing::grid_holding(*ours_, want[1]);
  ASSERT_EQ(got.size(), want.size());
  for (size_t r = 0; r < want.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
}

}  // namespace
}  // namespace coi
