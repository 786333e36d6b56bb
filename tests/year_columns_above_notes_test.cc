// End to end on LibreOffice renders in a template that draws no footnote separator, where a table
// ruled with horizontal lines only stands just above the page's notes and its narrow first column
// prints each year a digit or two a line. A row's first line then opens with a number at the
// margin: read as a note's number on the baseline, it opened the footnote area there and the
// table's rows became notes. A note's number on the baseline is followed on its line by the
// note's text set as prose (stages/layout/layout_footnotes.cc, opens and text_follows). Expected
// notes and texts come from the model.
#include <gtest/gtest.h>

#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

// Seed 1790 (own range), pages 5 and 6 (DejaVu Sans 12 pt, notes 9 pt): page 6 prints t2's header
// ("Ye" / "ar"), its rule and two rows whose years wrap "20" / "08" and "20" / "09" above notes 8
// to 12. "08" alone at the margin was note 8 opening (its mark printed above), the row above it
// the rest of note 7 carried over: note 7 ran on with "20 7.3% 54.1% ... 09 11%". Cairo's
// re-print of the pages (fonts re-subset, links dropped) is the second shape of input.
TEST(YearColumnsAboveNotes, YearPiecesAloneOpenNoNote) {
  for (const char* producer : {"libreoffice", "cairo-libreoffice"}) {
    SCOPED_TRACE(producer);
    testing::expect_notes_as_model(
        "fixtures/generated-classes/notes-not-opened-by-a-narrow-year-column-libreoffice",
        producer, 3, 12);
  }
}

// Seed 2417 (held20, page 3; the class's other ground, a cut of a held-out render as no tuning
// seed prints it): Liberation Serif 12 pt, notes 8 pt. Table t1's rows open "1 121 49,574 N/A
// €93 ..." (the "1" of "1997"), under the header's rule: taken for a wide separator over note 1,
// the rows became notes 1, 7, 8 and 9, and notes 1 and 7 lost their text. The words after the
// "1" are parted by the columns' gaps, as no note's text is.
TEST(YearColumnsAboveNotes, RowOpeningWithTheExpectedNumberOpensNoNote) {
  testing::expect_notes_as_model(
      "fixtures/generated-classes/notes-not-opened-by-a-narrow-year-column-libreoffice-2417",
      "libreoffice", 1, 7);
}

}  // namespace
}  // namespace coi
