// A header label wrapped beside a rule drawn under other columns only
// (stages/tables/hrule_rows.cc, step 4; fixtures/tables-once/tex-label-beside-partial-rule,
// fixtures/README.md): booktabs' \cmidrule under each year spanning its three measures, and a
// Year column too narrow for "Year", which \multirow centres over the two header rows as "Yea" /
// "r", the "r" on a line below the \cmidrule's height. The rule started a row at the "r", so the
// header read three rows ("Yea", "r", the measures) and the label lost its letters and its span.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct LatexRender {
  static constexpr const char* kFolder = "fixtures/tables-once/tex-label-beside-partial-rule";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelBesidePartialRule = testing::FixtureRenderSuite<LatexRender>;

// `model`'s t2 is `ours`' one table, cell for cell and span for span, with two header rows.
void expect_whole_table(const Doc& model, const Doc& ours) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, "t2");
  ASSERT_EQ(want.size(), 17u);
  ASSERT_EQ(want.front().front(), "Year");
  ASSERT_EQ(testing::tables_of(ours).size(), 1u);
  const Table& got = testing::tables_of(ours).front()->table;
  EXPECT_EQ(testing::grid_texts(got), want);
  EXPECT_EQ(got.header_rows, 2);
  EXPECT_EQ(testing::spans_of(got), testing::spans_of(*testing::table_by_id(model, "t2")));
}

// Pages 12 to 14 of seed 2197's XeLaTeX rendering (Liberation Serif 10 pt, A4): t2, its two-row
// header repeated on page 13. One table, "Year" over both header rows.
TEST_F(LabelBesidePartialRule, TheWrappedLabelSpansTheHeader) {
  expect_whole_table(*model_, *ours_);
}

struct OtherLookRender {
  static constexpr const char* kFolder = "fixtures/tables-once/tex-label-beside-partial-rule-2117";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};

using LabelBesidePartialRuleOtherLook = testing::FixtureRenderSuite<OtherLookRender>;

// Pages 10 to 12 of seed 2117's XeLaTeX rendering (another note's look: DejaVu Sans 11 pt, US
// Letter, two measures a year): the same class.
TEST_F(LabelBesidePartialRuleOtherLook, TheWrappedLabelSpansTheHeader) {
  expect_whole_table(*model_, *ours_);
}

}  // namespace
}  // namespace coi
