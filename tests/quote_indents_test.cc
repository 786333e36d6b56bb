// Quotations set at the note's quote indent (stages/segment/assemble.cc, step 3b) on
// fixtures/quote-indents: a short generated note with sixteen quotations of one to four
// sentences (fixtures/README.md), rendered by LibreOffice and WeasyPrint. One-line quotes show
// no right indent, and WeasyPrint's 1 cm right indent is narrower than the words that wrap in
// it; both are told by the indent of the note's other quotes.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "tests/support/compare.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/quote-indents";

// The plain text of every quotation of `doc`, footnote marks left out.
std::multiset<std::string> quotations(const Doc& doc) {
  std::multiset<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kQuote) out.insert(testing::squash_spaces(plain_text(b.inlines)));
  }
  return out;
}

void expect_every_quotation(const std::string& producer) {
  const std::multiset<std::string> want = quotations(testing::load_fixture_model(kFolder));
  ASSERT_EQ(want.size(), 16u);
  // Through the bibliography stage: a bibliography entry indented under its publisher may read
  // as a quotation, and that stage takes it out of the block flow.
  const std::multiset<std::string> got =
      quotations(testing::convert_fixture(kFolder, producer, "bibliography"));
  EXPECT_TRUE(testing::same_set(std::set<std::string>(want.begin(), want.end()),
                                std::set<std::string>(got.begin(), got.end())));
  EXPECT_EQ(got.size(), want.size());
}

TEST(QuoteIndents, LibreOfficeOneLineQuotationsAreQuotations) { expect_every_quotation("libreoffice"); }

TEST(QuoteIndents, WeasyPrintQuotationsWithANarrowRightIndentAreQuotations) {
  expect_every_quotation("weasyprint");
}

}  // namespace
}  // namespace coi
