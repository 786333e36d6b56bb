// Footnotes of a note whose footnotes and tables outweigh its prose, on fixtures/table-heavy: a
// short generated note of a few numbered paragraphs between long tables, every sentence marked,
// rendered by LibreOffice, XeLaTeX and WeasyPrint. Most of its characters are set in the
// footnotes' size, so the layout stage once took that for the body size: the footnote area then
// read as body text and every footnote was lost (LibreOffice; XeLaTeX's short separator asks for
// smaller type below it too). WeasyPrint's page 7 holds notes filling more than half the page,
// its separator above the middle of the page. Expected notes and paragraphs come from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/note_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/table-heavy";

// The numbers of the numbered paragraphs, in order.
std::vector<std::string> paragraph_numbers(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) out.push_back(b.number);
  }
  return out;
}

void expect_notes_and_paragraphs(const char* producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "footnotes");
  ASSERT_GT(model.footnotes.size(), 30u);
  EXPECT_EQ(testing::footnote_lines(ours), testing::footnote_lines(model)) << producer;
  EXPECT_EQ(paragraph_numbers(ours), paragraph_numbers(model)) << producer;
}

TEST(TableHeavy, LibreOfficeFootnotesOutweighingTheProseAreFoundWithTheirText) {
  expect_notes_and_paragraphs("libreoffice");
}

TEST(TableHeavy, XeLaTeXFootnotesOutweighingTheProseAreFoundWithTheirText) {
  expect_notes_and_paragraphs("latex");
}

// Notes 20 to 27 fill more than half of page 7: once lost, the separator above the middle of the
// page taken for a table's rule.
TEST(TableHeavy, WeasyPrintFootnoteAreaTallerThanHalfThePageIsFound) {
  expect_notes_and_paragraphs("weasyprint");
}

}  // namespace
}  // namespace coi
