// Ruled tables on hand-built pages: grid, cell text, spans, header rows, regions, footnote area.
#include <gtest/gtest.h>

#include "cli/config.h"
#include "stages/tables/tables.h"
#include "tests/support/doc_builder.h"
#include "tests/support/ruled_table.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::PageBuilder;
using testing::WordStyle;
using Type = TypedValue::Type;

WordStyle bold() {
  WordStyle s;
  s.size = 10;
  s.bold = true;
  return s;
}

WordStyle plain() {
  WordStyle s;
  s.size = 10;
  return s;
}

Doc run(const Doc& doc, Diagnostics& diag, const TablesConfig& config = {}) {
  Result<Doc> result = run_tables(doc, config, diag);
  EXPECT_TRUE(result.is_ok()) << result.status().to_string();
  return std::move(result).value();
}

const Block* only_table(const Doc& doc) {
  const Block* found = nullptr;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTable) continue;
    EXPECT_EQ(found, nullptr) << "more than one table";
    found = &b;
  }
  return found;
}

std::string text(const Cell& cell) { return plain_text(cell.inlines); }

TEST(TablesGridTest, TwoByThreeGridGivesCellsInReadingOrder) {
  DocBuilder b;
  PageBuilder& p = b.page();
  p.line("Paragraph before the table.", 72, 80, plain());
  testing::draw_grid(p, {72, 200, 400}, {100, 120, 140, 160});
  p.line("Name", 75, 104, bold()).line("Value", 203, 104, bold());
  p.line("Alpha", 75, 124, plain()).line("153,715", 203, 124, plain());
  p.line("Beta", 75, 144, plain()).line("38.8%", 203, 144, plain());
  p.line("Paragraph after the table.", 72, 180, plain());
  p.make_lines();
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->id, "t1");
  ASSERT_EQ(t->table.rows.size(), 3u);
  EXPECT_EQ(t->table.header_rows, 1);
  EXPECT_EQ(text(t->table.rows[0][0]), "Name");
  EXPECT_TRUE(t->table.rows[0][0].header);
  EXPECT_EQ(t->table.rows[0][0].inlines[0].kind, InlineKind::kText);  // header bold is implied
  EXPECT_EQ(text(t->table.rows[1][1]), "153,715");
  EXPECT_FALSE(t->table.rows[1][1].header);
  EXPECT_EQ(text(t->table.rows[2][0]), "Beta");
  ASSERT_EQ(t->table.rows[2][0].where.size(), 1u);
  EXPECT_EQ(t->table.rows[2][0].where[0].page, 1);
  EXPECT_DOUBLE_EQ(t->table.rows[2][0].where[0].box.y0, 140);
  ASSERT_EQ(t->where.size(), 1u);
  EXPECT_DOUBLE_EQ(t->where[0].box.x1, 400);
  // The table's lines leave the text flow; the paragraphs around it stay.
  const Page& page = doc.pages[0];
  ASSERT_EQ(page.lines.size(), 5u);
  EXPECT_EQ(page.lines[0].role, LineRole::kBody);
  for (int i = 1; i <= 3; ++i) EXPECT_EQ(page.lines[i].role, LineRole::kTable) << i;
  EXPECT_EQ(page.lines[4].role, LineRole::kBody);
}

TEST(TablesGridTest, MultiLineCellTextIsJoinedWithASpace) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 400}, {100, 140, 160});
  p.line("Cases", 75, 104, plain()).line("Judged/", 115, 104, plain());
  p.line("Decided", 75, 118, plain()).line("68,403", 203, 104, plain());
  p.line("A", 75, 144, plain()).line("B", 203, 144, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(text(t->table.rows[0][0]), "Cases Judged/ Decided");
}

TEST(TablesGridTest, RaisedDigitsInACellBecomeFootnoteRefs) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 400}, {100, 120, 140});
  p.line("Year", 75, 104, plain()).line("Cases", 203, 104, plain());
  const double x = p.word("2021", 75, 124, plain());
  WordStyle small = plain();
  small.size = 6;
  p.word("90", x, 122, small);
  p.page().words.back().raised = true;
  p.line("68,403", 203, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  const Cell& year = t->table.rows[1][0];
  ASSERT_EQ(year.inlines.size(), 2u);
  EXPECT_EQ(year.inlines[0].text, "2021");
  EXPECT_EQ(year.inlines[1].kind, InlineKind::kFootnoteRef);
  EXPECT_EQ(year.inlines[1].footnote, 90);
  EXPECT_EQ(year.value.type, TypedValue::Type::kInteger);
  EXPECT_TRUE(year.value.marked);
}

