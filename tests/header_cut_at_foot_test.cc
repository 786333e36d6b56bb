// A table's header row that the page break cut in two (stages/tables/table_join.h, step 1 (g),
// header_rest): LibreOffice breaks a header row that is not kept with the next like any row,
// prints its first lines alone between their rules at a page's foot ("Unaccomp" / "anied") and
// the rest ("minors") atop the next page over the body, repeating no header. The two headers'
// words differ, so the header at the foot was no table's and came out as a paragraph
// ("Counter- Reconsiderat ..."), the table's header a row "minors" (once; now the rest, its
// text in lower case under the header's cells, carries the header row on).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/tables-once/header-cut-at-foot-2414";

// The paragraphs of `doc` whose text holds `text`.
int paragraphs_holding(const Doc& doc, const std::string& text) {
  int n = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && plain_text(b.inlines).find(text) != std::string::npos) {
      ++n;
    }
  }
  return n;
}

// The model's t21, cell for cell and with its one header row, is one table of coi's reading of
// `producer`'s pages; no paragraph reads its header's words.
void expect_whole_header(const std::string& producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "");
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t21");
  ASSERT_EQ(want.size(), 4u);
  ASSERT_EQ(want.front()[3], "Unaccompanied minors");
  const Table* got = testing::table_holding(ours, want[1]);
  ASSERT_NE(got, nullptr) << producer;
  EXPECT_EQ(testing::grid_texts(*got), want) << producer;
  EXPECT_EQ(got->header_rows, 1) << producer;
  EXPECT_EQ(paragraphs_holding(ours, "Reconsiderat"), 0) << producer;
}

// Pages 110 and 111 of held20 seed 2414's LibreOffice rendering (DejaVu Serif), t21.
TEST(HeaderCutAtFoot, LibreOfficeHeaderRestJoinsTheHeader) { expect_whole_header("libreoffice"); }

// The second shape: the same pages re-printed by Ghostscript (pdfwrite, /printer, PDF 1.5).
TEST(HeaderCutAtFoot, GhostscriptReprintHeaderRestJoinsTheHeader) {
  expect_whole_header("gs-libreoffice");
}

}  // namespace
}  // namespace coi
