// Fonts whose declared ascent a driver rewrote (fixtures/reprinted-ascents, fixtures/README.md):
// Ghostscript and Cairo re-printing a PDF set each embedded font's Ascent and Descent to its
// FontBBox (Latin Modern 806/-194 to about 1125/-292), and Poppler sets a word's box from them,
// 40% taller than the letters. A TeX note's first footnote line then reached up over the
// separator rule 3 pt above its letters, the rule read as that line's underline, and the area's
// first note (1, 5 and 8 on these pages) as body text without a number. A word's box now reaches
// no farther from its baseline than [extract] word_max_ascent and word_max_descent of its size
// (stages/extract/extract_words.cc, CharBoxes). Expected notes and texts come from the model.
#include <gtest/gtest.h>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/reprinted-ascents";

// Every page's footnote separator (its one short horizontal rule in the lower half) lies above
// the box of every word set below it: text under a rule does not reach over it.
void expect_words_below_their_separator(const char* producer) {
  const Doc doc = testing::convert_fixture(kFolder, producer, "extract");
  ASSERT_EQ(doc.pages.size(), 3u) << producer;
  for (const Page& page : doc.pages) {
    const Rule* separator = nullptr;
    for (const Rule& rule : page.rules) {
      const bool horizontal = rule.box.width() > 10 * rule.box.height();
      if (horizontal && rule.box.y0 > page.height / 2 && rule.box.width() < page.width / 2) {
        separator = &rule;
      }
    }
    ASSERT_NE(separator, nullptr) << producer << " p. " << page.number;
    for (const Word& w : page.words) {
      if (w.baseline > separator->box.y1) {
        EXPECT_GE(w.box.y0, separator->box.y1) << producer << " p. " << page.number << " \""
                                               << w.text << "\"";
      }
    }
  }
}

// Pages 7 to 9 of held18 seed 2207 (LaTeX, Latin Modern 12 pt) re-printed by Ghostscript's
// pdfwrite (/ebook): notes 1 to 9, each page's first under its separator.
TEST(ReprintedAscents, GhostscriptWordsStayUnderTheSeparator) {
  expect_words_below_their_separator("gs-latex");
}

TEST(ReprintedAscents, GhostscriptKeepsEveryNote) {
  testing::expect_notes_as_model(kFolder, "gs-latex", 1, 9);
}

// The same pages re-printed by Cairo (`pdftocairo -pdf`), which rewrites the metrics alike.
TEST(ReprintedAscents, CairoWordsStayUnderTheSeparator) {
  expect_words_below_their_separator("cairo-latex");
}

TEST(ReprintedAscents, CairoKeepsEveryNote) {
  testing::expect_notes_as_model(kFolder, "cairo-latex", 1, 9);
}

}  // namespace
}  // namespace coi
