// End to end on WeasyPrint renders in templates that draw no footnote separator, where a table row
// cut by a page break marks notes on both pages and the engine prints them in the order it placed
// the row's pieces, not the marks': "155 ...", "154 ...", "156 ..." (fixtures/README.md,
// "Footnote areas"). The layout's note sequence advanced over the area's lines once, in print
// order, so it stopped at 155; the next page's area, opening 160 on the baseline with no rule
// above it, was not the expected note's, and no area after it was found: every later note read as
// body text (seed 1805: 61 notes). Now the area's notes advance the sequence in any order, and an
// area opening the first note marked on its page past the expected one resumes it (each cut
// opens mid-note: its first area resumes so too). Expected notes come from the model.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/fixture_doc.h"
#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

// The first word of `text`.
std::string first_word(const std::string& text) { return text.substr(0, text.find(' ')); }

// Every note `first` to `last` of the model opens a line of a footnote area of coi's layout of
// the render (its number, then its text's first word), and every page of the render has an area.
void expect_notes_in_areas(const std::string& folder, const std::string& producer, int first,
                           int last) {
  const std::map<int, std::string> want = testing::note_texts(testing::load_fixture_model(folder));
  const Doc ours = testing::convert_fixture(folder, producer, "layout");
  for (const Page& page : ours.pages) {
    EXPECT_GE(page.footnote_top, 0) << "page " << page.number << " has no footnote area";
  }
  for (int n = first; n <= last; ++n) {
    ASSERT_TRUE(want.count(n)) << "the model has no note " << n;
    int opened = 0;
    for (const Page& page : ours.pages) {
      for (const Line& line : page.lines) {
        if (line.words.size() < 2) continue;
        const Word& number = page.words[static_cast<size_t>(line.words[0])];
        const Word& text = page.words[static_cast<size_t>(line.words[1])];
        if (number.text != std::to_string(n) || text.text != first_word(want.at(n))) continue;
        ++opened;
        EXPECT_EQ(line.role, LineRole::kFootnote) << "note " << n << " read as body text";
      }
    }
    EXPECT_EQ(opened, 1) << "note " << n;
  }
}

// Seed 1805, pages 50 to 56 (TeX Gyre Heros 12 pt, notes 10 pt on the baseline): page 51 prints
// notes 155 and 154 in that order, its table row cut by the break (mark 155 on page 50); page 52
// opens its area with 160 under the table's last row, and pages 53 to 56 go on to 190.
TEST(NotesOutOfOrderSequence, AreasAfterARowsNotesPrintedOutOfOrderAreFound) {
  expect_notes_in_areas("fixtures/generated-classes/notes-out-of-order-in-a-split-row",
                        "weasyprint", 148, 190);
}

// Seed 1632, pages 29 to 33 (DejaVu Sans 11 pt, notes 8 pt): page 30 prints notes 119, 120, 118,
// 121, the row marking 118 cut by the break; pages 31 to 33 go on to 138.
TEST(NotesOutOfOrderSequence, AreasAfterARowsNotesPrintedOutOfOrderAreFoundSecondSeed) {
  expect_notes_in_areas("fixtures/generated-classes/notes-out-of-order-in-a-split-row-1632",
                        "weasyprint", 111, 138);
}

}  // namespace
}  // namespace coi
