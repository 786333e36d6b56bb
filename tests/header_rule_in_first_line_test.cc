// WeasyPrint's unpadded cells set the rule under a table's header right above the first body
// line, 0.2-0.4 pt inside that line's box (its glyph box is taller than the line pitch), so the
// rule lay above no line "wholly below it" and the first body row joined the header's last row
// ("r 1998", "Transferred 13,112"; "Reconsiderations Accommodation"): a table ruled with
// horizontal lines only then read its continuation's header as no repeat, or a body row as
// header words (fixtures/tables-once/header-rule-in-first-line-weasyprint, fixtures/README.md;
// stages/tables/hrule_rows.cc, step 4). Expected tables come from the model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {


// Table `id` of the model is a table of `ours`, cell for cell on the expanded grid, once.
void expect_whole_table(const Doc& model, const Doc& ours, const std::string& id) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, id);
  ASSERT_GT(want.size(), 2u) << id;
  EXPECT_EQ(testing::grid_holding(ours, want.back()), want) << id;
  int holding_header = 0;
  for (const Block* block : testing::tables_of(ours)) {
    const auto grid = testing::grid_texts(block->table);
    if (!grid.empty() && grid.front() == want.front()) ++holding_header;
  }
  EXPECT_EQ(holding_header, 1) << id;
}

struct HerosLetterRender {
  static constexpr const char* kFolder = "fixtures/tables-once/header-rule-in-first-line-weasyprint";
  static constexpr const char* kProducer = "weasyprint";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderRuleInFirstLine = testing::FixtureRenderSuite<HerosLetterRender>;

// Pages 7-8 and 12-13 of seed 2117's WeasyPrint rendering (held17, TeX Gyre Heros 12 pt on US
// Letter): t2, a two-row header over years, carried on to page 8 under the header repeated
// (once two tables, page 8's header "Yea" over "r 1998"); t5 on pages 12-13 (once
// "Reconsiderations Decisions", its first row on page 13 read into the repeated header).
TEST_F(HeaderRuleInFirstLine, TheFirstBodyRowUnderTheHeadersRuleIsARow) {
  expect_whole_table(*model_, *ours_, "t2");
  expect_whole_table(*model_, *ours_, "t5");
}

struct HerosA4Render {
  static constexpr const char* kFolder = "fixtures/tables-once/header-rule-in-first-line-weasyprint";
  static constexpr const char* kProducer = "weasyprint-heros11";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderRuleInFirstLineA4 = testing::FixtureRenderSuite<HerosA4Render>;

// The same model in TeX Gyre Heros 11 pt on A4, pages 11-12: t4 on its first page (once its
// header and first row one row, "Applications Men") and t5 carried on to page 12 (once
// "Reconsiderations Accommodation").
TEST_F(HeaderRuleInFirstLineA4, TheFirstBodyRowUnderTheHeadersRuleIsARow) {
  expect_whole_table(*model_, *ours_, "t4");
  expect_whole_table(*model_, *ours_, "t5");
}

}  // namespace
}  // namespace coi
