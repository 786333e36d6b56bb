// An acronyms table whose first row wraps (stages/tables/hrule_rows.cc, group_rows'
// carries_on): ACCORD's name, too long for its column, goes on onto a second line,
// "Documentation", under a blank acronym column. The table is ruled above and below only, its
// rows unpadded and spaced as widely as a cell's lines, so only the line the cell wraps onto
// says the rows are not padded; it lies in the first row, which carries_on skipped, as a two-row
// header's "Transferred" under "2019" looks the same. So row_pitch.cc split every line into a
// row: "... Research and" a row, "Documentation" another under ACCORD spanning both (once). A
// first row not set in bold is no header, and its wrapped line now says the rows are unpadded.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

// The model's acronyms table `id`, slot for slot and with no spanning cell, is one table of
// coi's reading of `producer`'s pages of the note in `folder`.
void expect_acronyms(const std::string& folder, const std::string& producer,
                     const std::string& id) {
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, producer, "");
  testing::expect_table_and_spans(model, ours, id);
}

// held21 seed 2581, XeLaTeX (TeX Gyre Termes 12 pt, lines 1.3 apart, cells unpadded), page 5
// (page 7 for numbered paragraphs).
TEST(AcronymWrappedFirstRow, XeLaTeXFirstRowKeepsItsSecondLine) {
  expect_acronyms("fixtures/tables-once/acronym-wrapped-first-row", "latex", "t1");
}

// The second shape: held21 seed 2568, WeasyPrint (DejaVu Serif, lines 1.5 apart), page 14
// (page 15 for numbered paragraphs).
TEST(AcronymWrappedFirstRow, WeasyPrintFirstRowKeepsItsSecondLine) {
  expect_acronyms("fixtures/tables-once/acronym-wrapped-first-row-2568", "weasyprint", "t3");
}

}  // namespace
}  // namespace coi
