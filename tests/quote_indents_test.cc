// Quotations set at the note's quote indent (stages/segment/assemble.cc, step 3b) on
// fixtures/quote-indents: a short generated note with sixteen quotations of one to four
// sentences (fixtures/README.md), rendered by LibreOffice and WeasyPrint. One-line quotes show
// no right indent, and WeasyPrint's 1 cm right indent is narrower than the words that wrap in
// it; both are told by the indent of the note's other quotes.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/stage_list.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/quote-indents";

Doc load_model() {
  Result<Doc> model =
      load_model_json(testing::source_path(std::string(kFolder) + "/note.json"), JsonFlavor::kCorpus);
  EXPECT_TRUE(model.is_ok()) << model.status().to_string();
  return model.is_ok() ? std::move(model).value() : Doc{};
}

Doc convert(const std::string& producer) {
  Diagnostics diag;
  RunOptions options;
  // Through the bibliography stage: a bibliography entry indented under its publisher may read
  // as a quotation, and that stage takes it out of the block flow.
  options.stop_after = "bibliography";
  Result<Doc> doc = convert_pdf(testing::source_path(std::string(kFolder) + "/" + producer + ".pdf"),
                                default_config().value(), options, diag);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

// The plain text of every quotation of `doc`, footnote marks left out.
std::multiset<std::string> quotations(const Doc& doc) {
  std::multiset<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kQuote) out.insert(testing::squash_spaces(plain_text(b.inlines)));
  }
  return out;
}

void expect_every_quotation(const std::string& producer) {
  const std::multiset<std::string> want = quotations(load_model());
  ASSERT_EQ(want.size(), 16u);
  const std::multiset<std::string> got = quotations(convert(producer));
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
