// A tall cell's paragraphs printed a row's step apart on one page, in a table ruled with
// horizontal lines only (fixtures/cell-rows/paragraphs-read-as-rows*, fixtures/README.md): XeLaTeX breaks a row taller than a share
// of the page into rows of sentences, padded as rows are, and each next paragraph, its first
// word one that would have fitted on the short line above, started a row of its own, the blank
// name and type beside it read as the labels above spanning it (stages/tables/paragraph_rows.cc).
// Each table is held against its model, row for row.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct UnpaddedRows {
  static constexpr const char* kFolder = "fixtures/cell-rows/paragraphs-read-as-rows";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using ParagraphsReadAsRows = testing::FixtureRenderSuite<UnpaddedRows>;

// Pages 24 to 26 of seed 2016's XeLaTeX rendering (the tuning set /work/fidelity-held16; Latin
// Modern Roman 12 pt, lines 1.15 apart, booktabs, no cell padding), t6: the World Health
// Organization's description prints three paragraphs on page 25 and a fourth on page 26 (the
// page break's join: cut_rows.cc, step 3b); the Home Office's, the last row, runs on past the
// cut. Once nine rows where the pages print six, the name and type spanning the first three
// paragraphs; now every row the pages print is the model's, in order, but the last, whose first
// cell is whole.
TEST_F(ParagraphsReadAsRows, ADescriptionsParagraphsStayInItsRow) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t6");
  ASSERT_GT(want.size(), 6u);
  const Table* table = testing::table_holding(*ours_, want.front());
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  ASSERT_EQ(got.size(), 6u);  // the header and the model's rows 2 to 6, page 27 opening on the 6th
  for (size_t r = 0; r + 1 < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  EXPECT_EQ(got.back().front(), want[5].front());
}

