// End to end on two renders whose footnote areas end in a line holding a year alone, a note's
// date wrapped to the margin ("... updated 21 May" / "2021"), low enough to lie in the bottom
// furniture band, above a bare page number ("5") (fixtures/generated-classes/, fixtures/README.md).
// Digits masked, both lines read "#": the year once stood for its page among the page numbers, so
// that page's number stayed body text, below the notes, and the layout found no footnote area
// there (a template without a separator: the area is the run of small type at the page's foot).
// Expected notes and texts come from the model.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

// No page number is read as text: no block is a number alone.
void expect_no_number_alone(const Doc& ours) {
  for (const Block& b : ours.blocks) {
    const std::string text = testing::squash_spaces(plain_text(b.inlines));
    EXPECT_FALSE(!text.empty() && text.find_first_not_of("0123456789") == std::string::npos)
        << b.id << ": " << text;
  }
}

// WeasyPrint, seed 1557, pages 1 to 6 (DejaVu Sans 10 pt, notes 9 pt on the baseline, no
// separator, the page number centred at the foot): page 5 prints notes 5 to 16, note 14's last
// line "2022" in the band (once notes 5 to 44 of the whole note lost).
TEST(PageNumbersUnderNotes, CssNotesEndingInAYearAboveTheNumberAreFound) {
  expect_no_number_alone(testing::expect_notes_as_model(
      "fixtures/generated-classes/page-number-under-a-wrapped-date", "weasyprint", 1, 20));
}

// LibreOffice, seed 1553, pages 27 to 29 of the render (TeX Gyre Heros 10 pt, raised note numbers,
// no separator): pages 27 to 29 print notes 73 to 92, pages 28 and 29 ending with note 84's and
// note 92's year alone ("2025") in the band, so with two of the three pages' numbers taken for
// text no page number was furniture (once notes 79 to 92 of the whole note lost).
TEST(PageNumbersUnderNotes, WordNotesEndingInAYearAboveTheNumberAreFound) {
  expect_no_number_alone(testing::expect_notes_as_model(
      "fixtures/generated-classes/page-number-under-a-wrapped-date-libreoffice", "libreoffice",
      73, 92));
}

}  // namespace
}  // namespace coi
