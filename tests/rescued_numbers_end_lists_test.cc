// A numbered paragraph whose number stands a space from its text (its tab had no room left, so
// stages/segment/tight_markers.cc rescues it) ends the list open before it, as one with a tab
// does: held against the model of a page cut from a generated note (fixtures/README.md, "One
// note per failure class").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"

namespace coi {
namespace {

// LibreOffice sets the note's numbers under a 1 cm hanging indent in TeX Gyre Heros 12 pt, each
// a space from its text, and reads the section heading "1. Judiciary" as an ordered item whose
// text stands at that indent (seed 1829, page 6: fixtures/generated-classes/
// dash-line-in-quote-after-heading-item-libreoffice). Paragraphs 1.1.1 to 1.1.3 did not close
// that item's list, so the quotation after 1.1.3, whose third line wraps before a dash ("...
// under § 6 of the decree" / "– notably in Mayotte. ..."), lost its last lines to a bulleted
// list: the dash, right of the open item's text, passed for an item nested under it.
TEST(RescuedNumbersEndLists, DashWrappedInAQuotationAfterRescuedNumbersOpensNoItem) {
  const std::string folder =
      "fixtures/generated-classes/dash-line-in-quote-after-heading-item-libreoffice";
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, "libreoffice", "");
  const std::string opening = "Following the 2016 reform, the courts recorded";
  auto quote_opening = [&](const Doc& doc) {
    for (const Block& b : doc.blocks) {
      const std::string text = plain_text(b.inlines);
      if (b.kind == BlockKind::kQuote && text.rfind(opening, 0) == 0) return text;
    }
    return std::string("(no quotation opening \"") + opening + "\")";
  };
  EXPECT_EQ(quote_opening(ours), quote_opening(model));
  // The page prints no list: in the model, section 1's paragraphs 1.1.1 to 1.1.4 and the
  // quotation are all it holds.
  for (const Block& b : ours.blocks) {
    EXPECT_NE(b.kind, BlockKind::kList) << plain_text(b.inlines);
  }
}

}  // namespace
}  // namespace coi
