// Tables over page breaks: one logical table, repeated header dropped, cut row merged.
#include <gtest/gtest.h>

#include <algorithm>

#include "stages/tables/table_join.h"
#include "stages/tables/tables.h"
#include "tests/support/doc_builder.h"
#include "tests/support/ruled_table.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::PageBuilder;
using testing::cell_style;

const std::vector<double> kColumns = {72, 250, 500};

// Page 1: text, then a table (header + `rows` body rows) down to y=700, then footnotes and a
// footer. Returns the page builder so a test can add a cut row.
// Row `label_row` (1-based, 0 for none) is a label row: its Service cell is empty.
PageBuilder& first_page(DocBuilder& b, int rows, int label_row = 0) {
  PageBuilder& p = b.page();
  p.line("9.1.3 The table below shows it:", 72, 80, cell_style(false));
  std::vector<double> ys = {100};
  for (int r = 0; r <= rows; ++r) ys.push_back(ys.back() + 20);
  testing::draw_grid(p, kColumns, ys);
  p.line("NGO", 75, 104, cell_style(true)).line("Service", 253, 104, cell_style(true));
  for (int r = 1; r <= rows; ++r) {
    p.line("Name" + std::to_string(r), 75, 100 + 20 * r + 4, cell_style(false));
    if (r != label_row) p.line("Help" + std::to_string(r), 253, 100 + 20 * r + 4, cell_style(false));
  }
  p.line("12 A footnote", 72, 760, 8).rule(72, 755, 200, 755);
  p.line("Page 1 of 2", 260, 800, 9);
  p.make_lines(/*footnote_top=*/750);
  p.page().lines.back().role = LineRole::kFooter;
  return p;
}

// Page 2: the repeated header, then `first_cell`/`second_cell` rows, then text.
void second_page(DocBuilder& b, const std::vector<std::pair<std::string, std::string>>& rows,
                 bool repeat_header, double x_shift = 0) {
  PageBuilder& p = b.page();
  std::vector<double> xs = kColumns;
  for (double& x : xs) x += x_shift;
  double y = 72;
  std::vector<double> ys = {y};
  if (repeat_header) {
    p.line("NGO", xs[0] + 3, y + 4, cell_style(true)).line("Service", xs[1] + 3, y + 4, cell_style(true));
    ys.push_back(y += 20);
  }
  for (const auto& [first, second] : rows) {
    if (!first.empty()) p.line(first, xs[0] + 3, y + 4, cell_style(false));
    if (!second.empty()) p.line(second, xs[1] + 3, y + 4, cell_style(false));
    ys.push_back(y += 20);
  }
  testing::draw_grid(p, xs, ys);
  p.line("9.1.4 The next paragraph.", 72, y + 30, cell_style(false));
  p.make_lines();
}

std::string text(const Cell& cell) { return plain_text(cell.inlines); }

Doc run(const Doc& doc) {
  Diagnostics diag;
  Result<Doc> result = run_tables(doc, TablesConfig{}, diag);
  EXPECT_TRUE(result.is_ok());
  return std::move(result).value();
}

TEST(TablesJoinTest, RepeatedHeaderIsDroppedAndTheFragmentsAreOneTable) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"Name30", "Help30"}, {"Name31", "Help31"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 32u);
  EXPECT_EQ(text(t.rows[30][0]), "Name30");
  EXPECT_FALSE(t.rows[30][0].header);
  ASSERT_EQ(doc.blocks[0].where.size(), 2u);
  EXPECT_EQ(doc.blocks[0].where[1].page, 2);
  // Every table line on both pages is claimed; the paragraph after it is not.
  EXPECT_EQ(doc.pages[1].lines[0].role, LineRole::kTable);
  EXPECT_EQ(doc.pages[1].lines.back().role, LineRole::kBody);
}

TEST(TablesJoinTest, RowCutByThePageBreakIsMergedBack) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"", "and more help"}, {"Name30", "Help30"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 31u);
  EXPECT_EQ(text(t.rows[29][0]), "Name29");
  EXPECT_EQ(text(t.rows[29][1]), "Help29 and more help");
  ASSERT_EQ(t.rows[29][1].where.size(), 2u);
  EXPECT_EQ(t.rows[29][1].where[1].page, 2);
  EXPECT_EQ(text(t.rows[30][0]), "Name30");
}

