// A bullet that is also a word ("o") set at the text of the item before, its gap no wider than
// the justified line's stretched spaces, opens an item nested under that item when its own next
// line hangs at its text (stages/segment/tight_markers.cc, hangs_under): held against the model
// of pages cut from a generated note (fixtures/README.md, "One note per failure class").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"

namespace coi {
namespace {

// Each item, as "level: text", of the list in `doc` holding an item that opens with `opening`.
std::vector<std::string> list_with(const Doc& doc, const std::string& opening) {
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kList) continue;
    std::vector<std::string> out;
    bool holds = false;
    for (const ListItem& item : b.items) {
      const std::string text = plain_text(item.inlines);
      holds = holds || text.rfind(opening, 0) == 0;
      out.push_back(std::to_string(item.level) + ": " + text);
    }
    if (holds) return out;
  }
  return {};
}

// Paragraph 6.1.4's list on page 26: "iii. Case law: ..." (text at 165.4 pt), then "o Data
// limitations: ..." with "o" at 165.4 pt, 11.2 pt from "Data", in a justified line whose spaces
// stretch to 11 pt, and its next line hanging at 183.3 pt under "Data" (LibreOffice, DejaVu Serif
// 11 pt, seed 2226: fixtures/generated-classes/word-bullet-hanging-at-item-text-libreoffice).
// The "o" was read as a word and the nested item ran on into "Case law: ...". Cairo's re-print
// (cairo-libreoffice.pdf) is the second shape.
TEST(WordBulletsHanging, WordBulletAtTheItemsTextWithItsLinesHangingOpensANestedItem) {
  const std::string folder = "fixtures/generated-classes/word-bullet-hanging-at-item-text-libreoffice";
  const std::vector<std::string> want =
      list_with(testing::load_fixture_model(folder), "Case law:");
  ASSERT_EQ(want.size(), 4u);
  for (const std::string producer : {"libreoffice", "cairo-libreoffice"}) {
    EXPECT_EQ(list_with(testing::convert_fixture(folder, producer, ""), "Case law:"), want)
        << producer;
  }
}

}  // namespace
}  // namespace coi
