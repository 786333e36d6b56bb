// A quoted title whose link takes in its closing mark (fixtures/link-margin, fixtures/README.md):
// LuaLaTeX's PDF backend, as pdfTeX's, draws a link's rectangle 1 pt past its text on every side
// (\pdflinkmargin), and a narrow ’ after the title (TeX Gyre Heros at 11 pt) has its centre
// inside it: the link's text reads "Title’" while its opening mark stands before it. The title
// was read with the mark (stages/text/citation.cc, without_closing_mark). Each render's sources
// are held against its model, entry for entry: title, URL, date and accessed date.
#include <gtest/gtest.h>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/model_sources.h"

namespace coi {
namespace {

using testing::expect_the_models_sources;

struct Seed2535 {
  static constexpr const char* kFolder = "fixtures/link-margin/quoted-titles-lualatex";
  static constexpr const char* kProducer = "lualatex";
  static constexpr const char* kStopAfter = "";
};

using QuotedTitlesLualatex = testing::FixtureRenderSuite<Seed2535>;

// Pages 4, 12 and 13 of seed 2535's LuaLaTeX rendering: a body page, then "Sources cited" (23
// entries, each ‘[Title’], date) and "Sources consulted but not cited" (1). Read with the mark,
// 2 of the 24 titles were right (those no narrow mark follows).
TEST_F(QuotedTitlesLualatex, TheClosingMarkIsTheQuotations) {
  expect_the_models_sources(*model_, *ours_, SourceList::kCited, {.text = true});
  expect_the_models_sources(*model_, *ours_, SourceList::kConsulted, {.text = true});
}

struct MupdfSeed2535 {
  static constexpr const char* kFolder = "fixtures/link-margin/quoted-titles-lualatex";
  static constexpr const char* kProducer = "mupdf-lualatex";
  static constexpr const char* kStopAfter = "";
};

using QuotedTitlesLualatexReprinted = testing::FixtureRenderSuite<MupdfSeed2535>;

// The same pages re-printed by MuPDF (`mutool clean -gggg`): the annotations kept as drawn.
TEST_F(QuotedTitlesLualatexReprinted, TheClosingMarkIsTheQuotations) {
  expect_the_models_sources(*model_, *ours_, SourceList::kCited);
  expect_the_models_sources(*model_, *ours_, SourceList::kConsulted);
}

struct Seed2557 {
  static constexpr const char* kFolder = "fixtures/link-margin/quoted-titles-lualatex-2557";
  static constexpr const char* kProducer = "lualatex";
  static constexpr const char* kStopAfter = "";
};

using QuotedTitlesLualatex2557 = testing::FixtureRenderSuite<Seed2557>;

// Pages 4, 62 and 63 of seed 2557's LuaLaTeX rendering (held21, another template): the first 26
// of "Sources cited", under publisher lines. Read with the mark, 1 of the 26 titles was right.
TEST_F(QuotedTitlesLualatex2557, TheClosingMarkIsTheQuotations) {
  expect_the_models_sources(*model_, *ours_, SourceList::kCited, {.text = true});
}

}  // namespace
}  // namespace coi
