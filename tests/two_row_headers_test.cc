// Long tables with a two-row repeated header on fixtures/two-row-headers: a short generated note
// whose statistics tables (a "Region" cell spanning both header rows, the years spanning their
// measures) run over several pages with columns narrower than their figures, so rows are two to
// four lines tall. LibreOffice cuts rows at its page breaks: a page in the middle of a table
// opens with the two header rows and then the rest of the row the page before cut ("3" / "0²³":
// the number 30 and its footnote mark, which wrap together). WeasyPrint breaks figures after
// their thousands comma ("121," / "288") and words between characters ("Dete" / "ntion", where
// the "n" is wider than the average letter of "nti"). Expected tables come from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/two-row-headers";

// "t1 r13" for every row of the model's tables that `ours` does not print whole, cell for cell
// on the expanded grid, in order (the model's tables matched with ours by position).
std::vector<std::string> rows_not_whole(const Doc& model, const Doc& ours) {
  std::vector<std::string> out;
  const std::vector<const Block*> want = testing::tables_of(model), got = testing::tables_of(ours);
  for (size_t t = 0; t < want.size(); ++t) {
    const auto want_rows = testing::grid_texts(want[t]->table);
    const auto got_rows = t < got.size() ? testing::grid_texts(got[t]->table)
                                         : std::vector<std::vector<std::string>>{};
    size_t next = 0;  // rows of ours before it are matched or passed over
    for (size_t r = 0; r < want_rows.size(); ++r) {
      size_t k = next;
      while (k < got_rows.size() && got_rows[k] != want_rows[r]) ++k;
      if (k < got_rows.size()) {
        next = k + 1;
      } else {
        out.push_back(want[t]->id + " r" + std::to_string(r + 1));
      }
    }
  }
  return out;
}

// Every row whole. (t1 r13, joined across its page break, once with spaces where "37%" / "-" /
// "23%" broke, and rows whose cells break over four lines, "57%" / "-" / "18" / "%¹⁷" (t1 r5)
// and "16%" / "-" / "32" / "%²⁸" (t1 r18), once read as two rows: a hyphen alone under its
// cell's line is a piece of the range, stages/tables/hrule_rows.cc, cell_text.cc, cut_rows.cc.
// Figures broken as "27" / "%" in a column just wider than "27%", t2 r14, r24 and t1 r31, and
// "US$2." / "4 billion", once kept a space, stages/tables/number_cut.h; t1 r42, cut by a page
// break, once came out in two; and t2 r36, "28" / "8,583" and "665,3" / "84" over the break,
// whose rest once read as a row of its own: the "8" measured as the average of "8,583", whose
// comma is narrow, seemed to fit after "28", stages/tables/cut_rows.cc.)
TEST(TwoRowHeaders, LibreOfficeRowsCutUnderARepeatedTwoRowHeaderJoinAcrossThePageBreak) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "libreoffice", "segment");
  ASSERT_EQ(testing::tables_of(model).size(), 4u);
  EXPECT_EQ(testing::tables_of(ours).size(), testing::tables_of(model).size());
  EXPECT_EQ(rows_not_whole(model, ours), std::vector<std::string>{});
}

// Every row whole. (t2 r35, a row WeasyPrint cut at a page break by moving its tall cells, the
// last column's among them, whole to the next page, once read as two rows, and t2 r21, "53%-" /
// "18%" at a page foot above a line's room the widow control left: stages/tables/cut_rows.cc,
// steps 2 and 3.)
TEST(TwoRowHeaders, WeasyPrintFiguresBrokenAfterTheirCommaOrBetweenLettersRejoin) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "weasyprint", "segment");
  ASSERT_EQ(testing::tables_of(model).size(), 4u);
  EXPECT_EQ(testing::tables_of(ours).size(), testing::tables_of(model).size());
  EXPECT_EQ(rows_not_whole(model, ours), std::vector<std::string>{});
}

}  // namespace
}  // namespace coi
