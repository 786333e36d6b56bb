// Tables ruled with horizontal lines only, on hand-built pages: rows from the text, header from the
// rule under it or from its weight, pages joined, prose and paragraphs between rules left alone.
#include <gtest/gtest.h>

#include <optional>

#include "stages/tables/tables.h"
#include "tests/support/doc_builder.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::PageBuilder;
using testing::cell_style;

// A rule across the table's width (66..366: text starts 6 pt inside, as cell padding puts it).
void hrule(PageBuilder& p, double y) { p.rule(66, y, 366, y + 0.5); }

// One row of three cells at x 72, 160 and 240.
void row3(PageBuilder& p, double top, const std::string& a, const std::string& b,
          const std::string& c, bool bold = false) {
  if (!a.empty()) p.line(a, 72, top, cell_style(bold));
  if (!b.empty()) p.line(b, 160, top, cell_style(bold));
  if (!c.empty()) p.line(c, 240, top, cell_style(bold));
}

Doc run(const Doc& doc, const TablesConfig& config = {}) {
  Diagnostics diag;
  Result<Doc> result = run_tables(doc, config, diag);
  EXPECT_TRUE(result.is_ok()) << result.status().to_string();
  return std::move(result).value();
}

// The one table that page `p` of `b` makes, its lines made first; none (and a failure) when the
// page makes none or several.
std::optional<Table> only_table(DocBuilder& b, PageBuilder& p) {
  p.make_lines();
  const Doc doc = run(b.build());
  const std::vector<const Block*> tables = testing::tables_of(doc);
  EXPECT_EQ(tables.size(), 1u);
  if (tables.size() != 1) return std::nullopt;
  return tables[0]->table;
}

std::string text(const Cell& cell) { return plain_text(cell.inlines); }

// Booktabs: a top rule, a rule under a header that is not bold, a bottom rule, nothing between
// the body rows; a cell's second line carries on its row.
TEST(TablesHRulesTest, BooktabsTableHasItsHeaderFromTheRuleAndRowsFromTheText) {
  DocBuilder b;
  PageBuilder& p = b.page();
  p.line("A paragraph of ordinary prose that introduces the table below it.", 72, 70, cell_style(false));
  hrule(p, 96);
  row3(p, 100, "Year", "Claims", "Outcome");
  hrule(p, 114);
  row3(p, 118, "2021", "68,403", "Most claims were refused");
  p.line("after appeal", 240, 130, cell_style(false));
  row3(p, 142, "2022", "67,142", "Granted");
  hrule(p, 156);
  p.line("A paragraph of ordinary prose that follows the table on the page.", 72, 170, cell_style(false));
  p.make_lines();
  const Doc doc = run(b.build());
  const std::vector<const Block*> tables = testing::tables_of(doc);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0]->table;
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(text(t.rows[0][2]), "Outcome");
  EXPECT_EQ(text(t.rows[1][2]), "Most claims were refused after appeal");
  EXPECT_EQ(text(t.rows[2][0]), "2022");
  EXPECT_EQ(text(t.rows[2][2]), "Granted");
  const std::vector<Line>& lines = doc.pages[0].lines;
  EXPECT_EQ(lines.front().role, LineRole::kBody);
  EXPECT_EQ(lines.back().role, LineRole::kBody);
  for (size_t i = 1; i + 1 < lines.size(); ++i) EXPECT_EQ(lines[i].role, LineRole::kTable) << i;
}

// Word's plain styles rule every row: the rules say nothing of the header, its weight does.
TEST(TablesHRulesTest, RulesBetweenEveryRowLeaveTheHeaderToTheBoldRow) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  p.line("Acronym", 72, 100, cell_style(true)).line("Meaning", 160, 100, cell_style(true));
  hrule(p, 114);
  p.line("AIDA", 72, 118, cell_style(false)).line("Asylum Information Database", 160, 118, cell_style(false));
  hrule(p, 132);
  p.line("CNDA", 72, 136, cell_style(false)).line("National Court of Asylum", 160, 136, cell_style(false));
  hrule(p, 150);
  const std::optional<Table> table = only_table(b, p);
  ASSERT_TRUE(table);
  const Table& t = *table;
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(text(t.rows[1][1]), "Asylum Information Database");
  EXPECT_EQ(text(t.rows[2][0]), "CNDA");
}

// Without a header rule and without bold, every row is body. A blank first cell continues the
// cell above it (step 4c); a blank last cell is an empty cell.
TEST(TablesHRulesTest, RowsOfShortCellsAreRowsEachAndNoHeaderIsInvented) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  row3(p, 100, "Paris", "1,200", "45%");
  row3(p, 114, "Lyon", "800", "");
  row3(p, 128, "", "600", "30%");
  hrule(p, 142);
  const std::optional<Table> table = only_table(b, p);
  ASSERT_TRUE(table);
  const Table& t = *table;
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.header_rows, 0);
  EXPECT_EQ(text(t.rows[1][2]), "");
  EXPECT_EQ(t.rows[1][0].rowspan, 2);
  ASSERT_EQ(t.rows[2].size(), 2u);
  EXPECT_EQ(text(t.rows[2][0]), "600");
}

