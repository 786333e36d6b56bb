// A table's header row printed alone at a page's foot, its body overleaf and the header not
// repeated there (stages/tables/hrule_tables.h, step 5; stages/tables/table_join.h, step 1 (g);
// fixtures/tables-once/header-alone-at-foot-libreoffice, fixtures/README.md): Word and
// LibreOffice do this with a header row that is not kept with the next and a first body row that
// does not break. The bold row between its two rules was no table by itself, so its words came
// out as a paragraph and the table lost its header cells.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/tables-once/header-alone-at-foot-libreoffice";

// The paragraphs of `doc` whose text is `text`.
int paragraphs_reading(const Doc& doc, const std::string& text) {
  int n = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && testing::squash_spaces(plain_text(b.inlines)) == text) {
      ++n;
    }
  }
  return n;
}

// The model's t12, cell for cell and with its one header row, is one table of `ours`; no
// paragraph reads its header.
void expect_header_with_its_body(const Doc& model, const Doc& ours) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t12");
  ASSERT_EQ(want.size(), 12u);
  ASSERT_EQ(want.front(), (std::vector<std::string>{"Organisation", "Type", "Description"}));
  const Table* got = testing::table_holding(ours, want[1]);
  ASSERT_NE(got, nullptr);
  EXPECT_EQ(testing::grid_texts(*got), want);
  EXPECT_EQ(got->header_rows, 1);
  EXPECT_EQ(paragraphs_reading(ours, "Organisation Type Description"), 0);
}

struct LibreOfficeRender {
  static constexpr const char* kFolder = coi::kFolder;
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "";
};

using HeaderAloneAtFoot = testing::FixtureRenderSuite<LibreOfficeRender>;

// Pages 50 to 54 of seed 1916's LibreOffice rendering (held15, TeX Gyre Heros 10 pt): t12's
// header between its rules at the foot of page 50, its eleven rows on pages 51 to 54.
TEST_F(HeaderAloneAtFoot, TheHeaderJoinsTheBodyOverleaf) {
  expect_header_with_its_body(*model_, *ours_);
}

struct GhostscriptRender {
  static constexpr const char* kFolder = coi::kFolder;
  static constexpr const char* kProducer = "gs-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using HeaderAloneAtFootReprinted = testing::FixtureRenderSuite<GhostscriptRender>;

// The same pages re-printed by Ghostscript's pdfwrite (fixtures/generate/drivers.py; options in
// gs-libreoffice.options.json): the rules and words drawn anew.
TEST_F(HeaderAloneAtFootReprinted, TheHeaderJoinsTheBodyOverleaf) {
  expect_header_with_its_body(*model_, *ours_);
}

struct FirstPageRender {
  static constexpr const char* kFolder = coi::kFolder;
  static constexpr const char* kProducer = "libreoffice-first-page";
  static constexpr const char* kStopAfter = "";
};

using HeaderAloneAtLastFoot = testing::FixtureRenderSuite<FirstPageRender>;

// Page 50 alone: no page carries the table on, so the bold row between its rules heads nothing
// and stays the paragraph it reads as; the table above it (t11) is the page's only table.
TEST_F(HeaderAloneAtLastFoot, TheHeaderWithNoBodyStaysText) {
  EXPECT_EQ(paragraphs_reading(*ours_, "Organisation Type Description"), 1);
  ASSERT_EQ(testing::tables_of(*ours_).size(), 1u);
  EXPECT_EQ(testing::grid_texts(testing::tables_of(*ours_).front()->table).front().front(),
            "Year");
}

}  // namespace
}  // namespace coi
