// Two-row table headers whose spanning first cell is taller than the first row, on
// fixtures/interleaved-headers: a short generated note of statistics tables ("Year" spanning both
// header rows, each year spanning its three measures) over ten columns, so that the Year column
// is too narrow for "Year". LibreOffice prints it a letter a line ("Y" / "e" / "a" / "r"), and
// the second header row's cells, set one padding below the first row's, print their lines half a
// line below each letter: the lines of the two rows alternate, each between two lines of another
// cell as a label centred between rows (LaTeX's \multirow) is. They were read as such labels, and
// the two header rows as one ("2019 Decisions"), the years' spans lost. WeasyPrint prints the same
// header with the lines of both rows close enough to read as one ("e Deci‐ De‐").
// Expected tables come from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/interleaved-headers";

// Every table of the model is found once, with its two header rows on the expanded grid and the
// spans of its header cells ("Year" over both rows, each year over its measures).
void expect_headers_whole(const std::string& producer) {
  SCOPED_TRACE(producer);
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "segment");
  const std::vector<const Block*> want = testing::tables_of(model), got = testing::tables_of(ours);
  ASSERT_FALSE(want.empty());
  ASSERT_EQ(got.size(), want.size());
  for (size_t t = 0; t < want.size(); ++t) {
    SCOPED_TRACE(want[t]->id);
    const auto want_grid = testing::grid_texts(want[t]->table);
    const auto got_grid = testing::grid_texts(got[t]->table);
    const size_t header = static_cast<size_t>(want[t]->table.header_rows);
    ASSERT_GE(got_grid.size(), header);
    EXPECT_EQ(got[t]->table.header_rows, want[t]->table.header_rows);
    for (size_t r = 0; r < header; ++r) EXPECT_EQ(got_grid[r], want_grid[r]);
    EXPECT_EQ(testing::spans_of(got[t]->table), testing::spans_of(want[t]->table));
  }
}

TEST(InterleavedHeaders, LibreOfficeLinesOfATallSpanningCellBetweenTheSecondRowsAreNoLabels) {
  expect_headers_whole("libreoffice");
}

TEST(InterleavedHeaders, WeasyPrintTallSpanningCellOverTwoHeaderRows) {
  expect_headers_whole("weasyprint");
}

}  // namespace
}  // namespace coi
