// Words XeLaTeX cut between two letters inside narrow table cells, which coi once printed with a
// space inside them (stages/tables/cell_text.cc, Steps 3b and 3d; stages/tables/whole_words.h,
// Steps 5 and 6):
//   - after other words on its line ("Not app" / "licable", "Not appli" / "cable"): the note
//     printed the joined word nowhere, and the piece above counted as a word because its own
//     cells print it beside "Not". TeX cuts a word after others only where no line of the cell
//     holds it whole (a break at the space before it costs less), so two pieces of letters too
//     wide together for the line, printed as words nowhere else, are one word;
//   - alone on its line ("Reconsider" / "ations", "Accommod" / "ation"): the paragraphs'
//     line-end hyphens print the same pieces ("accommod-" / "ation", "applic-" / "ations", over
//     a page break too), and they counted as words the note prints whole, so the cut read as two
//     words. The pieces of a word a line-end hyphen broke are no words of the note.
//
// Each folder holds pages of one XeLaTeX rendering of a generated note (seeds of held18), or
// their Ghostscript re-print, and its model cut to the table (fixtures/README.md). Every model cell holding the word must be printed
// exactly, and no printed cell may be a model cell with a space added or lost.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kClasses = "fixtures/generated-classes/";

// Holds the cells of `folder`'s pages printed by `producer` holding `text` against the model's.
void expect_cells_exact(const std::string& folder, const std::string& text,
                        const std::string& producer = "latex") {
  const std::string path = kClasses + folder;
  const Doc model = testing::load_fixture_model(path);
  const Doc ours = testing::convert_fixture(path, producer, "");
  std::map<std::string, int> printed;
  for (const std::string& cell : testing::cell_texts(ours)) ++printed[cell];
  size_t in_model = 0, exact = 0;
  for (const std::string& cell : testing::cell_texts(model)) {
    if (cell.find(text) == std::string::npos) continue;
    ++in_model;
    if (printed[cell] > 0) ++exact;
  }
  EXPECT_GT(in_model, 0u) << folder;
  EXPECT_EQ(exact, in_model) << folder << ": " << text;
  EXPECT_EQ(testing::judge_cell_spaces(model, ours).wrong, std::vector<std::string>{}) << folder;
}

// Seed 2216 (Liberation Serif 11 pt), t5 on page 17: "Not app" / "licable" in three cells of a
// header row, "applicable" printed nowhere else in the note (once "Not app licable").
TEST(TexWordsCutInCells, CutAfterAWordTooWideForTheLineIsOneWord) {
  expect_cells_exact("words-cut-after-words-wider-than-the-line-latex-2216", "Not applicable");
}

// The same page re-printed by Ghostscript (pdfwrite, /default), a second shape of the PDF.
TEST(TexWordsCutInCells, CutAfterAWordTooWideForTheLineIsOneWordGhostscript) {
  expect_cells_exact("words-cut-after-words-wider-than-the-line-latex-2216-gs", "Not applicable",
                     "gs-latex");
}

// Seed 2210 (DejaVu Sans 10 pt), t6 on page 29: "Not appli" / "cable", the class in a second
// note and font (once "Not appli cable").
TEST(TexWordsCutInCells, CutAfterAWordTooWideForTheLineIsOneWordSecondSeed) {
  expect_cells_exact("words-cut-after-words-wider-than-the-line-latex-2210", "Not applicable");
}

// Seed 2204 (DejaVu Sans 12 pt), t9 on page 52: "Reconsider" / "ations" alone on their lines;
// pages 20 and 21 break "applic-" / "ations" over the page, page 66 inside a list item (once
// "Reconsider ations").
TEST(TexWordsCutInCells, CutBesideTheParagraphsHyphenPiecesIsOneWord) {
  expect_cells_exact("words-cut-beside-hyphen-pieces-latex-2204", "Reconsiderations");
}

// The same pages re-printed by Ghostscript (pdfwrite, /ebook), a second shape of the PDF.
TEST(TexWordsCutInCells, CutBesideTheParagraphsHyphenPiecesIsOneWordGhostscript) {
  expect_cells_exact("words-cut-beside-hyphen-pieces-latex-2204-gs", "Reconsiderations",
                     "gs-latex");
}

// Seed 2208 (TeX Gyre Heros 12 pt), t12 on pages 93 to 96: "Accommod" / "ation"; pages 2 and
// 14 break "accommod-" at a line's end, page 9 "situ-" / "ation" (once "Accommod ation").
TEST(TexWordsCutInCells, CutBesideTheParagraphsHyphenPiecesIsOneWordSecondSeed) {
  expect_cells_exact("words-cut-beside-hyphen-pieces-latex-2208", "Accommodation");
}

// A compound's halves are words: "child-" / "protection", a line-end hyphen the judge keeps
// (stages/text/hyphenation.h), is no broken word, so "protection" counts as printed and
// "Subsidiary" / "protection" on two lines of a narrow cell stay two words. Held19 seed 2306,
// pages 9 and 13 of its LibreOffice rendering (no hyphenation; "child-" ends a line on page 9),
// once read "Subsidiaryprotection" when Step 5 took every line-end piece away.
TEST(TexWordsCutInCells, ACompoundsHalvesAreWordsLibreOffice) {
  expect_cells_exact("subsidiary-protection-on-two-lines-libreoffice", "Subsidiary protection",
                     "libreoffice");
}

// The same note by WeasyPrint, pages 6 and 12: another engine, page and line breaks.
TEST(TexWordsCutInCells, ACompoundsHalvesAreWordsWeasyPrint) {
  expect_cells_exact("subsidiary-protection-on-two-lines-weasyprint", "Subsidiary protection",
                     "weasyprint");
}

}  // namespace
}  // namespace coi
