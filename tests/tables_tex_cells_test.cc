// XeLaTeX table cells and spans (fixtures/tex-cells/, fixtures/README.md): pages cut from
// generated notes whose booktabs tables coi once read with a \multirow label over the wrong rows
// or into a row of its own; each converted and held against its model, cell for cell and span
// for span.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct TwoRowLabelsRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/two-row-labels";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using TwoRowLabels = testing::FixtureRenderSuite<TwoRowLabelsRender>;

// Page 9 of seed 902's XeLaTeX rendering, t2: five body rows of one line, the first two and the
// next two each under a \multirow label printed halfway between them. Half the table's line
// steps are half a line (to a label and from it), so the median of every step was half a line
// and no label read as centred: each took a row of its own and the rows it spans lost it.
// The line pitch is now taken between lines that share a column (stages/tables/hrule_rows.cc).
TEST_F(TwoRowLabels, LabelsBetweenTheirTwoRowsSpanBoth) {
  const Table* want = testing::table_by_id(*model_, "t2");
  ASSERT_NE(want, nullptr);
  ASSERT_EQ(testing::spans_of(*want).size(), 2u);
  testing::expect_table_and_spans(*model_, *ours_, "t2");
}

struct LabelsOpeningUnderTextRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/labels-opening-under-text";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsOpeningUnderText = testing::FixtureRenderSuite<LabelsOpeningUnderTextRender>;

// Page 44 of seed 915's XeLaTeX rendering, t13: a table opening under a paragraph, whose labels
// span four, one, four, two and four rows, each printed centred over its rows (between two
// lines, or on the line of its one row). The first label's rows start under the header and the
// last label's end the table. Read from the labels alone, each label could as well span the
// two middle rows of its four and the next label one row more on each side, leaving the first
// and last rows blank, as a table carried over from a page before and on to a page after would
// (stages/tables/hrule_rows.cc, step 4b): once every label but one sat one row low. A table
// opening under text carries on no page before, and one closed over text (or, here, the end
// of the cut) runs on to no page after.
TEST_F(LabelsOpeningUnderText, EachLabelSpansTheRowsItIsCentredOver) {
  const Table* want = testing::table_by_id(*model_, "t13");
  ASSERT_NE(want, nullptr);
  ASSERT_EQ(testing::spans_of(*want).size(), 4u);
  testing::expect_table_and_spans(*model_, *ours_, "t13");
}

struct LabelRunningPastThePageRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/label-running-past-the-page";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelRunningPastThePage = testing::FixtureRenderSuite<LabelRunningPastThePageRender>;

// Pages 45 to 48 of seed 914's XeLaTeX rendering, t14: labels of three one-line rows, each on
// its middle row's line. Page 45 ends with "Corse" on the line of its second row, its third row
// opening page 46: longtable broke the rows, and \multirow still centres the label over all
// three. Read within the page, the blank row above "Corse" went to no label, so the labels
// above took one row more on each side as cheaply ("Mayotte" one row, "Hauts-de-France" five).
// The last label of a page with no text under the table may span rows past the page
// (stages/tables/hrule_rows.cc, step 4b); the next page's blank first row carries it on.
TEST_F(LabelRunningPastThePage, ALabelCutByThePageBreakSpansItsRowsOnBothPages) {
  const Table* want = testing::table_by_id(*model_, "t14");
  ASSERT_NE(want, nullptr);
  ASSERT_GT(testing::spans_of(*want).size(), 20u);
  testing::expect_table_and_spans(*model_, *ours_, "t14");
}

struct LabelsCentredByTheNoteRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/labels-centred-by-the-note";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelsCentredByTheNote = testing::FixtureRenderSuite<LabelsCentredByTheNoteRender>;

// Pages 23 and 32 of seed 915's XeLaTeX rendering. Page 23's t6 groups one-line rows under
// labels of one and three rows, each printed on its middle row's line: read alone, as set on
// their first rows (Word, LibreOffice, CSS), every label of three rows started a row late. Page
// 32's t9 prints "Centre-Val de Loire" between two rows' lines: the note's tables centre their
// labels, so page 23 is read again with its labels centred (stages/tables/tables.cc,
// hrule_rows.cc step 4b).
TEST_F(LabelsCentredByTheNote, LabelsOnTheirMiddleRowsSpanTheRowsAround) {
  const Table* want = testing::table_by_id(*model_, "t6");
  ASSERT_NE(want, nullptr);
  ASSERT_GE(testing::spans_of(*want).size(), 4u);
  testing::expect_table_and_spans(*model_, *ours_, "t6");
  testing::expect_table_and_spans(*model_, *ours_, "t9");
}

struct FooterBesideARowRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/footer-beside-a-row";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using FooterBesideARow = testing::FixtureRenderSuite<FooterBesideARowRender>;