// Cells set top-aligned over the rows they span, no rule under them: a row's blank leading cells
// continue the cells above them; a blank inside a row is an empty cell, and no body row's blank
// continues a header cell above the header's rule.
TEST(TablesHRulesTest, BlankLeadingCellsContinueTheCellAbove) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  row3(p, 100, "Region", "Facility", "Places", true);
  hrule(p, 114);
  row3(p, 118, "", "CPH Sud", "720");
  row3(p, 132, "Corse", "PRAHDA Nord", "601");
  row3(p, 146, "", "CADA Centre", "161");
  row3(p, 160, "", "HUDA Ouest", "26");
  row3(p, 174, "Bretagne", "", "12");
  hrule(p, 188);
  const std::optional<Table> table = only_table(b, p);
  ASSERT_TRUE(table);
  EXPECT_EQ(testing::grid_texts(*table),
            (std::vector<std::vector<std::string>>{{"Region", "Facility", "Places"},
                                                   {"", "CPH Sud", "720"},
                                                   {"Corse", "PRAHDA Nord", "601"},
                                                   {"Corse", "CADA Centre", "161"},
                                                   {"Corse", "HUDA Ouest", "26"},
                                                   {"Bretagne", "", "12"}}));
  EXPECT_EQ(table->rows[2][0].rowspan, 3);
}

// LaTeX's \multirow centres a label over its rows: between two rows' lines for two rows (step
// 4b), on the middle row's line for three. A column seen centring one label centres all: the
// label on a line takes as many blanks above it as below.
TEST(TablesHRulesTest, LabelsCentredOverTheirRowsSpanThem) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  row3(p, 100, "Region", "Facility", "Places", true);
  hrule(p, 114);
  row3(p, 118, "", "CPH Sud", "720");
  p.line("Corse", 72, 125, cell_style(false));
  row3(p, 132, "", "PRAHDA", "601");
  row3(p, 146, "", "CADA", "161");
  row3(p, 160, "Bretagne", "HUDA", "26");
  row3(p, 174, "", "CAES", "12");
  row3(p, 188, "Occitanie", "CPH Nord", "9");
  hrule(p, 202);
  const std::optional<Table> table = only_table(b, p);
  ASSERT_TRUE(table);
  EXPECT_EQ(testing::grid_texts(*table),
            (std::vector<std::vector<std::string>>{{"Region", "Facility", "Places"},
                                                   {"Corse", "CPH Sud", "720"},
                                                   {"Corse", "PRAHDA", "601"},
                                                   {"Bretagne", "CADA", "161"},
                                                   {"Bretagne", "HUDA", "26"},
                                                   {"Bretagne", "CAES", "12"},
                                                   {"Occitanie", "CPH Nord", "9"}}));
}

// A header word overflowing its narrow column up to or over the next column's text is one word
// to Poppler ("DisproportionatelyUnaccompanied"): it is cut where the next column's text starts
// on the other lines, and each part heads its own column.
TEST(TablesHRulesTest, AWordGluedAcrossAColumnBorderIsCutWhereTheColumnStarts) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  p.line("Year", 72, 100, cell_style(true));
  p.glued("Disproportionately", 160, "Unaccompanied", 240, 100, cell_style(true));
  hrule(p, 114);
  row3(p, 118, "2021", "68,403", "Granted");
  row3(p, 132, "2022", "67,142", "Refused");
  row3(p, 146, "2023", "70,310", "Pending");
  hrule(p, 160);
  const std::optional<Table> table = only_table(b, p);
  ASSERT_TRUE(table);
  EXPECT_EQ(testing::grid_texts(*table),
            (std::vector<std::vector<std::string>>{{"Year", "Disproportionately", "Unaccompanied"},
                                                   {"2021", "68,403", "Granted"},
                                                   {"2022", "67,142", "Refused"},
                                                   {"2023", "70,310", "Pending"}}));
}

