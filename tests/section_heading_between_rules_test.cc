// A top-level heading and its numbered paragraphs between two tables ruled with horizontal lines
// only (fixtures/tables-once/section-heading-between-rules): t6, carried over from the page
// before, ends under its bottom rule; then "Back to Contents", heading "9. Human rights
// situation", 9.1, a quotation, 9.2, and t7's top rule. The heading's number "9." has no inner
// dot, so the band between the rules did not read as numbered prose (every line opening in the
// number column opening with a paragraph number), and the heading and both paragraphs became
// header rows of one table with t7 (stages/tables/hrule_regions.cc, step 3: a section's number
// followed by its first paragraph's, "9." then "9.1", is prose's too). Expected values come from
// the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/note_text.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/tables-once/section-heading-between-rules";

using Grid = std::vector<std::vector<std::string>>;

// "number text" of every numbered heading and paragraph of `doc`, in order.
std::vector<std::string> numbered_blocks(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.number.empty()) continue;
    if (b.kind != BlockKind::kHeading && b.kind != BlockKind::kParagraph) continue;
    out.push_back(b.number + " " + testing::squash_spaces(plain_text(b.inlines)));
  }
  return out;
}

// The model's numbered blocks (all between t6 and t7) are coi's, in order, after paragraphs 8.7
// and 8.8 of the first page; t6's rows on these pages end its model grid, t7's rows on them open
// its grid with its header, and no third table reads the prose.
void expect_prose_between(const std::string& producer) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, producer, "");
  const std::vector<std::string> want = numbered_blocks(model);
  ASSERT_EQ(want.size(), 3u);
  std::vector<std::string> got = numbered_blocks(ours);
  ASSERT_GE(got.size(), 2u) << producer;
  EXPECT_EQ(got.front().substr(0, 4), "8.7 ") << producer;
  EXPECT_EQ(std::vector<std::string>(got.begin() + 2, got.end()), want) << producer;

  const std::vector<const Block*> tables = testing::tables_of(ours);
  ASSERT_EQ(tables.size(), 2u) << producer;
  const Grid t6 = testing::table_grid(model, "t6");
  const Grid first = testing::grid_texts(tables[0]->table);
  ASSERT_LE(first.size(), t6.size()) << producer;
  EXPECT_EQ(first, Grid(t6.end() - static_cast<long>(first.size()), t6.end())) << producer;
  const Grid t7 = testing::table_grid(model, "t7");
  const Grid second = testing::grid_texts(tables[1]->table);
  ASSERT_LE(second.size(), t7.size()) << producer;
  ASSERT_EQ(t7.front().front(), "Year");
  EXPECT_EQ(second, Grid(t7.begin(), t7.begin() + static_cast<long>(second.size()))) << producer;
  EXPECT_EQ(tables[1]->table.header_rows, testing::table_by_id(model, "t7")->header_rows)
      << producer;
}

// Pages 27 to 29 of seed 2640's LibreOffice rendering (TeX Gyre Heros 10 pt).
TEST(SectionHeadingBetweenRules, LibreOfficeHeadingAndParagraphsStayProse) {
  expect_prose_between("libreoffice");
}

// The second shape: the same pages re-printed by Ghostscript (pdfwrite, /ebook, PDF 1.4).
TEST(SectionHeadingBetweenRules, GhostscriptReprintHeadingAndParagraphsStayProse) {
  expect_prose_between("gs-libreoffice");
}

}  // namespace
}  // namespace coi