TEST(TablesJoinTest, CutRowWithTextInItsFirstCellIsMergedToo) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"(continued)", ""}, {"Name30", "Help30"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 31u);
  EXPECT_EQ(text(t.rows[29][0]), "Name29 (continued)");
  EXPECT_EQ(text(t.rows[29][1]), "Help29");
}

// Word's "Allow row to break across pages": every cell of the cut row carries on over the break.
TEST(TablesJoinTest, ARowCutWithTextLeftInEveryCellIsMerged) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"and partners", "and more help"}, {"Name30", "Help30"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 31u);
  EXPECT_EQ(text(t.rows[29][0]), "Name29 and partners");
  EXPECT_EQ(text(t.rows[29][1]), "Help29 and more help");
  EXPECT_EQ(text(t.rows[30][0]), "Name30");
}

// "2021" would have fitted after "Help29": the line did not wrap, so the row is fresh, although
// it leaves empty a cell the row above fills (which alone would read as a cut row).
TEST(TablesJoinTest, TextThatWouldHaveFittedOnTheLineAboveStartsAFreshRow) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"", "2021"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].table.rows.size(), 31u);
}

TEST(TablesJoinTest, AFullRowAtTheTopOfTheNextPageIsNotMerged) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"Name30", "Help30"}}, /*repeat_header=*/true);
  TablesConfig config;
  Diagnostics diag;
  Doc doc = run_tables(b.build(), config, diag).value();
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(text(doc.blocks[0].table.rows[29][1]), "Help29");
  EXPECT_EQ(text(doc.blocks[0].table.rows[30][1]), "Help30");
}

TEST(TablesJoinTest, ContinuationWithoutRepeatedHeaderIsJoinedToo) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"Name30", "Help30"}}, /*repeat_header=*/false);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].table.rows.size(), 31u);
}

TEST(TablesJoinTest, DifferentColumnsMakeTwoTables) {
  DocBuilder b;
  first_page(b, 29);
  second_page(b, {{"Name30", "Help30"}}, /*repeat_header=*/true, /*x_shift=*/20);
  EXPECT_EQ(run(b.build()).blocks.size(), 2u);
}

TEST(TablesJoinTest, TextAfterTheFirstFragmentMakesTwoTables) {
  DocBuilder b;
  PageBuilder& p = first_page(b, 5);
  p.line("A paragraph after the table.", 72, 300, cell_style(false));
  p.make_lines(750);
  second_page(b, {{"Name30", "Help30"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].id, "t1");
  EXPECT_EQ(doc.blocks[1].id, "t2");
  EXPECT_EQ(doc.blocks[1].table.rows.size(), 2u);
}

TEST(TablesJoinTest, TextBeforeTheSecondFragmentMakesTwoTables) {
  DocBuilder b;
  first_page(b, 29);
  PageBuilder& p = b.page();
  p.line("A new paragraph.", 72, 60, cell_style(false));
  testing::draw_grid(p, kColumns, {80, 100, 120});
  p.line("NGO", 75, 84, cell_style(true)).line("Service", 253, 84, cell_style(true));
  p.line("X", 75, 104, cell_style(false)).line("Y", 253, 104, cell_style(false));
  p.make_lines();
  EXPECT_EQ(run(b.build()).blocks.size(), 2u);
}

TEST(TablesJoinTest, ANewHeaderOnTheNextPageStartsANewTable) {
  DocBuilder b;
  first_page(b, 29);
  PageBuilder& p = b.page();
  testing::draw_grid(p, kColumns, {72, 92, 112});
  p.line("Country", 75, 76, cell_style(true)).line("Number", 253, 76, cell_style(true));
  p.line("Morocco", 75, 96, cell_style(false)).line("180", 253, 96, cell_style(false));
  p.make_lines();
  EXPECT_EQ(run(b.build()).blocks.size(), 2u);
}

// A header whose words fill two ruled rows on one page: "NGO" over an empty cell, then an
// empty cell beside "Service" (as a reading that takes a wrapped header line for a row of its
// own leaves it), and its body rows "Name<r>" | "Help<r>" from `first` to `last`.
void page_with_header_in_two_rows(DocBuilder& b, int first, int last) {
  PageBuilder& p = b.page();
  std::vector<double> ys = {72, 92, 112};
  p.line("NGO", 75, 76, cell_style(true)).line("Service", 253, 96, cell_style(true));
  for (int r = first; r <= last; ++r) {
    p.line("Name" + std::to_string(r), 75, ys.back() + 4, cell_style(false));
    p.line("Help" + std::to_string(r), 253, ys.back() + 4, cell_style(false));
    ys.push_back(ys.back() + 20);
  }
  testing::draw_grid(p, kColumns, ys);
  p.make_lines();
}

// Step 1 (e): the continuation prints the header's words in two rows, not one: the same header,
// dropped, and the table keeps its own reading in one row.
TEST(TablesJoinTest, AHeaderReadIntoMoreRowsOnTheNextPageIsTheSameHeader) {
  DocBuilder b;
  first_page(b, 29);
  page_with_header_in_two_rows(b, 30, 31);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 32u);
  EXPECT_EQ(text(t.rows[0][0]), "NGO");
  EXPECT_EQ(text(t.rows[0][1]), "Service");
  EXPECT_EQ(text(t.rows[30][0]), "Name30");
  EXPECT_EQ(text(t.rows[31][1]), "Help31");
}

