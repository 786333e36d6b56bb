// End to end on two renders in templates that draw no footnote separator, where a note too long
// for the foot of its page is carried over: its rest prints at the foot of the next page, above
// that page's first note (fixtures/generated-classes/, fixtures/README.md). Without a rule, the
// area starts at the first line opening a note, and the rest, above it, was read as body text:
// the note was cut short (and its source often unresolved). Expected notes and texts come from
// the model.
#include <gtest/gtest.h>

#include <map>
#include <string>

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

}  // namespace
}  // namespace coi