// Pages 21 and 22 of seed 911's XeLaTeX rendering, t1 (organisation, type, description): page
// 22's last row runs down past the footer, "Page 22 of 117" printed in the Type column between
// two lines of the description, which layout read as one line with the footer (no footer line
// on the page). Its words were read into the row's Type cell ("NGO Page 22 of 117"). They lie
// where page 21 prints its footer and are its words, digits aside: they are no cell's
// (stages/tables/cell_grid.h). Every row's Type cell is the model's.
TEST_F(FooterBesideARow, TheFooterBesideARowsLastLinesIsNoCellsText) {
  const Table* want = testing::table_by_id(*model_, "t1");
  ASSERT_NE(want, nullptr);
  std::multimap<std::string, std::string> types;  // organisation -> its types in the model
  for (const std::vector<std::string>& row : testing::grid_texts(*want)) {
    ASSERT_GE(row.size(), 2u);
    types.emplace(row[0], row[1]);
  }
  int rows = 0;
  for (const Block* block : testing::tables_of(*ours_)) {
    for (const std::vector<std::string>& row : testing::grid_texts(block->table)) {
      const auto [first, last] = types.equal_range(row.front());
      if (first == last || row.size() < 2) continue;
      ++rows;
      const bool known =
          std::any_of(first, last, [&](const auto& type) { return type.second == row[1]; });
      EXPECT_TRUE(known) << row[0] << ": " << row[1];
    }
  }
  EXPECT_GT(rows, 1);
}

struct HeaderWordsOverTheRuleRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/header-words-over-the-rule";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderWordsOverTheRule = testing::FixtureRenderSuite<HeaderWordsOverTheRuleRender>;

// Pages 24 and 25 of seed 903's XeLaTeX rendering, t9: a full grid whose bold header words are
// wider than their columns ("Unaccompanied" / "minors" in the first, "Disproportionately" in the
// second). LaTeX lets each run on to the right, across the column's rule, its centre past it:
// "Unaccompanied" went to the next cell, glued to its word ("UnaccompaniedDisproportionately",
// "minors" alone). A word starting in a column's left half is that column's
// (stages/tables/cell_grid.h). The header row and the row count against the model (a cut of
// two pages prints too few words for the hyphen judge to read "First in-" / "stance").
TEST_F(HeaderWordsOverTheRule, OverflowingHeaderWordsStayInTheirCells) {
  const Table* want = testing::table_by_id(*model_, "t9");
  ASSERT_NE(want, nullptr);
  const std::vector<std::vector<std::string>> want_grid = testing::grid_texts(*want);
  ASSERT_GT(want_grid.size(), 2u);
  const Table* got = testing::table_holding(*ours_, want_grid.back());
  ASSERT_NE(got, nullptr);
  const std::vector<std::vector<std::string>> got_grid = testing::grid_texts(*got);
  ASSERT_EQ(got_grid.size(), want_grid.size());
  EXPECT_EQ(got_grid.front(), want_grid.front());
}

struct HeaderWordsOverTheRuleSecondSeedRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/header-words-over-the-rule-909";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderWordsOverTheRuleSecondSeed =
    testing::FixtureRenderSuite<HeaderWordsOverTheRuleSecondSeedRender>;

// The class in a second note: page 5 of seed 909's XeLaTeX rendering, t3 ("Unaccompanied"
// over the rule into "Internationalisation" and "Counter-trafficking"). Cell for cell.
TEST_F(HeaderWordsOverTheRuleSecondSeed, OverflowingHeaderWordsStayInTheirCells) {
  testing::expect_table_and_spans(*model_, *ours_, "t3");
}

struct HeaderGluedInAOneRowGridRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/header-glued-in-a-one-row-grid";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderGluedInAOneRowGrid = testing::FixtureRenderSuite<HeaderGluedInAOneRowGridRender>;

// Page 6 of seed 1238's XeLaTeX rendering, t1: a full grid of one body row whose header word
// "Withdrawn" runs on over the rule up to the next column's "Applications", which Poppler glues
// to it ("WithdrawnApplications", three times). Only that body row's figure starts inside the
// next column, so the column's text start was unknown and the word stayed whole; that figure
// starting at the padding the other inner columns share puts it there
// (stages/tables/grid_glued_words.cc, step 1b). Cell for cell.
TEST_F(HeaderGluedInAOneRowGrid, GluedHeaderWordsAreCutAtTheCellPadding) {
  testing::expect_table_and_spans(*model_, *ours_, "t1");
}

struct HeaderGluedInAOneRowGridSecondSeedRender {
  static constexpr const char* kFolder = "fixtures/tex-cells/header-glued-in-a-one-row-grid-1225";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderGluedInAOneRowGridSecondSeed =
    testing::FixtureRenderSuite<HeaderGluedInAOneRowGridSecondSeedRender>;

// The class in a second note and shape: page 12 of seed 1225's XeLaTeX rendering, t6, three body
// rows whose first column's labels run on up to the second column's text
// ("ApplicationsInternationalisation", "Employment59,074,666"): one figure alone starts inside
// the second column. Cell for cell.
TEST_F(HeaderGluedInAOneRowGridSecondSeed, GluedWordsAreCutAtTheCellPadding) {
  testing::expect_table_and_spans(*model_, *ours_, "t6");
}

}  // namespace
}  // namespace coi
