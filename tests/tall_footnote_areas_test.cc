// Footnote areas taller than half their page, on fixtures/tall-footnote-areas: a short generated
// note where one short paragraph cites five long notes and another six, so that WeasyPrint's
// notes fill more than the page's lower part and the separator sits above the middle of the page;
// the six marks, printed side by side, read as one raised word "161718192021" (once a crash). Such a
// separator was once refused by its place alone: the area read as body text, and with it every
// later note, a whole page of notes past the one expected, was read as a run-on of the last note
// before it. Expected notes, marks and paragraphs come from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/note_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/tall-footnote-areas";

// The footnote marks of the paragraphs, in reading order.
std::vector<int> marks_of(const Doc& doc) {
  std::vector<int> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kParagraph) continue;
    for (const Inline& run : b.inlines) {
      if (run.kind == InlineKind::kFootnoteRef) out.push_back(run.footnote);
    }
  }
  return out;
}

void expect_every_note(const char* producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "footnotes");
  ASSERT_GT(model.footnotes.size(), 30u);
  EXPECT_EQ(testing::footnote_lines(ours), testing::footnote_lines(model)) << producer;
  EXPECT_EQ(marks_of(ours), marks_of(model)) << producer;
}

TEST(TallFootnoteAreas, WeasyPrintSeparatorAboveTheMiddleOfThePageStartsTheArea) {
  expect_every_note("weasyprint");
}

// LibreOffice and XeLaTeX carry the long notes over to the next pages rather than grow the area
// past the middle of the page: no high separator here, every note held to the model all the same
// (the rule for a high separator must take nothing else).
TEST(TallFootnoteAreas, LibreOfficeCarryingLongNotesOverKeepsEveryNote) {
  expect_every_note("libreoffice");
}

TEST(TallFootnoteAreas, XeLaTeXCarryingLongNotesOverKeepsEveryNote) {
  expect_every_note("latex");
}

}  // namespace
}  // namespace coi
