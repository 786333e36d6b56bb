// A link's rectangle drawn past its text (fixtures/link-margin, fixtures/README.md): LuaLaTeX's
// PDF backend, as pdfTeX's, reaches 1 pt (\pdflinkmargin) beyond the text on every side, and the
// narrow ’ closing a quoted title has its centre inside it. The mark stands out of the rectangle
// by 0.77 of its 1.77 pt, so it is not the link's (stages/extract/extract_words.cc,
// in_link_margin; [extract] link_margin_max_protrusion): each source's links are the model's,
// URL and printed text, where the ’ once read as the link's last character.
#include <gtest/gtest.h>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/note_links.h"

namespace coi {
namespace {

using testing::expect_sources_as_model;

// Every source of `ours` has the model's links; all of them are compared.
void expect_the_models_links(const Doc& ours, const Doc& model) {
  const int checked = expect_sources_as_model(ours, model, [](int) { return true; });
  EXPECT_EQ(checked, static_cast<int>(ours.sources.size()));
  EXPECT_GE(checked, 20);
}

struct Seed2535 {
  static constexpr const char* kFolder = "fixtures/link-margin/quoted-titles-lualatex";
  static constexpr const char* kProducer = "lualatex";
  static constexpr const char* kStopAfter = "";
};

using LinkMarginLualatex = testing::FixtureRenderSuite<Seed2535>;

// Seed 2535, pages 4, 12 and 13: 25 of the 26 web links read "Title’" (a note's too).
TEST_F(LinkMarginLualatex, TheClosingMarkIsNotTheLinks) {
  expect_the_models_links(*ours_, *model_);
}

struct MupdfSeed2535 {
  static constexpr const char* kFolder = "fixtures/link-margin/quoted-titles-lualatex";
  static constexpr const char* kProducer = "mupdf-lualatex";
  static constexpr const char* kStopAfter = "";
};

using LinkMarginLualatexReprinted = testing::FixtureRenderSuite<MupdfSeed2535>;

// The same pages re-printed by MuPDF (`mutool clean -gggg`), the annotations kept as drawn.
TEST_F(LinkMarginLualatexReprinted, TheClosingMarkIsNotTheLinks) {
  expect_the_models_links(*ours_, *model_);
}

struct Seed2557 {
  static constexpr const char* kFolder = "fixtures/link-margin/quoted-titles-lualatex-2557";
  static constexpr const char* kProducer = "lualatex";
  static constexpr const char* kStopAfter = "";
};

using LinkMarginLualatex2557 = testing::FixtureRenderSuite<Seed2557>;

// Seed 2557 (held21, another template), pages 4, 62 and 63: 26 sources under publisher lines;
// all 27 web links read with the mark.
TEST_F(LinkMarginLualatex2557, TheClosingMarkIsNotTheLinks) {
  expect_the_models_links(*ours_, *model_);
}

}  // namespace
}  // namespace coi
