// Words and numbers a narrow column cut with no hyphen, told by the note's words and the column
// (stages/tables/cell_text.cc, Steps 3b, 3d and 3e; whole_words.h, Steps 4 and 5). Each fixture
// is cut pages of a held21 XeLaTeX render (fixtures/generated-classes/...), and Cairo's re-print
// of them is its second shape; every one read the cells below with a space before.
//
// - cover-hyphen-piece-no-word-latex (2555, pages 1, 17, 18): t3's header cuts "Education" as
//   "Educa" / "tion" in three columns, where the "t" missed the line by the widths. The cover
//   prints "Country Policy and Informa-" / "tion Note", and "tion", counted as a word the note
//   prints, made the pieces two words. The pieces of a word a hyphen broke on the cover are no
//   words now, as in the paragraphs (whole_words.h, Step 5).
// - word-cut-after-a-number-latex (2574, pages 11-13): t3 cuts "€698 million" as "€698 m" /
//   "illion"; the note prints "million" nowhere in running text, only under "€653" in another
//   cell with room for its "m" on the line above. That word now counts as printed whole (Step
//   4: the line above may end in a number), and the rest below, a word nowhere, joins with the
//   piece into it (Step 3d).
// - year-cut-in-a-column-of-years-latex (2575, pages 6, 13, 14): t4's Year column prints
//   "1994", "1997"... whole and cuts "1995", "1996", "2003" and "2006", each with its mark, as
//   "199" / "5" though by the widths they fitted; digits that make a number of the column's one
//   length join (Step 3e).
#include <gtest/gtest.h>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

struct CoverHyphenPieceLatexRender {
  static constexpr const char* kFolder =
      "fixtures/generated-classes/cover-hyphen-piece-no-word-latex";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};
using CoverHyphenPieceLatex = testing::FixtureRenderSuite<CoverHyphenPieceLatexRender>;

struct CoverHyphenPieceCairoRender {
  static constexpr const char* kFolder =
      "fixtures/generated-classes/cover-hyphen-piece-no-word-latex";
  static constexpr const char* kProducer = "cairo-latex";
  static constexpr const char* kStopAfter = "tables";
};
using CoverHyphenPieceCairo = testing::FixtureRenderSuite<CoverHyphenPieceCairoRender>;

struct WordCutAfterANumberLatexRender {
  static constexpr const char* kFolder =
      "fixtures/generated-classes/word-cut-after-a-number-latex";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};
using WordCutAfterANumberLatex = testing::FixtureRenderSuite<WordCutAfterANumberLatexRender>;

struct WordCutAfterANumberCairoRender {
  static constexpr const char* kFolder =
      "fixtures/generated-classes/word-cut-after-a-number-latex";
  static constexpr const char* kProducer = "cairo-latex";
  static constexpr const char* kStopAfter = "tables";
};
using WordCutAfterANumberCairo = testing::FixtureRenderSuite<WordCutAfterANumberCairoRender>;

struct YearCutInAColumnLatexRender {
  static constexpr const char* kFolder =
      "fixtures/generated-classes/year-cut-in-a-column-of-years-latex";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "tables";
};
using YearCutInAColumnLatex = testing::FixtureRenderSuite<YearCutInAColumnLatexRender>;

struct YearCutInAColumnCairoRender {
  static constexpr const char* kFolder =
      "fixtures/generated-classes/year-cut-in-a-column-of-years-latex";
  static constexpr const char* kProducer = "cairo-latex";
  static constexpr const char* kStopAfter = "tables";
};
using YearCutInAColumnCairo = testing::FixtureRenderSuite<YearCutInAColumnCairoRender>;

TEST_F(CoverHyphenPieceLatex, PiecesOfACutHeaderWordJoin) {
  testing::expect_table_and_spans(*model_, *ours_, "t3");
}

TEST_F(CoverHyphenPieceCairo, PiecesOfACutHeaderWordJoin) {
  testing::expect_table_and_spans(*model_, *ours_, "t3");
}

TEST_F(WordCutAfterANumberLatex, RestJoinsTheWordACellPrintsWhole) {
  testing::expect_table_and_spans(*model_, *ours_, "t3");
}

TEST_F(WordCutAfterANumberCairo, RestJoinsTheWordACellPrintsWhole) {
  testing::expect_table_and_spans(*model_, *ours_, "t3");
}

TEST_F(YearCutInAColumnLatex, DigitsJoinIntoTheColumnsYears) {
  testing::expect_table_and_spans(*model_, *ours_, "t4");
}

TEST_F(YearCutInAColumnCairo, DigitsJoinIntoTheColumnsYears) {
  testing::expect_table_and_spans(*model_, *ours_, "t4");
}

}  // namespace
}  // namespace coi
