// A table cell's line broken inside a word, where the line before it holds other words too or
// where a page break cut it (stages/tables/cell_text.cc, Step 3d; stages/tables/cut_rows.cc,
// Step 2):
//   - XeLaTeX breaks a word at least 80% of its column anywhere (fixtures/render/latex.py), after
//     the words that fit before it: "Not appli" / "cable", "2 billi" / "on" (after "US$3." /
//     "2", a number cut and rejoined onto the line above). Only lines of one word were read as
//     cut, so these kept a space ("Not appli cable", "US$3.2 billi on");
//   - a number cut between two characters by a page break ("US$4." / "4 billion",
//     WeasyPrint; "US$3." / "3 billion", LibreOffice) runs on with no space whatever the widths
//     say, as inside a cell: its pieces, rejoined in their cell ("US" + "$4."), once counted as
//     two words and the cut was read as a wrap ("US$4. 4 billion").
//
// Each folder holds the model of the tables named in fixtures/README.md and pages of one
// rendering. Every model cell holding the text named must be printed exactly, and no printed
// cell may be a model cell with a space added or lost.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct Printed {
  size_t in_model = 0;  // the model's cells holding the text
  size_t exact = 0;     // of those, the cells the conversion prints exactly
};

// The model's cells holding `text`, and how many of them `ours` prints exactly.
Printed printed_exactly(const Doc& model, const Doc& ours, const std::string& text) {
  std::map<std::string, int> printed;
  for (const std::string& cell : testing::cell_texts(ours)) ++printed[cell];
  Printed out;
  for (const std::string& cell : testing::cell_texts(model)) {
    if (cell.find(text) == std::string::npos) continue;
    ++out.in_model;
    if (printed[cell] > 0) ++out.exact;
  }
  return out;
}

void expect_exact(const std::string& folder, const std::string& producer, const std::string& text,
                  const std::vector<std::string>& known_misses = {}) {
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, producer, "");
  const Printed found = printed_exactly(model, ours, text);
  EXPECT_GT(found.in_model, 0u) << folder;
  EXPECT_EQ(found.exact, found.in_model) << folder << ": " << text;
  EXPECT_EQ(testing::judge_cell_spaces(model, ours).wrong, known_misses) << folder;
}

// XeLaTeX, seed 2011 (DejaVu Sans), t10 on pages 78 and 79: "Not appli" / "cable".
TEST(CellBreaksInsideWords, TexWordCutAfterAnotherWordOnItsLineIsOneWord) {
  expect_exact("fixtures/generated-classes/words-cut-after-words-latex", "latex", "applicable");
}

// XeLaTeX, seed 2016 (Latin Modern 12 pt), t5 on pages 20 and 21: "US$3." / "2 billi" / "on",
// the line "2 billi" measured from its "2", which moved up onto "US$3.".
TEST(CellBreaksInsideWords, TexWordCutAfterANumberMovedUpIsOneWord) {
  expect_exact("fixtures/generated-classes/words-cut-after-words-latex-2016", "latex", "billion");
}

// XeLaTeX, seed 2148, t1 on page 7: "First in" / "stance", the piece "in" a common word and
// "instance" printed in the paragraphs above: a rest the note prints nowhere as a word opens no
// word of its own when the joined word is one the note prints. Known miss: "Subsidiary" /
// "protection" in a column just wider than "Subsidiary", the page cut from the note printing
// "protection" nowhere else (the whole note's pages do, and read it as two words).
TEST(CellBreaksInsideWords, TexWordCutAfterACommonWordIsOneWordWhereItsRestIsNone) {
  expect_exact("fixtures/generated-classes/words-cut-after-words-latex-2148", "latex",
               "First instance", {"Subsidiaryprotection (Subsidiary protection)"});
}

// The same page re-printed by Cairo (pdftocairo -pdf), a second shape of the PDF.
TEST(CellBreaksInsideWords, TexWordCutAfterACommonWordIsOneWordCairo) {
  expect_exact("fixtures/generated-classes/words-cut-after-words-latex-2148-cairo", "cairo-latex",
               "First instance", {"Subsidiaryprotection (Subsidiary protection)"});
}

// WeasyPrint, seed 2016, t5 over pages 22 and 23: "US" + "$4." / "4 billion".
TEST(CellBreaksInsideWords, WeasyPrintNumberCutByAPageBreakRunsOnWithNoSpace) {
  expect_exact("fixtures/generated-classes/numbers-cut-by-page-break-weasyprint-2016",
               "weasyprint", "US$4.4");
}

// LibreOffice, seed 1547, t2 over pages 10 and 11 (fixtures/tables-once/link-underlines):
// "US$3." / "3 billion", the class from a second producer. Known miss: "Refugee" / "status" in
// a column as wide as "Refugee", "status" printed nowhere else: neither the widths nor the
// note's words tell the wrap from a cut.
TEST(CellBreaksInsideWords, LibreOfficeNumberCutByAPageBreakRunsOnWithNoSpace) {
  expect_exact("fixtures/tables-once/link-underlines", "libreoffice", "US$3.3",
               {"Refugeestatus (Refugee status)"});
}

}  // namespace
}  // namespace coi