// Step 2c: the other way round, the table's first page reads the header into two rows and the
// next page into one: the table takes the reading in fewer rows.
TEST(TablesJoinTest, AHeaderReadIntoFewerRowsOnTheNextPageReplacesTheTablesReading) {
  DocBuilder b;
  page_with_header_in_two_rows(b, 1, 1);
  second_page(b, {{"Name2", "Help2"}, {"Name3", "Help3"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(text(t.rows[0][0]), "NGO");
  EXPECT_EQ(text(t.rows[0][1]), "Service");
  EXPECT_TRUE(t.rows[0][0].header);
  EXPECT_EQ(text(t.rows[1][0]), "Name1");
  EXPECT_FALSE(t.rows[1][0].header);
  EXPECT_EQ(text(t.rows[3][1]), "Help3");
}

// Step 2: a header of two bold rows alone at the foot of page 1 (its weight tells nothing with
// no body row under it, so the fragment counts no header rows), repeated atop page 2 over the
// body: both repeated rows are dropped, and they are the table's header.
TEST(TablesJoinTest, AHeaderOfTwoRowsAloneAtAPagesFootIsDroppedWholeWhereItRepeats) {
  DocBuilder b;
  auto header = [](PageBuilder& p, double y) {
    p.line("NGO", 75, y + 4, cell_style(true)).line("Service", 253, y + 4, cell_style(true));
    p.line("Kind", 75, y + 24, cell_style(true)).line("Help type", 253, y + 24, cell_style(true));
  };
  PageBuilder& first = b.page();
  first.line("9.1.3 The table below shows it:", 72, 640, cell_style(false));
  header(first, 660);
  testing::draw_grid(first, kColumns, {660, 680, 700});
  first.line("12 A footnote", 72, 760, 8).rule(72, 755, 200, 755);
  first.make_lines(/*footnote_top=*/750);
  PageBuilder& second = b.page();
  header(second, 72);
  second.line("Name1", 75, 116, cell_style(false)).line("Help1", 253, 116, cell_style(false));
  second.line("Name2", 75, 136, cell_style(false)).line("Help2", 253, 136, cell_style(false));
  testing::draw_grid(second, kColumns, {72, 92, 112, 132, 152});
  second.line("9.1.4 The next paragraph.", 72, 180, cell_style(false));
  second.make_lines();
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  EXPECT_EQ(t.header_rows, 2);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(text(t.rows[1][1]), "Help type");
  EXPECT_EQ(text(t.rows[2][0]), "Name1");
  EXPECT_EQ(text(t.rows[3][1]), "Help2");
}

// Step 1 (e): other words are another header.
TEST(TablesJoinTest, AHeaderOfOtherWordsInTwoRowsStartsANewTable) {
  DocBuilder b;
  first_page(b, 29);
  PageBuilder& p = b.page();
  testing::draw_grid(p, kColumns, {72, 92, 112, 132});
  p.line("NGO", 75, 76, cell_style(true)).line("Services", 253, 96, cell_style(true));
  p.line("Name30", 75, 116, cell_style(false)).line("Help30", 253, 116, cell_style(false));
  p.make_lines();
  EXPECT_EQ(run(b.build()).blocks.size(), 2u);
}

TEST(TablesJoinTest, FragmentsTwoPagesApartAreNotJoined) {
  DocBuilder b;
  first_page(b, 29);
  b.page().make_lines();
  second_page(b, {{"Name30", "Help30"}}, /*repeat_header=*/true);
  EXPECT_EQ(run(b.build()).blocks.size(), 2u);
}

TEST(TablesJoinTest, ARowShapedLikeALabelRowOfTheTableIsNotMerged) {
  DocBuilder b;
  first_page(b, 29, /*label_row=*/3);
  second_page(b, {{"Age:", ""}, {"Name30", "Help30"}}, /*repeat_header=*/true);
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 32u);
  EXPECT_EQ(text(t.rows[29][0]), "Name29");
  EXPECT_EQ(text(t.rows[30][0]), "Age:");
}

// Draws a three-column grid whose first column has no border at the row borders `joined` (the
// rows a first-column cell spans), as Word draws a vertically merged cell.
void draw_spanned_grid(PageBuilder& p, const std::vector<double>& xs, const std::vector<double>& ys,
                       const std::vector<size_t>& joined) {
  for (size_t r = 0; r < ys.size(); ++r) {
    const bool inside_span = std::find(joined.begin(), joined.end(), r) != joined.end();
    p.rule(inside_span ? xs[1] : xs[0], ys[r], xs.back(), ys[r]);
  }
  for (double x : xs) p.rule(x, ys.front(), x, ys.back());
}

TEST(TablesJoinTest, CutRowUnderARowspanLengthensTheSpanAndKeepsItsText) {
  const std::vector<double> xs = {72, 200, 350, 500};
  DocBuilder b;
  PageBuilder& p1 = b.page();
  p1.line("9.1.3 The table below shows it:", 72, 80, cell_style(false));
  draw_spanned_grid(p1, xs, {100, 120, 140, 160}, /*joined=*/{2});
  p1.line("Type", 75, 104, cell_style(true)).line("Offence", 203, 104, cell_style(true));
  p1.line("Penalty", 353, 104, cell_style(true));
  p1.line("Sexual", 75, 124, cell_style(false)).line("Pimping", 203, 124, cell_style(false));
  p1.line("7 years", 353, 124, cell_style(false));
  p1.line("In a gang", 203, 144, cell_style(false)).line("20 years and", 353, 144, cell_style(false));
  p1.line("12 A footnote", 72, 760, 8).rule(72, 755, 200, 755);
  p1.make_lines(/*footnote_top=*/750);
  PageBuilder& p2 = b.page();
  draw_spanned_grid(p2, xs, {72, 92, 112, 132, 152}, /*joined=*/{2});
  p2.line("Type", 75, 76, cell_style(true)).line("Offence", 203, 76, cell_style(true));
  p2.line("Penalty", 353, 76, cell_style(true));
  p2.line("a fine", 353, 96, cell_style(false));
  p2.line("With torture", 203, 116, cell_style(false)).line("Life", 353, 116, cell_style(false));
  p2.line("Begging", 75, 136, cell_style(false)).line("Begging", 203, 136, cell_style(false));
  p2.line("13 years", 353, 136, cell_style(false));
  p2.make_lines();
  Doc doc = run(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(text(t.rows[2][1]), "20 years and a fine");
  EXPECT_EQ(text(t.rows[1][0]), "Sexual");
  EXPECT_EQ(t.rows[1][0].rowspan, 3);
  ASSERT_EQ(t.rows[3].size(), 2u);
  EXPECT_EQ(text(t.rows[3][0]), "With torture");
  EXPECT_EQ(text(t.rows[4][0]), "Begging");
}


// Two pages of a table read from its text (no vertical rules), its columns' text starting at the
// same x on both, but a border pushed right of an overflowing word on one: one table. Tables
// whose columns start elsewhere stay two, and a border moved with no text starts to say
// otherwise (a grid's rules) parts them.
TEST(TablesJoinTest, ColumnsStartingAtTheSameXContinueThoughABorderMoved) {
  Doc doc;
  doc.pages.resize(2);
  tables::Fragment prev, next;
  prev.page = 1, next.page = 2;
  prev.xs = {72, 150, 300}, next.xs = {72, 156, 300};
  prev.starts = {75, 160}, next.starts = {75, 160};
  const TablesConfig config;
  EXPECT_TRUE(tables::continues(doc, prev, next, config));
  next.starts = {75, 170};
  EXPECT_FALSE(tables::continues(doc, prev, next, config));
  prev.starts.clear(), next.starts.clear();
  EXPECT_FALSE(tables::continues(doc, prev, next, config));
}

}  // namespace
}  // namespace coi