TEST(TablesGridTest, SmallerHigherDigitsAfterAWordAreMarksEvenWhenLayoutMissedThem) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 400}, {100, 120, 140});
  p.line("Year", 75, 104, plain()).line("Cases", 203, 104, plain());
  const double x = p.word("2021", 75, 124, plain());
  WordStyle small = plain();
  small.size = 6;
  p.word("90", x, 122, small);  // not marked raised
  const double y = p.word("Accommodation", 203, 124, plain());
  p.word("12", y, 122, small);
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  const Cell& year = t->table.rows[1][0];
  ASSERT_EQ(year.inlines.size(), 2u);
  EXPECT_EQ(year.inlines[1].kind, InlineKind::kFootnoteRef);
  EXPECT_EQ(year.inlines[1].footnote, 90);
  const Cell& place = t->table.rows[1][1];  // a long word: its start is far left of the mark
  ASSERT_EQ(place.inlines.size(), 2u);
  EXPECT_EQ(place.inlines[1].footnote, 12);
}

TEST(TablesGridTest, AWordBrokenByANarrowColumnIsRejoined) {
  DocBuilder b;
  PageBuilder& p = b.page();
  // Text width 14pt (cell 72..92, padding 3): "Yea" (15pt at size 10) cannot fit.
  testing::draw_grid(p, {72, 92, 300}, {100, 140, 170});
  p.line("Ye", 75, 104, bold()).line("ar", 75, 116, bold()).line("Cases", 95, 104, bold());
  p.line("20", 75, 144, plain()).line("21", 75, 156, plain()).line("68,403", 95, 144, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(text(t->table.rows[0][0]), "Year");
  EXPECT_EQ(text(t->table.rows[1][0]), "2021");
}

TEST(TablesGridTest, WordsThatWrappedAtASpaceKeepTheirSpace) {
  DocBuilder b;
  PageBuilder& p = b.page();
  // Text width 60pt: "Family" (30pt) + "s" would still fit, so the break was at a space.
  testing::draw_grid(p, {72, 138, 300}, {100, 140, 170});
  p.line("Family", 75, 104, plain()).line("size", 75, 116, plain()).line("Amount", 141, 104, plain());
  p.line("1", 75, 144, plain()).line("6.80", 141, 144, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  ASSERT_NE(only_table(doc), nullptr);
  EXPECT_EQ(text(only_table(doc)->table.rows[0][0]), "Family size");
}

TEST(TablesGridTest, WordsTheNotePrintsApartAndNeverTogetherStayApart) {
  DocBuilder b;
  PageBuilder& p = b.page();
  // Text width 36pt: "Average" (35pt at size 10) + "t" cannot fit, so geometry alone would
  // rejoin "Averagetime"; the note prints "Average" and "time" elsewhere, never "Averagetime".
  testing::draw_grid(p, {72, 114, 300}, {100, 140, 170});
  p.line("Average", 75, 104, bold()).line("time", 75, 116, bold()).line("Cases", 117, 104, bold());
  p.line("20", 75, 144, plain()).line("68,403", 117, 144, plain());
  p.line("The average time was 20 weeks.", 72, 200, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  ASSERT_NE(only_table(doc), nullptr);
  EXPECT_EQ(text(only_table(doc)->table.rows[0][0]), "Average time");
}

TEST(TablesGridTest, WordsAWiderCellWrapsAtASpaceStayApartInANarrowOne) {
  DocBuilder b;
  PageBuilder& p = b.page();
  // Left column text width 36pt: "Average" (35pt) + "t" cannot fit, and the note prints neither
  // word in running text. The right column (text width 80pt) wraps "Average" / "time" with room
  // for the "t": a break at a space, so both are words (whole_words.h, Step 4).
  testing::draw_grid(p, {72, 114, 200, 300}, {100, 140, 170});
  p.line("Average", 75, 104, bold()).line("time", 75, 116, bold());
  p.line("Average", 117, 104, bold()).line("time", 117, 116, bold()).line("Cases", 203, 104, bold());
  p.line("20", 75, 144, plain()).line("21", 117, 144, plain()).line("68,403", 203, 144, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  ASSERT_NE(only_table(doc), nullptr);
  EXPECT_EQ(text(only_table(doc)->table.rows[0][0]), "Average time");
  EXPECT_EQ(text(only_table(doc)->table.rows[0][1]), "Average time");
  // Asking for more room than the right column leaves proves no break at a space there.
  TablesConfig config;
  config.space_break_room = 5;
  Doc strict = run(b.build(), diag, config);
  ASSERT_NE(only_table(strict), nullptr);
  EXPECT_EQ(text(only_table(strict)->table.rows[0][0]), "Averagetime");
}

TEST(TablesGridTest, AnAcronymAboveACapitalisedWordStayApart) {
  DocBuilder b;
  PageBuilder& p = b.page();
  // Text width 32pt: "PRAHDA" (30pt) + "E" cannot fit, neither word is printed elsewhere, but no
  // word runs from capitals into a capitalised word.
  testing::draw_grid(p, {72, 110, 300}, {100, 140, 170});
  p.line("Facility", 113, 104, bold()).line("Places", 200, 104, bold());
  p.line("PRAHDA", 75, 144, plain()).line("Est-2", 75, 156, plain()).line("839", 113, 144, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  ASSERT_NE(only_table(doc), nullptr);
  EXPECT_EQ(text(only_table(doc)->table.rows[1][0]), "PRAHDA Est-2");
}

TEST(TablesGridTest, RejoiningBrokenWordsCanBeTurnedOff) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 92, 300}, {100, 140, 170});
  p.line("Ye", 75, 104, bold()).line("ar", 75, 116, bold()).line("Cases", 95, 104, bold());
  p.line("20", 75, 144, plain()).line("68,403", 95, 144, plain());
  TablesConfig config;
  config.rejoin_broken_words = false;
  Diagnostics diag;
  Doc doc = run(b.build(), diag, config);
  ASSERT_NE(only_table(doc), nullptr);
  EXPECT_EQ(text(only_table(doc)->table.rows[0][0]), "Ye ar");
}

TEST(TablesGridTest, MissingVerticalBorderMakesAColspan) {
  DocBuilder b;
  PageBuilder& p = b.page();
  // Header row: no border at x=250 between y=100 and 120.
  for (double y : {100.0, 120.0, 140.0}) p.rule(72, y, 400, y);
  for (double x : {72.0, 400.0}) p.rule(x, 100, x, 140);
  p.rule(150, 100, 150, 140).rule(250, 120, 250, 140);
  p.line("Stage", 75, 104, bold()).line("Competent", 153, 104, bold());
  p.line("Border", 75, 124, plain()).line("OFPRA", 153, 124, plain()).line("OFPRA", 253, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->table.rows.size(), 2u);
  ASSERT_EQ(t->table.rows[0].size(), 2u);
  EXPECT_EQ(t->table.rows[0][1].colspan, 2);
  EXPECT_EQ(text(t->table.rows[0][1]), "Competent");
  EXPECT_EQ(t->table.rows[1].size(), 3u);
}

TEST(TablesGridTest, EmptyHeaderCellJoinsTheHeaderOnItsLeft) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 150, 250, 400}, {100, 120, 140});
  p.line("Stage", 75, 104, bold()).line("Competent", 153, 104, bold());
  p.line("Border", 75, 124, plain()).line("OFPRA", 153, 124, plain()).line("OFPRA", 253, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->table.rows[0].size(), 2u);
  EXPECT_EQ(t->table.rows[0][1].colspan, 2);
  EXPECT_DOUBLE_EQ(t->table.rows[0][1].where[0].box.x1, 400);
  EXPECT_EQ(t->table.rows[1].size(), 3u);
}