// A column too narrow for every one of its cells ("1990" in a Year column set in LaTeX's p
// columns): each overflows into the padding and leaves less than a column gap, but more than a
// space, before the next column's text, which starts at one x on every line.
TEST(TablesHRulesTest, AColumnEveryCellOverflowsStillEndsWhereTheNextStarts) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  p.line("Year", 72, 100, cell_style(true)).line("Claims", 97.5, 100, cell_style(true));
  p.line("Outcome", 160, 100, cell_style(true));
  hrule(p, 114);
  for (int r = 0; r < 4; ++r) {
    const double top = 118 + 14 * r;
    p.line(std::to_string(1990 + r), 72, top, cell_style(false));  // 20 pt wide: ends at 92
    p.line(std::to_string(610 + r), 97.5, top, cell_style(false));  // 5.5 pt on: 0.55 em
    p.line("Granted", 160, top, cell_style(false));
  }
  hrule(p, 174);
  const std::optional<Table> table = only_table(b, p);
  ASSERT_TRUE(table);
  const std::vector<std::vector<std::string>> grid = testing::grid_texts(*table);
  ASSERT_EQ(grid.size(), 5u);
  EXPECT_EQ(grid[0], (std::vector<std::string>{"Year", "Claims", "Outcome"}));
  EXPECT_EQ(grid[1], (std::vector<std::string>{"1990", "610", "Granted"}));
  EXPECT_EQ(grid[4], (std::vector<std::string>{"1993", "613", "Granted"}));
}

// A cell whose whole text is "-" (a missing value) did not wrap at a hyphen: the next line's
// "3,587,427" would have fitted after it, so that line starts a row of its own.
TEST(TablesHRulesTest, ALoneDashIsAMissingValueNotAWordWrappedAtItsHyphen) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  row3(p, 100, "Sector", "Claims", "Outcome", true);
  hrule(p, 114);
  row3(p, 118, "Employment", "-", "Most claims were refused");
  row3(p, 132, "Healthcare", "3,587,427", "Granted after appeal");
  row3(p, 146, "Education", "12", "Pending");
  hrule(p, 160);
  const std::optional<Table> table = only_table(b, p);
  ASSERT_TRUE(table);
  EXPECT_EQ(testing::grid_texts(*table),
            (std::vector<std::vector<std::string>>{{"Sector", "Claims", "Outcome"},
                                                   {"Employment", "-", "Most claims were refused"},
                                                   {"Healthcare", "3,587,427", "Granted after appeal"},
                                                   {"Education", "12", "Pending"}}));
}

TEST(TablesHRulesTest, BlankLeadingCellsStayEmptyWhenTurnedOff) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  row3(p, 100, "Corse", "PRAHDA Nord", "601");
  row3(p, 114, "", "CADA Centre", "161");
  hrule(p, 128);
  p.make_lines();
  TablesConfig config;
  config.hrules.leading_blank_spans = false;
  const Doc doc = run(b.build(), config);
  const std::vector<const Block*> tables = testing::tables_of(doc);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(testing::grid_texts(tables[0]->table)[1][0], "");
}

// LibreOffice draws the top rule on the first row and the bottom rule on the last: the first
// page's part is open at the bottom, the second repeats the header. One table.
TEST(TablesHRulesTest, ATableBrokenOverAPageIsOneTable) {
  DocBuilder b;
  PageBuilder& p1 = b.page();
  p1.line("A paragraph of ordinary prose that introduces the table below it.", 72, 70, cell_style(false));
  hrule(p1, 96);
  row3(p1, 100, "Region", "Places", "Occupancy", true);
  hrule(p1, 114);
  row3(p1, 118, "Bretagne", "7,742", "69.6%");
  row3(p1, 132, "Occitanie", "134,628", "77.8%");
  row3(p1, 146, "Mayotte", "813", "31.1%");
  p1.make_lines();
  PageBuilder& p2 = b.page();
  hrule(p2, 56);
  row3(p2, 60, "Region", "Places", "Occupancy", true);
  hrule(p2, 74);
  row3(p2, 78, "Normandie", "2,512", "88.0%");
  row3(p2, 92, "Corse", "96", "12.5%");
  hrule(p2, 106);
  p2.line("A paragraph of ordinary prose that follows the table on the page.", 72, 130, cell_style(false));
  p2.make_lines();
  const Doc doc = run(b.build());
  const std::vector<const Block*> tables = testing::tables_of(doc);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0]->table;
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_EQ(t.header_rows, 1);
  EXPECT_EQ(text(t.rows[3][0]), "Mayotte");
  EXPECT_EQ(text(t.rows[4][0]), "Normandie");
  EXPECT_EQ(text(t.rows[5][2]), "12.5%");
  EXPECT_EQ(tables[0]->where.size(), 2u);
}

