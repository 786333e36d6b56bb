// End to end on two renders in templates that draw no footnote separator, where a note too long
// for the foot of its page is carried over: its rest prints at the foot of the next page, above
// that page's first note (fixtures/generated-classes/, fixtures/README.md). Without a rule, the
// area starts at the first line opening a note, and the rest, above it, was read as body text:
// the note was cut short (and its source often unresolved). Expected notes and texts come from
// the model.
#include <gtest/gtest.h>

#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

// XeLaTeX, seed 1550, pages 6 to 8 (TeX Gyre Heros, notes 9 pt, raised numbers): note 13 ends
// page 7 with "(pages 44 to" and page 8 opens its area with "47), 11 November 2017" above note 14
// (once note 13 cut at "to" and "47), 11 November 2017" a paragraph).
TEST(NotesCarriedOver, TexNoteRestAboveTheNextPagesFirstNoteIsItsText) {
  testing::expect_notes_as_model("fixtures/generated-classes/note-carried-over-without-separator",
                                 "latex", 1, 15);
}

// LibreOffice, seed 1542, pages 53 to 55 (DejaVu Sans 11 pt, notes 8 pt, raised numbers): note 207
// runs five lines onto page 55 above notes 208 and 209.
TEST(NotesCarriedOver, WordNoteRestAboveTheNextPagesFirstNoteIsItsText) {
  testing::expect_notes_as_model(
      "fixtures/generated-classes/note-carried-over-without-separator-libreoffice", "libreoffice",
      204, 209);
}

}  // namespace
}  // namespace coi
