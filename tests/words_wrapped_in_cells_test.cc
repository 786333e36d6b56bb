// Words a table cell wrapped over two lines that coi read as one word: a compound broken at its
// own hyphen (stages/text/hyphenation.h, step 4a) and two words wrapped at a space in a column
// cut narrower than either (stages/tables/whole_words.h, Step 4).
//
// XeLaTeX prints "Semi-" / "urban" in a header cell, a compound neither form of which the running
// text prints ("urban" nowhere else), in notes whose typesetter breaks words between syllables
// with the same "-": the hyphen judge took it for a syllable break ("Semiurban"). The running
// text prints "semi-public" and "semi-autonomous" and no "semi..." word: the note hyphenates
// that prefix. Two notes: seed 6 (DejaVu Sans 12 pt, pages 50 and 51) and seed 129 (TeX Gyre
// Termes 10 pt, pages 42 and 43, tex-thin-table-exact-starts).
//
// WeasyPrint cuts a word wider than its column between two characters, and never prints
// "Subsidiary protection" whole in a cell: "Subsi" / "diary" / "pro‐" / "tection" read as one
// word, the widths unable to tell the break after "diary" from a cut. A wider cell of the note
// prints "Subsidiary" / "protection" with room for the "p" on the first line: a break at a
// space, so both are words and the narrow cell holds two. Two notes: seed 104 (Liberation Sans
// 10 pt, A4, pages 22 and 25) and seed 527 (DejaVu Sans 12 pt, Letter, pages 20 and 35).
//
// WeasyPrint wraps "PRAHDA Est-2" in a column just wider than "PRAHDA": the widths cannot tell
// the break from a cut, neither word is printed whole elsewhere, and the cell read
// "PRAHDAEst-2". No word runs from capitals into a capitalised word (stages/tables/cell_text.cc,
// acronym_then_name). Two notes: seed 19 (Liberation Serif 12 pt, A4, page 24) and seed 822
// (DejaVu Serif 12 pt, Letter, page 27).
//
// Each folder is the model of a generated note and pages of its rendering (fixtures/README.md,
// "One note per failure class"); every printed cell is held against the model's cells.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

std::string without_hyphens(std::string text) {
  std::erase(text, '-');
  return text;
}

// Each printed cell that is a model cell's text but for its hyphens, "got (want)".
std::vector<std::string> hyphens_wrong(const Doc& model, const Doc& ours) {
  std::map<std::string, std::string> by_letters;
  for (const std::string& text : testing::cell_texts(model)) {
    by_letters[without_hyphens(text)] = text;
  }
  std::vector<std::string> wrong;
  for (const std::string& got : testing::cell_texts(ours)) {
    const auto it = by_letters.find(without_hyphens(got));
    if (it != by_letters.end() && it->second != got) wrong.push_back(got + " (" + it->second + ")");
  }
  return wrong;
}

// How many cells `ours` prints whose text is a model cell's holding `text`.
size_t printed_exactly(const Doc& model, const Doc& ours, const std::string& text) {
  std::vector<std::string> wanted;
  for (const std::string& cell : testing::cell_texts(model)) {
    if (cell.find(text) != std::string::npos) wanted.push_back(cell);
  }
  const std::vector<std::string> printed = testing::cell_texts(ours);
  auto wanted_cell = [&](const std::string& cell) {
    return std::find(wanted.begin(), wanted.end(), cell) != wanted.end();
  };
  return static_cast<size_t>(std::count_if(printed.begin(), printed.end(), wanted_cell));
}

void expect_compound_kept(const std::string& folder) {
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, "latex", "");
  EXPECT_EQ(hyphens_wrong(model, ours), std::vector<std::string>{});
  EXPECT_GT(printed_exactly(model, ours, "Semi-urban"), 0u);
}

TEST(WordsWrappedInCells, TexCompoundWithAHyphenatedPrefixKeepsItsHyphen) {
  expect_compound_kept("fixtures/generated-classes/tex-hyphenated-prefix-in-cells");
}

TEST(WordsWrappedInCells, TexCompoundWithAHyphenatedPrefixKeepsItsHyphenInASmallerSerif) {
  expect_compound_kept("fixtures/generated-classes/tex-thin-table-exact-starts");
}

void expect_two_words(const std::string& folder, const std::string& text,
                      const std::string& producer = "weasyprint") {
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, producer, "");
  const testing::CellSpaces judged = testing::judge_cell_spaces(model, ours);
  EXPECT_EQ(judged.wrong, std::vector<std::string>{});
  EXPECT_GT(printed_exactly(model, ours, text), 0u);
}

TEST(WordsWrappedInCells, WeasyPrintWordsAWiderCellWrapsAtASpaceStayTwo) {
  expect_two_words("fixtures/generated-classes/words-wrapped-in-cells", "Subsidiary protection");
}

TEST(WordsWrappedInCells, WeasyPrintWordsAWiderCellWrapsAtASpaceStayTwoOnLetter) {
  expect_two_words("fixtures/generated-classes/words-wrapped-in-cells-letter",
                   "Subsidiary protection");
}

TEST(WordsWrappedInCells, WeasyPrintAcronymThenACapitalisedWordStayTwo) {
  expect_two_words("fixtures/generated-classes/acronym-then-name-in-cells", "PRAHDA");
}

TEST(WordsWrappedInCells, WeasyPrintAcronymThenACapitalisedWordStayTwoOnLetter) {
  expect_two_words("fixtures/generated-classes/acronym-then-name-in-cells-letter", "PRAHDA");
}

// "Provence-" / "Alpes-Côte" / "d’Azur" in a narrow column (seed 2312, WeasyPrint, page 70):
// the first break is the compound's own hyphen, which the hyphen judge keeps, so the word the
// note's vocabulary is asked about at the second is "Provence-Alpes-Côte", which page 58's
// paragraph prints whole, not "ProvenceAlpes-Côte" (once "Provence-Alpes-Côted’Azur").
TEST(WordsWrappedInCells, WeasyPrintACompoundOverLinesKeepsTheSpaceAfterIt) {
  expect_two_words("fixtures/generated-classes/compound-over-lines-then-space-weasyprint",
                   "Provence-Alpes-Côte d’Azur");
}

// The same pages re-printed by Cairo (drivers.py cairo, seed 2312).
TEST(WordsWrappedInCells, WeasyPrintACompoundOverLinesKeepsTheSpaceAfterItCairo) {
  expect_two_words("fixtures/generated-classes/compound-over-lines-then-space-weasyprint",
                   "Provence-Alpes-Côte d’Azur", "cairo-weasyprint");
}

}  // namespace
}  // namespace coi