TEST(TablesGridTest, MissingHorizontalBordersMakeARowspanCategory) {
  DocBuilder b;
  PageBuilder& p = b.page();
  p.rule(72, 100, 400, 100).rule(72, 120, 400, 120);  // header bottom
  p.rule(150, 140, 400, 140).rule(72, 160, 400, 160);  // category spans rows 1-2
  for (double x : {72.0, 150.0, 400.0}) p.rule(x, 100, x, 160);
  p.line("Type", 75, 104, bold()).line("Offence", 153, 104, bold());
  p.line("Labour", 75, 124, plain()).line("Forced", 153, 124, plain());
  p.line("Servitude", 153, 144, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->table.rows.size(), 3u);
  EXPECT_EQ(t->table.rows[1][0].rowspan, 2);
  EXPECT_EQ(text(t->table.rows[1][0]), "Labour");
  ASSERT_EQ(t->table.rows[2].size(), 1u);  // the covered position is absent
  EXPECT_EQ(text(t->table.rows[2][0]), "Servitude");
}

TEST(TablesGridTest, TwoLevelHeaderWithYearSpanningThreeColumns) {
  DocBuilder b;
  PageBuilder& p = b.page();
  const std::vector<double> xs = {72, 180, 220, 260, 300};
  p.rule(72, 100, 300, 100).rule(180, 120, 300, 120).rule(72, 140, 300, 140).rule(72, 160, 300, 160);
  p.rule(72, 100, 72, 160).rule(180, 100, 180, 160).rule(300, 100, 300, 160);
  p.rule(220, 120, 220, 160).rule(260, 120, 260, 160);
  p.line("Type", 75, 104, bold()).line("2021", 183, 104, bold());
  p.line("Child", 183, 124, bold()).line("Adult", 223, 124, bold()).line("Total", 263, 124, bold());
  p.line("Begging", 75, 144, plain()).line("25", 183, 144, plain()).line("0", 223, 144, plain());
  p.line("25", 263, 144, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->table.header_rows, 2);
  ASSERT_EQ(t->table.rows.size(), 3u);
  ASSERT_EQ(t->table.rows[0].size(), 2u);
  EXPECT_EQ(t->table.rows[0][0].rowspan, 2);
  EXPECT_EQ(t->table.rows[0][1].colspan, 3);
  EXPECT_EQ(text(t->table.rows[0][1]), "2021");
  ASSERT_EQ(t->table.rows[1].size(), 3u);
  EXPECT_TRUE(t->table.rows[1][2].header);
  EXPECT_EQ(t->table.rows[2].size(), 4u);
  EXPECT_EQ(t->table.column_types,
            (std::vector<Type>{Type::kNone, Type::kInteger, Type::kInteger, Type::kInteger}));
}

