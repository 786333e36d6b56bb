// A compound broken at its own hyphen at a line end keeps it when the note prints the compound
// whole elsewhere, alone on its line too (stages/text/hyphenation.h, step 1a): held against the
// model of pages cut from a generated note (fixtures/README.md, "One note per failure class").
#include <gtest/gtest.h>

#include <string>

#include "tests/support/fixture_doc.h"

namespace coi {
namespace {

// The text of the paragraph in `doc` that opens with `opening`.
std::string paragraph_opening(const Doc& doc, const std::string& opening) {
  for (const Block& b : doc.blocks) {
    const std::string text = plain_text(b.inlines);
    if (b.kind == BlockKind::kParagraph && text.rfind(opening, 0) == 0) return text;
  }
  return "(no paragraph opening \"" + opening + "\")";
}

// "...overstretched in the north-" / "east." on page 5, and "north-east." alone on the last line
// of a list item on page 12, "northeast" printed nowhere (XeLaTeX, hyphenated, seed 2223:
// fixtures/generated-classes/compound-alone-on-its-line-latex, its pages 5, 6 and 12). Only the
// running text's words counted, so neither form was printed, "east" not as a word, and the break
// read as the typesetter's: "northeast". Cairo's re-print (cairo-latex.pdf) is the second shape.
TEST(LineEndCompounds, CompoundPrintedAloneOnALineKeepsItsHyphenAtABreak) {
  const std::string folder = "fixtures/generated-classes/compound-alone-on-its-line-latex";
  const std::string opening = "However, the authorities recorded that mental-health";
  const std::string want = paragraph_opening(testing::load_fixture_model(folder), opening);
  ASSERT_NE(want.find("north-east."), std::string::npos);
  for (const std::string producer : {"latex", "cairo-latex"}) {
    EXPECT_EQ(paragraph_opening(testing::convert_fixture(folder, producer, ""), opening), want)
        << producer;
  }
}

}  // namespace
}  // namespace coi
