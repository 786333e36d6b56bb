// A quoted title's opening mark set a hair before its first word in a driver's re-print
// (fixtures/generated-classes/opening-quote-reprinted-cairo-*, fixtures/README.md): Cairo
// (`pdftocairo -pdf`) re-subsets the curly quote into a font of its own and sets the word after
// it 0.10 to 0.11 of the size past the mark's advance, just past Poppler's word break (0.1), so
// the note read "See IRB, ‘ Press release ..." where LibreOffice printed "‘Press" (stages/extract/
// extract_words.cc, join_opening_quotes; [extract] opening_quote_max_gap). Expected notes and
// their texts come from the model.
#include <gtest/gtest.h>

#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

// Held19 seed 2310, pages 12 to 14 of LibreOffice's render (DejaVu Sans 10 pt, notes 8 pt)
// re-printed by Cairo: note 78 ends "See IRB, ‘Press release on land disputes’, 20 August 2024",
// "Press" 0.81 pt (0.101 of 8 pt) past the mark.
TEST(OpeningQuotesReprinted, MarkSetAHairBeforeItsWordTakesNoSpace) {
  testing::expect_notes_as_model("fixtures/generated-classes/opening-quote-reprinted-cairo-2310",
                                 "cairo-libreoffice", 58, 81);
}

// The class in a second seed and font: held18 seed 2209, pages 15 to 17 (Liberation Serif 11
// pt, notes 9 pt, letter paper) re-printed by Cairo: note 51's "See Le Monde, ‘Belarus: the
// 2024–2025 reform ...’", "Belarus:" 1.04 pt past the mark (0.105 of its box's height).
TEST(OpeningQuotesReprinted, SecondSeedMarkSetAHairBeforeItsWordTakesNoSpace) {
  testing::expect_notes_as_model("fixtures/generated-classes/opening-quote-reprinted-cairo-2209",
                                 "cairo-libreoffice", 46, 53);
}

}  // namespace
}  // namespace coi