TEST(TablesGridTest, HeaderWithEmptyTopLeftCellStillCounts) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 300}, {100, 120, 140});
  p.line("2020", 203, 104, bold());
  p.line("Victims", 75, 124, plain()).line("228", 203, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->table.header_rows, 1);
  EXPECT_TRUE(t->table.rows[0][0].inlines.empty());
}

TEST(TablesGridTest, NoHeaderWhenTheFirstRowIsPlain) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 300}, {100, 120, 140});
  p.line("AIDA", 75, 104, plain()).line("Asylum", 203, 104, plain());
  p.line("CoE", 75, 124, plain()).line("Council", 203, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->table.header_rows, 0);
}

TEST(TablesGridTest, ABoldFirstColumnAloneIsNoHeader) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 300}, {100, 120, 140});
  p.line("Total", 75, 104, bold()).line("12", 203, 104, plain());
  p.line("Other", 75, 124, bold()).line("3", 203, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  ASSERT_NE(only_table(doc), nullptr);
  EXPECT_EQ(only_table(doc)->table.header_rows, 0);
}

TEST(TablesGridTest, UnderlinesAndASingleBoxAreNoTables) {
  DocBuilder b;
  PageBuilder& p = b.page();
  p.line("A link underlined", 72, 100, plain()).rule(72, 111, 160, 111);
  testing::draw_grid(p, {72, 400}, {200, 260});  // a framed paragraph: one cell
  p.line("Framed text", 75, 204, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(TablesGridTest, RulesInTheFootnoteAreaAreIgnored) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 300}, {700, 720, 740});
  p.line("AIDA", 75, 704, plain()).line("Asylum", 203, 704, plain());
  p.line("CoE", 75, 724, plain()).line("Council", 203, 724, plain());
  p.make_lines(/*footnote_top=*/690);
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(TablesGridTest, ThickShadingIsNotABorder) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 300}, {100, 120, 140});
  p.page().rules.push_back(Rule{Box{72, 100, 300, 120}, true});  // grey header fill
  p.line("Name", 75, 104, bold()).line("Value", 203, 104, bold());
  p.line("A", 75, 124, plain()).line("1", 203, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->table.rows.size(), 2u);
  EXPECT_EQ(t->table.rows[0].size(), 2u);
}

TEST(TablesGridTest, PerCellBorderSegmentsFormOneGrid) {
  DocBuilder b;
  PageBuilder& p = b.page();
  // Word draws each cell side on its own.
  const std::vector<double> xs = {72, 200, 300}, ys = {100, 120, 140};
  for (size_t r = 0; r + 1 < ys.size(); ++r) {
    for (size_t c = 0; c + 1 < xs.size(); ++c) {
      p.rule(xs[c], ys[r], xs[c + 1], ys[r]).rule(xs[c], ys[r + 1], xs[c + 1], ys[r + 1]);
      p.rule(xs[c], ys[r], xs[c], ys[r + 1]).rule(xs[c + 1], ys[r], xs[c + 1], ys[r + 1]);
    }
  }
  p.line("A", 75, 104, plain()).line("B", 203, 104, plain());
  p.line("C", 75, 124, plain()).line("D", 203, 124, plain());
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->table.rows.size(), 2u);
  EXPECT_EQ(t->table.rows[1].size(), 2u);
}