struct PaddedRows {
  static constexpr const char* kFolder = "fixtures/cell-rows/paragraphs-read-as-rows-heros";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using ParagraphsReadAsRowsPadded = testing::FixtureRenderSuite<PaddedRows>;

// The class in a second layout, its rows padded: seed 2016's t6 rendered alone by XeLaTeX in TeX
// Gyre Heros 11 pt with 3 pt of padding and lines set solid, pages 1 to 4: the World Health
// Organization's description prints three paragraphs on page 2, the Home Office's (the model's
// sixth row) breaks over pages 3 and 4. Once 15 rows where the pages print 12; now every row
// the pages print is the model's, in order, but the last, whose first cell is whole.
TEST_F(ParagraphsReadAsRowsPadded, ADescriptionsParagraphsStayInItsRow) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t6");
  ASSERT_GT(want.size(), 12u);
  const Table* table = testing::table_holding(*ours_, want.front());
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  ASSERT_EQ(got.size(), 12u);  // page 5 opens with the model's 13th row
  for (size_t r = 0; r + 1 < got.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  EXPECT_EQ(got.back().front(), want[11].front());
}

// The rows of `got`, a table cut from the model's `want` by the pages of a fixture, against the
// model's: the header (with `header`), then from the row above the model's row equal to the
// second body row (names repeat in a table), row for row, but the last, which may run on past
// the cut: its first cell whole.
void expect_model_rows(const std::vector<std::vector<std::string>>& got,
                       const std::vector<std::vector<std::string>>& want, bool header) {
  const size_t body = header ? 1 : 0;
  ASSERT_GT(got.size(), body + 2);
  if (header) {
    EXPECT_EQ(got.front(), want.front());
  }
  size_t from = body + 1;
  while (from < want.size() && want[from] != got[body + 1]) ++from;
  --from;
  ASSERT_LE(from + got.size() - body, want.size());
  for (size_t r = body; r + 1 < got.size(); ++r) {
    EXPECT_EQ(got[r], want[from + r - body]) << "row " << r + 1;
  }
  EXPECT_EQ(got.back().front(), want[from + got.size() - 1 - body].front());
}

struct CarriedRowOnTop {
  static constexpr const char* kFolder = "fixtures/cell-rows/paragraphs-under-a-carried-row";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using ParagraphsUnderACarriedRow = testing::FixtureRenderSuite<CarriedRowOnTop>;

// Pages 10 to 12 of seed 2102's XeLaTeX rendering (/work/h-cells3/fid, held17; TeX Gyre
// Termes 12 pt, booktabs, no cell padding), t3: page 11 opens under its header with the rest of
// Østlandets Juridiske Rådgivning's description, blank under the name and type, and prints
// Médecins Sans Frontières' description in two paragraphs, a third atop page 12. That rest's
// blanks made the name column one that a row leaves blank, so the second paragraph was a row of
// its own (and the third, under it, too: the name and type spanning three rows); now rows of the
// next paragraph's shape at the region's top are the rest of a row cut by the break and say
// nothing of the column (stages/tables/paragraph_rows.cc, step 2). Every row the pages print is
// the model's.
TEST_F(ParagraphsUnderACarriedRow, ADescriptionsParagraphsStayInItsRow) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t3");
  const std::vector<const Block*> tables = testing::tables_of(*ours_);
  ASSERT_EQ(tables.size(), 1u);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(tables.front()->table);
  EXPECT_EQ(got.size(), 9u);  // the header and 8 rows, the last cut by page 12's foot
  expect_model_rows(got, want, /*header=*/true);
}

struct HeaderlessPageTop {
  static constexpr const char* kFolder = "fixtures/cell-rows/first-row-in-paragraphs";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using FirstRowInParagraphs = testing::FixtureRenderSuite<HeaderlessPageTop>;

// Pages 9 and 10 of seed 2108's XeLaTeX rendering (held17; Latin Modern Roman 12 pt, booktabs,
// no header), t2: page 9 opens the table with International Crisis Group's row, its description in
// three paragraphs there and a fourth atop page 10. The region's first row never took a
// paragraph (a header's two-line cell stops above its last line as a name does), so each was a
// row of its own under the name and type spanning four; now a first row that is not wholly bold
// is a body row and takes its next paragraphs (paragraph_rows.cc, step 3).
TEST_F(FirstRowInParagraphs, TheFirstRowsParagraphsStayInIt) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t2");
  const std::vector<const Block*> tables = testing::tables_of(*ours_);
  ASSERT_EQ(tables.size(), 1u);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(tables.front()->table);
  EXPECT_EQ(got.size(), 3u);  // the model's rows 1 to 3, the third cut by page 10's foot
  expect_model_rows(got, want, /*header=*/false);
}

struct PageTopParagraphs {
  static constexpr const char* kFolder = "fixtures/cell-rows/paragraphs-atop-a-page";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using ParagraphsAtopAPage = testing::FixtureRenderSuite<PageTopParagraphs>;

// Pages 21 to 23 of seed 2102's XeLaTeX rendering (held17), t7: Reuters' description breaks at
// the foot of page 22 and goes on atop page 23 under the repeated header in two paragraphs,
// blank under the name and type. The first carried the row on (cut_rows.cc, step 3b), the second
// stayed a row of its own under the name and type read as spanning it; now rows of one shape
// atop a page, blank where every other row of the page has a name, are one row's paragraphs
// (paragraph_rows.cc, step 5). The second shape of tall-cell-going-on-alone-rules' class.
TEST_F(ParagraphsAtopAPage, TheRestsParagraphsCarryTheRowOn) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t7");
  const Table* table = testing::table_holding(*ours_, want.front());
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  expect_model_rows(got, want, /*header=*/true);
}

struct PartsAlone {
  static constexpr const char* kFolder = "fixtures/cell-rows/parts-spaced-as-rows";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using PartsSpacedAsRows = testing::FixtureRenderSuite<PartsAlone>;

// Pages 22 to 24 of seed 2127's XeLaTeX rendering (held17; Latin Modern Roman 12 pt, lines 1.3
// apart, booktabs, no cell padding), t2: the Norwegian Country of Origin Information Centre's
// description breaks at the foot of page 22, and page 23 prints nothing but its rest under the
// header, in parts a line's step apart, a last part atop page 24. The steps between those
// parts, the only steps between rows on page 23, were taken for a padded row's, so that every
// line of the rest was a row of its own; now a part of three lines or more, each that step
// below the last, is a paragraph spaced as the rows are (stages/tables/row_pitch.cc, step 1d),
// and the parts of a page holding nothing else under its header are one row's
// (paragraph_rows.cc, step 5), which carries the row on (cut_rows.cc, step 3b). Every row the
// pages print is the model's.
TEST_F(PartsSpacedAsRows, APagesPartsAreNoLines) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t2");
  const Table* table = testing::table_holding(*ours_, want[1]);
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> got = testing::grid_texts(*table);
  EXPECT_EQ(got.size(), 7u);  // the header and 6 rows, the last cut by page 24's foot
  expect_model_rows(got, want, /*header=*/true);
}

struct LabelRowsOnTop {
  static constexpr const char* kFolder = "fixtures/cell-rows/label-rows-atop-a-page-libreoffice";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "tables";
};

using LabelRowsAtopAPage = testing::FixtureRenderSuite<LabelRowsOnTop>;

// Pages 79 and 80 of seed 2101's LibreOffice rendering (held17; DejaVu Serif 11 pt on Letter,
// 3 pt of padding), t13: Bretagne's label spans two rows on page 79 and two atop page 80, blank
// there beside "CADA Est-3" | "11" | "24.2%" and "PRAHDA Nord-4" | "767,226" | "9.2%", then
// "Corse" fills its row. Read as one row's paragraphs (paragraph_rows.cc, step 5), the two rows
// were one ("CADA Est-3 PRAHDA Nord-4"); a tall cell's paragraphs go on in that cell alone, so
// rows with text in several columns are rows. Every row is the model's.
TEST_F(LabelRowsAtopAPage, RowsUnderACarriedLabelStayRows) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t13");
  ASSERT_GT(want.size(), 1u);
  const Table* table = testing::table_holding(*ours_, want[1]);  // page 79 prints another too
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(testing::grid_texts(*table), want);
}

}  // namespace
}  // namespace coi
