// Tables too wide for their columns, as XeLaTeX sets them (fixtures/tex-wide-tables: a short
// generated note, fixtures/README.md), end to end against the model. Three classes of booktabs
// table: a Year column narrower than "2007", every year overflowing into the padding before the
// next column (hrule_tables.h step 2, narrow gaps); header words overflowing up to the next
// header word, which Poppler reads as one word ("SubsidiaryAppealNot": step 2, word_cuts.h); and
// a long table of regions grouping rows with \multirow, broken over pages, one label centred over
// rows on both sides of a break and so printed below the first page's bottom rule (step 4d).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct TexWideTablesRender {
  static constexpr const char* kFolder = "fixtures/tex-wide-tables";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "segment";
};

using TexWideTables = testing::FixtureRenderSuite<TexWideTablesRender>;

// The model's t1: ten columns under two header rows ("2019" spanning three columns over
// "Not applicable", "Subsidiary protection", "Appeal"). Every year overflows the Year column, and
// "Appeal" runs into the next group's "Not" (one word to Poppler: "AppealNot"). Each body row
// comes out whole, and so do both header rows: "Appeal" and "Not applicable" apart, and
// "Subsidiary" / "protection", a word just narrower than its column then a line break, with
// its space (once read as one word broken in two: the note's cells let words overflow, so none
// is cut, stages/tables/whole_words.h).
TEST_F(TexWideTables, YearsOverflowingTheirColumnAndGluedHeaderWordsKeepTheColumns) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(*model_, "t1");
  ASSERT_EQ(want.size(), 14u);
  ASSERT_EQ(want[0].size(), 10u);
  const std::vector<std::vector<std::string>> got = testing::grid_holding(*ours_, want[2]);
  ASSERT_EQ(got.size(), want.size());
  for (size_t r = 2; r < want.size(); ++r) EXPECT_EQ(got[r], want[r]) << "row " << r + 1;
  EXPECT_EQ(got[0], want[0]);
  EXPECT_EQ(got[1], want[1]);
}

}  // namespace
}  // namespace coi