TEST(TablesGridTest, TextOverflowingItsCellIsReported) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 100, 300}, {100, 120, 140});
  p.line("Averyveryverylongword", 75, 104, plain()).line("B", 203, 104, plain());
  p.line("C", 75, 124, plain()).line("D", 203, 124, plain());
  Diagnostics diag;
  run(b.build(), diag);
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].code, "table-cell-overflow");
  EXPECT_EQ(diag.items()[0].message, "text \"Averyveryverylongword\" runs outside its table cell");
}

TEST(TablesGridTest, TwoTablesOnAPageAreNumberedInOrder) {
  DocBuilder b;
  PageBuilder& p = b.page();
  testing::draw_grid(p, {72, 200, 300}, {300, 320, 340});
  p.line("Second", 75, 304, plain()).line("2", 203, 304, plain());
  p.line("X", 75, 324, plain()).line("3", 203, 324, plain());
  testing::draw_grid(p, {72, 200, 300}, {100, 120, 140});
  p.line("First", 75, 104, plain()).line("1", 203, 104, plain());
  p.line("Y", 75, 124, plain()).line("4", 203, 124, plain());
  p.line("Text between the tables.", 72, 200, plain());
  p.make_lines();
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].id, "t1");
  EXPECT_EQ(text(doc.blocks[0].table.rows[0][0]), "First");
  EXPECT_EQ(doc.blocks[1].id, "t2");
  EXPECT_EQ(text(doc.blocks[1].table.rows[0][0]), "Second");
}

TEST(TablesGridTest, AlignedColumnsWithoutRulesMakeABorderlessTable) {
  DocBuilder b;
  PageBuilder& p = b.page();
  p.line("A paragraph of ordinary prose before it.", 72, 80, plain());
  p.line("Year", 72, 100, bold()).line("Claims", 200, 100, bold()).line("Grants", 300, 100, bold());
  p.line("2021", 72, 114, plain()).line("68,403", 200, 114, plain()).line("15,112", 300, 114, plain());
  p.line("2022", 72, 128, plain()).line("67,142", 200, 128, plain()).line("14,450", 300, 128, plain());
  p.line("4.1.1", 72, 150, plain()).line("France is a party to the convention.", 120, 150, plain());
  p.make_lines();
  Diagnostics diag;
  Doc doc = run(b.build(), diag);
  const Block* t = only_table(doc);
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->table.rows.size(), 3u);
  EXPECT_EQ(t->table.header_rows, 1);
  EXPECT_EQ(text(t->table.rows[2][1]), "67,142");
  EXPECT_EQ(t->table.column_types,
            (std::vector<Type>{Type::kInteger, Type::kInteger, Type::kInteger}));
  EXPECT_EQ(doc.pages[0].lines[0].role, LineRole::kBody);
  EXPECT_EQ(doc.pages[0].lines[4].role, LineRole::kBody);
}

TEST(TablesGridTest, BorderlessSearchCanBeTurnedOff) {
  DocBuilder b;
  PageBuilder& p = b.page();
  for (double y : {100.0, 114.0, 128.0}) {
    p.line("a", 72, y, plain()).line("b", 200, y, plain()).line("c", 300, y, plain());
  }
  p.make_lines();
  TablesConfig config;
  config.borderless.enabled = false;
  Diagnostics diag;
  EXPECT_TRUE(run(b.build(), diag, config).blocks.empty());
}

TEST(TablesGridTest, NumberedParagraphsAreNoBorderlessTable) {
  DocBuilder b;
  PageBuilder& p = b.page();
  p.line("4.1.1", 72, 100, plain()).line("First paragraph.", 120, 100, plain());
  p.line("4.1.2", 72, 114, plain()).line("Second paragraph.", 120, 114, plain());
  p.line("4.1.3", 72, 128, plain()).line("Third paragraph.", 120, 128, plain());
  p.make_lines();
  Diagnostics diag;
  EXPECT_TRUE(run(b.build(), diag).blocks.empty());
}

}  // namespace
}  // namespace coi
