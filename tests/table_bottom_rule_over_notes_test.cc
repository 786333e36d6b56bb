// A table's bottom rule with the page's notes set right under it (fixtures/tables-once/
// bottom-rule-over-notes*, fixtures/README.md): under a template that draws no footnote
// separator, the footnote finder takes that rule for the notes' wide separator, and the table
// finders once left it out with the notes' area (stages/tables/rule_segments.h): the page's part
// of the table had a top rule and a header rule but no bottom rule, and its rows were read as
// paragraphs. Each fixture is one table over pages, read whole and once.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// The model's only table is coi's only table, cell for cell.
void expect_one_table_whole(const Doc& model, const Doc& ours) {
  const std::vector<const Block*> tables = testing::tables_of(model);
  ASSERT_EQ(tables.size(), 1u);
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, tables[0]->id);
  ASSERT_GT(want.size(), 5u);
  EXPECT_EQ(testing::tables_of(ours).size(), 1u);
  EXPECT_EQ(testing::grid_holding(ours, want.back()), want);
}

struct BottomRuleOverNotesRender {
  static constexpr const char* kFolder = "fixtures/tables-once/bottom-rule-over-notes";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using BottomRuleOverNotes = testing::FixtureRenderSuite<BottomRuleOverNotesRender>;

// Pages 31 and 32 of seed 1810's XeLaTeX rendering (held14, DejaVu Sans 12 pt on US Letter,
// notes with no separator): t8's bottom rule on page 31 lies right above note 119. Once the
// page's last rows were a paragraph and page 32 a table of its own; now one table of 13 rows.
TEST_F(BottomRuleOverNotes, TheRuleOverTheNotesClosesTheTable) {
  expect_one_table_whole(*model_, *ours_);
}

struct BottomRuleOverNotes1820Render {
  static constexpr const char* kFolder = "fixtures/tables-once/bottom-rule-over-notes-1820";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using BottomRuleOverNotes1820 = testing::FixtureRenderSuite<BottomRuleOverNotes1820Render>;

// The same class in a second note's look: pages 53 and 54 of seed 1820's XeLaTeX rendering
// (held14, A4, rules of 0.4 pt, a two-row header over a Year column narrower than its years,
// "1996386" glued): t10's bottom rule on page 53 lies over note 193's area. Once page 53's rows
// were paragraphs under a header of its own; now one table of 17 rows.
TEST_F(BottomRuleOverNotes1820, TheRuleOverTheNotesClosesTheTable) {
  expect_one_table_whole(*model_, *ours_);
}

struct BottomRuleOverNotesLibreOfficeRender {
  static constexpr const char* kFolder = "fixtures/tables-once/bottom-rule-over-notes-libreoffice";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "tables";
};

using BottomRuleOverNotesLibreOffice =
    testing::FixtureRenderSuite<BottomRuleOverNotesLibreOfficeRender>;

// The same class from a second producer: pages 52 to 57 of seed 1804's LibreOffice rendering
// (held14, Liberation Sans 12 pt, rules of 1 pt, no separator): t9, ruled between every row,
// runs down to page 55's notes, its last border right above note 140. Once the rows after it
// were a table of their own (66 rows and 6); now one table of 70 rows.
TEST_F(BottomRuleOverNotesLibreOffice, TheRuleOverTheNotesClosesTheTable) {
  expect_one_table_whole(*model_, *ours_);
}

}  // namespace
}  // namespace coi
