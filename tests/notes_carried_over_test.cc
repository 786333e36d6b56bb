// End to end on two renders in templates that draw no footnote separator, where a note too long
// for the foot of its page is carried over: its rest prints at the foot of the next page, above
// that page's first note (fixtures/generated-classes/, fixtures/README.md). Without a rule, the
// area starts at the first line opening a note, and the rest, above it, was read as body text:
// the note was cut short (and its source often unresolved). Expected notes and texts come from
// the model.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

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

// XeLaTeX, seed 1820, pages 34 and 35 (DejaVu Sans 12 pt, notes 10 pt set 1.3 apart, 15.5 pt
// from baseline to baseline): note 113 ends page 34 with "...documented that long-term residents
// were entitled to the same benefits as nationals. During the" and runs nine lines onto page 35,
// above note 114. Lines 5.6 pt apart were too far apart for notes set solid (once the rest a
// paragraph and note 113 cut short); now they are as close as the notes' own lines. Note 116
// runs on to page 36, not in the cut.
TEST(NotesCarriedOver, TexNoteRestSetAtWideLeadingIsItsText) {
  constexpr const char* kFolder = "fixtures/generated-classes/note-carried-over-at-wide-leading";
  const std::map<int, std::string> want = testing::note_texts(testing::load_fixture_model(kFolder));
  const std::map<int, std::string> got =
      testing::note_texts(testing::convert_fixture(kFolder, "latex", ""));
  for (int n = 112; n <= 115; ++n) {
    ASSERT_TRUE(want.count(n)) << "the model has no note " << n;
    ASSERT_TRUE(got.count(n)) << "note " << n << " lost";
    EXPECT_EQ(got.at(n), want.at(n)) << "note " << n;
  }
}

// The class of TexNoteRestSetAtWideLeadingIsItsText in another font and size: XeLaTeX, seed
// 1912, pages 6 and 7 (TeX Gyre Termes 12 pt, notes 8 pt set 1.3 apart, no separator): note 12
// ends page 6 "... the state generally respected this right" and runs on atop page 7's area,
// above note 13, its lines as far apart as the notes' own (once, with the notes' leading not
// allowed, the rest a paragraph and note 12 cut short).
TEST(NotesCarriedOver, TexNoteRestSetAtWideLeadingInTermesIsItsText) {
  testing::expect_notes_as_model(
      "fixtures/generated-classes/note-carried-over-at-wide-leading-termes", "latex", 4, 18);
}

// A note's rest alone at the foot of a page that opens no note: no separator and no number to
// start the area at, so the rest was body text and the note cut short. The note's last line on
// the page before left no room for the rest's first word, so the producer wrapped it there
// (layout_footnotes.cc, (c); `[layout] footnote_run_on_room`). XeLaTeX, seed 1908, pages 73, 78
// and 79 (Liberation Serif 12 pt, notes 9 pt; page 73 prints notes 156 and 157 and the numbered
// paragraphs that make the cut a note): note 161 fills its line to the column's edge ("... (page
// 64), 14 June") and "2022" stands alone under page 79's table.
TEST(NotesCarriedOver, TexNoteRestAloneUnderATableIsItsText) {
  testing::expect_notes_as_model("fixtures/generated-classes/note-rest-alone-at-page-foot", "latex",
                                 std::vector<int>{156, 157, 161});
}

// LibreOffice, seed 1913, pages 7 to 9 (Liberation Sans 11 pt, notes 10 pt, notes 16 to 27): note
// 27 ends page 8 with "... country report", too long for "(December", and page 9 prints nothing
// but "Back to Contents" and its rest.
TEST(NotesCarriedOver, WordNoteRestAloneOnAPageIsItsText) {
  testing::expect_notes_as_model(
      "fixtures/generated-classes/note-rest-alone-at-page-foot-libreoffice", "libreoffice", 16,
      27);
}

}  // namespace
}  // namespace coi
