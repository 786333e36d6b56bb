// Table headers set in the body's weight, on fixtures/plain-headers: pages of generated notes
// re-rendered with their table headers plain, not bold. A template's header weight is a look,
// not a fact of the kind of document: the tables stage reads a header by its rule (a rule under
// it, none between the body rows under it) and a repeated header by its text, with bold at most
// as a second sign. Expected tables come from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// Pages 21 and 22 of seed 1538's LibreOffice rendering (fid-lead16-lo's model, re-rendered with
// plain headers: /work/fid-notes12-plain) and pages 19 and 20 of its WeasyPrint rendering (th
// set plain), t3: "Year" spanning two header rows, each year spanning its measures, all under a
// rule with none between the body rows. The header's rows were counted by weight alone when
// its empty cells right of "2019" were taken into it, so the plain header kept them empty and
// lost the years' spans (stages/tables/cell_text.h, step 5). The table is the model's, once,
// cell for cell on the expanded grid, with the model's header rows and spans.
void expect_header_spans(const std::string& producer) {
  SCOPED_TRACE(producer);
  constexpr const char* kFolder = "fixtures/plain-headers/two-row-header";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "segment");
  const std::vector<const Block*> want = testing::tables_of(model), got = testing::tables_of(ours);
  ASSERT_EQ(want.size(), 1u);
  ASSERT_FALSE(testing::spans_of(want.front()->table).empty());
  ASSERT_EQ(got.size(), want.size());
  EXPECT_EQ(got.front()->table.header_rows, want.front()->table.header_rows);
  EXPECT_EQ(testing::spans_of(got.front()->table), testing::spans_of(want.front()->table));
  EXPECT_EQ(testing::grid_texts(got.front()->table), testing::grid_texts(want.front()->table));
}

TEST(PlainHeaders, ARuleUnderAPlainHeaderKeepsItsSpansLibreOffice) {
  expect_header_spans("libreoffice");
}

TEST(PlainHeaders, ARuleUnderAPlainHeaderKeepsItsSpansWeasyPrint) {
  expect_header_spans("weasyprint");
}

// Pages 75 to 77 of seed 1419's LibreOffice rendering with plain headers (/work/fid-notes12-plain),
// t12's last rows: a table ruled above and below only, whose pages each open with the header
// LibreOffice repeats between its rules. Page 76 prints the header and then only the middle of a
// description cut by both page breaks. The plain header alone between its rules was taken for a
// one-row table, the rule under it for the bottom rule of page 76's part, and the blank cells
// beside the description for the header's cells run on: the table came out in two, the
// description's middle a paragraph and page 77's header a body row. The page's first lines that
// print the header's letters are its repeat, bold or not (stages/tables/unruled_pages.h). The
// table is the model's, once: its header, then the tail of the row page 74 began, then the
// model's rows cell for cell.
TEST(PlainHeaders, AHeaderRepeatedPlainIsToldByItsText) {
  constexpr const char* kFolder = "fixtures/plain-headers/repeated-header";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "libreoffice", "segment");
  const std::vector<const Block*> got = testing::tables_of(ours);
  ASSERT_EQ(got.size(), 1u);
  const auto want = testing::table_grid(model, "t12");
  const auto grid = testing::grid_texts(got.front()->table);
  const size_t header = static_cast<size_t>(testing::tables_of(model).front()->table.header_rows);
  ASSERT_GT(want.size(), header + 1);
  ASSERT_EQ(grid.size(), want.size());
  for (size_t r = 0; r < header; ++r) EXPECT_EQ(grid[r], want[r]);
  // The row begun on page 74: only its description's tail is on these pages.
  const std::string& tail = grid[header].back();
  const std::string& whole = want[header].back();
  ASSERT_FALSE(tail.empty());
  EXPECT_EQ(whole.substr(whole.size() - std::min(whole.size(), tail.size())), tail);
  for (size_t r = header + 1; r < want.size(); ++r) EXPECT_EQ(grid[r], want[r]);
}

}  // namespace
}  // namespace coi