// LaTeX's \multirow centres a label over the rows it spans even when a page break cuts them:
// "Occitanie", over the first page's last row and two rows of the next, is printed below the
// first page's bottom rule. It is that last row's label, and the rows it spans on the next page
// continue it; the table is one, and no label is left as a paragraph.
TEST(TablesHRulesTest, ALabelBelowTheBottomRuleAtAPageBreakIsTheLastRowsLabel) {
  DocBuilder b;
  PageBuilder& p1 = b.page();
  p1.line("A paragraph of ordinary prose that introduces the table below it.", 72, 70, cell_style(false));
  hrule(p1, 96);
  row3(p1, 100, "Region", "Facility", "Places", true);
  hrule(p1, 114);
  row3(p1, 118, "Corse", "CPH Sud", "720");
  row3(p1, 132, "", "CAES Nord", "86");
  hrule(p1, 146);
  p1.line("Occitanie", 72, 150, cell_style(false));
  p1.make_lines();
  PageBuilder& p2 = b.page();
  hrule(p2, 56);
  row3(p2, 60, "Region", "Facility", "Places", true);
  hrule(p2, 74);
  row3(p2, 78, "", "CPH Est", "2,061");
  row3(p2, 92, "", "CADA Ouest", "64,921");
  row3(p2, 106, "Bretagne", "HUDA", "26");
  hrule(p2, 120);
  p2.make_lines();
  const Doc doc = run(b.build());
  const std::vector<const Block*> tables = testing::tables_of(doc);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(testing::grid_texts(tables[0]->table),
            (std::vector<std::vector<std::string>>{{"Region", "Facility", "Places"},
                                                   {"Corse", "CPH Sud", "720"},
                                                   {"Occitanie", "CAES Nord", "86"},
                                                   {"Occitanie", "CPH Est", "2,061"},
                                                   {"Occitanie", "CADA Ouest", "64,921"},
                                                   {"Bretagne", "HUDA", "26"}}));
  for (const Line& line : doc.pages[0].lines) {
    if (line.box.y0 > 146) {
      EXPECT_EQ(line.role, LineRole::kTable);
    }
  }
}

TEST(TablesHRulesTest, ProseBetweenTwoRulesIsNoTable) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  p.line("Official sensitive: this note is for the use of decision makers", 72, 100, cell_style(false));
  p.line("only and must not be shared outside the department without the", 72, 114, cell_style(false));
  p.line("written consent of its authors.", 72, 128, cell_style(false));
  hrule(p, 142);
  p.make_lines();
  EXPECT_TRUE(testing::tables_of(run(b.build())).empty());
}

// A heading's rule over numbered paragraphs: two columns (number, text) down to the page end.
TEST(TablesHRulesTest, NumberedParagraphsUnderAHeadingRuleAreNoTable) {
  DocBuilder b;
  PageBuilder& p = b.page();
  p.line("4.1 Reception", 72, 80, cell_style(true));
  hrule(p, 96);
  p.line("4.1.1", 72, 100, cell_style(false)).line("France is a party to the convention", 120, 100, cell_style(false));
  p.line("and applies it.", 120, 114, cell_style(false));
  p.line("4.1.2", 72, 128, cell_style(false)).line("Second paragraph of the section.", 120, 128, cell_style(false));
  p.line("4.1.3", 72, 142, cell_style(false)).line("Third paragraph.", 120, 142, cell_style(false));
  p.make_lines();
  EXPECT_TRUE(testing::tables_of(run(b.build())).empty());
}

TEST(TablesHRulesTest, TwoTablesOfOneWidthWithProseBetweenAreTwo) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  row3(p, 100, "Year", "Claims", "Grants", true);
  hrule(p, 114);
  row3(p, 118, "2021", "68,403", "15,112");
  hrule(p, 132);
  p.line("A paragraph of ordinary prose between the two tables on this page.", 72, 146, cell_style(false));
  hrule(p, 166);
  row3(p, 170, "Region", "Places", "Share", true);
  hrule(p, 184);
  row3(p, 188, "Corse", "96", "12.5%");
  hrule(p, 202);
  p.make_lines();
  const Doc doc = run(b.build());
  const std::vector<const Block*> tables = testing::tables_of(doc);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(text(tables[0]->table.rows[1][2]), "15,112");
  EXPECT_EQ(text(tables[1]->table.rows[0][0]), "Region");
  EXPECT_EQ(doc.pages[0].lines[2].role, LineRole::kBody);  // the prose between
}

TEST(TablesHRulesTest, TheSearchCanBeTurnedOff) {
  DocBuilder b;
  PageBuilder& p = b.page();
  hrule(p, 96);
  p.line("Acronym", 72, 100, cell_style(true)).line("Meaning", 160, 100, cell_style(true));
  hrule(p, 114);
  p.line("AIDA", 72, 118, cell_style(false)).line("Asylum Information Database", 160, 118, cell_style(false));
  hrule(p, 132);
  p.make_lines();
  TablesConfig config;
  config.hrules.enabled = false;
  EXPECT_TRUE(testing::tables_of(run(b.build(), config)).empty());
}

}  // namespace
}  // namespace coi
