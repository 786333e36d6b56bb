// A quoted title's closing mark set a hair past its last word (fixtures/closing-quotes-reprinted,
// fixtures/README.md): LibreOffice sets "feuds" and "’," 0.1 em apart, and a driver that
// re-prints the page (Cairo, Ghostscript) leaves Poppler's word break between them; read with a
// space ("feuds ’, 22 September 2018"), the entry was no longer the model's, and the footnotes
// citing it resolved to it held wrong at 0.95 (stages/text/inline_runs.cc, opens_with_closing).
// Each render's sources are held against its model, entry for entry: title, date, accessed date
// and the entry's text.
#include <gtest/gtest.h>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/model_sources.h"

namespace coi {
namespace {

// The cited sources, printed as the model prints them.
void expect_the_models_entries(const Doc& model, const Doc& ours) {
  testing::expect_the_models_sources(model, ours, SourceList::kCited,
                                     {.url = false, .text = true});
}

struct CairoRender {
  static constexpr const char* kFolder = "fixtures/closing-quotes-reprinted/title-quote-cairo";
  static constexpr const char* kProducer = "cairo-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using TitleQuoteCairo = testing::FixtureRenderSuite<CairoRender>;

// Pages 5 and 39 to 44 of seed 1879's LibreOffice rendering re-printed by Cairo (links
// dropped): "Sources cited", 108 entries, three of whose titles end a hair before their closing
// mark ("... Príncipe, 2023" | "’, updated 27 ...", "(March 2017)" | "’, no date ...").
TEST_F(TitleQuoteCairo, AClosingQuoteTakesNoSpace) {
  expect_the_models_entries(*model_, *ours_);
}

struct GhostscriptRender {
  static constexpr const char* kFolder = "fixtures/closing-quotes-reprinted/title-quote-gs-1874";
  static constexpr const char* kProducer = "gs-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using TitleQuoteGhostscript1874 = testing::FixtureRenderSuite<GhostscriptRender>;

// Pages 5 and 79 to 81 of seed 1874's re-printed by Ghostscript (through PostScript): the 37
// entries of pages 80 and 81, "Press release 2019: ... women and girls" | "’, 23 August 2020"
// among them.
TEST_F(TitleQuoteGhostscript1874, AClosingQuoteTakesNoSpace) {
  expect_the_models_entries(*model_, *ours_);
}

}  // namespace
}  // namespace coi
