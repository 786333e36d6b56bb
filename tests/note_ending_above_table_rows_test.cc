// End to end on two LibreOffice renders in a template that draws no footnote separator, where the
// last note of a page ends with room to spare on its line and the next page prints, above its
// own notes, a table ruled with horizontal lines only, its bottom rule on a later page: the rule
// under the table's header is wide and isolated, and the band below it (the table's rows, in the
// notes' size, then the page's first note) was taken for the page before's last note carried
// over: that note ran on with the table's rows. A note runs on only where its last line had no
// room for the next word (stages/layout/layout_footnotes.cc, (b)). Expected notes and texts come
// from the model (fixtures/README.md, fixtures/generated-classes/).
#include <gtest/gtest.h>

#include <vector>

#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

// Seed 2018 (/work/fidelity-held16), pages 9 to 11 (Liberation Sans 11 pt, notes 10 pt): note
// 20 ends page 10 with "available on" / "request", and page 11 prints a table's header, its rule
// and two rows ("Reporters Without Borders (RSF) Media However, ...") above note 21 (once note
// 20's text).
TEST(NoteEndingAboveTableRows, NoteBeforeATableAtThePageFootEndsOnItsPage) {
  testing::expect_notes_as_model(
      "fixtures/generated-classes/note-ending-above-table-rows-libreoffice", "libreoffice", 12, 21);
}

// Seed 2019 (/work/fidelity-held16), pages 12 and 13: note 43 ends page 12 with "21" / "October
// 2015", and page 13 prints a table of three rows under its header's rule above notes 44 to 46.
// Note 37, cited beside note 38 in the model, is printed on page 11, not in the cut.
TEST(NoteEndingAboveTableRows, SecondSeedNoteBeforeATableEndsOnItsPage) {
  testing::expect_notes_as_model(
      "fixtures/generated-classes/note-ending-above-table-rows-libreoffice-2019", "libreoffice",
      std::vector<int>{38, 39, 40, 41, 42, 43, 44, 45, 46});
}

}  // namespace
}  // namespace coi
