// End to end on WeasyPrint renders cut from the middle of a note, whose notes start past note 1:
// WeasyPrint prints a note's number on the baseline, where a number opens a note only as the one
// the sequence expects (or a few past it, after notes lost). The sequence started at 1, so every
// note of the cut read as text without a number, reported and dropped: the pages' notes were
// lost. Before the first note read, a number at the margin however far past 1 now opens a note
// when its mark is printed in the body and the notes after it go on from it
// (stages/footnotes/footnote_notes.cc, step 1b). Expected notes and texts come from the model.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

// Seed 1563, pages 8, 10 and 11 (Liberation Serif 11 pt, Letter; page 9, notes 16 to 19, left
// out), as WeasyPrint printed them and re-printed by MuPDF: notes 12 to 15 and 20 to 31.
TEST(FootnoteSequenceStart, NotesOfACutFromNoteTwelveAreRead) {
  constexpr const char* kFolder = "fixtures/generated-classes/soft-hyphens-reprinted";
  const std::map<int, std::string> want = testing::note_texts(testing::load_fixture_model(kFolder));
  for (const char* producer : {"weasyprint", "mupdf-weasyprint"}) {
    const std::map<int, std::string> got =
        testing::note_texts(testing::convert_fixture(kFolder, producer, ""));
    EXPECT_EQ(got.size(), 16u) << producer;
    for (const auto& [n, text] : got) {
      ASSERT_TRUE(want.count(n)) << producer << ": the model has no note " << n;
      EXPECT_EQ(text, want.at(n)) << producer << ": note " << n;
      EXPECT_TRUE((n >= 12 && n <= 15) || (n >= 20 && n <= 31)) << producer << ": note " << n;
    }
  }
}

// Seed 1907, pages 9 to 11 (DejaVu Sans 11 pt, A4): notes 22 and 23, 21 past note 1.
TEST(FootnoteSequenceStart, NotesOfACutFromNoteTwentyTwoAreRead) {
  testing::expect_notes_as_model("fixtures/generated-classes/notes-from-mid-sequence-weasyprint",
                                 "weasyprint", 22, 23);
}

// Past the first note read, a number any distance past the expected one opens a note when its
// mark is printed on its page or the one before and the notes after it go on from it: renders
// cut from pages far apart. Seed 121, pages 15 and 25 (Liberation Sans 10 pt, A4): notes 51 to
// 55, then 105 to 108 (once read as note 55's text, 49 notes past it).
TEST(FootnoteSequenceStart, NotesOfACutResumingFortyNineNotesOnAreRead) {
  testing::expect_notes_as_model("fixtures/generated-classes/words-cut-in-cells", "weasyprint",
                                 std::vector<int>{51, 52, 53, 54, 55, 105, 106, 107, 108});
}

// The second input: seed 527, pages 20 and 35 (DejaVu Sans 12 pt, Letter): notes 52 and 53, then
// 106 and 107 (once note 53's text).
TEST(FootnoteSequenceStart, SecondSeedNotesOfACutResumingFiftyTwoNotesOnAreRead) {
  testing::expect_notes_as_model("fixtures/generated-classes/words-wrapped-in-cells-letter",
                                 "weasyprint", std::vector<int>{52, 53, 106, 107});
}

}  // namespace
}  // namespace coi
