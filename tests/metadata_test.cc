#include "stages/metadata/metadata.h"

#include <gtest/gtest.h>

#include "cli/config.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::WordStyle;

WordStyle size(double points) {
  WordStyle s;
  s.size = points;
  return s;
}

Block paragraph(const std::string& text) {
  Block b;
  b.inlines.push_back(Inline{InlineKind::kText, text, "", "", 0});
  return b;
}

Doc france_cover() {
  DocBuilder b;
  auto& p = b.page();
  p.line("Home Office", 72, 72, size(20)).role(LineRole::kCover);
  p.line("Country Information Note", 72, 250, size(26)).role(LineRole::kCover);
  p.line("France: Safe third country", 72, 300, size(22)).role(LineRole::kCover);
  p.line("Version 2.0", 72, 360, size(14)).role(LineRole::kCover);
  p.line("February 2026", 72, 390, size(14)).role(LineRole::kCover);
  Doc doc = b.build_with_lines();
  doc.blocks.push_back(paragraph("Section updated: 16 February 2026"));
  doc.blocks.push_back(paragraph("The country information included was published or made "
                                 "publicly available on or before 16 February 2026."));
  Block list;
  list.kind = BlockKind::kList;
  list.items.push_back(ListItem{{Inline{InlineKind::kText, "version 2.0", "", "", 0}}, 1, {}});
  list.items.push_back(
      ListItem{{Inline{InlineKind::kText, "valid from 24 February 2026", "", "", 0}}, 1, {}});
  doc.blocks.push_back(list);
  return doc;
}

Meta run(Doc doc, Diagnostics& diag) {
  Result<Doc> out = run_metadata(std::move(doc), default_config().value().metadata, diag);
  EXPECT_TRUE(out.is_ok());
  return out.value().meta;
}

TEST(Metadata, CoverAndTextGiveEveryField) {
  Diagnostics diag;
  Meta meta = run(france_cover(), diag);
  EXPECT_EQ(meta.kind, "Country Information Note");
  EXPECT_EQ(meta.title, "France: Safe third country");
  EXPECT_EQ(meta.country, "France");
  EXPECT_EQ(meta.publisher, "Home Office");
  EXPECT_EQ(meta.version, "2.0");
  EXPECT_EQ(meta.date, "February 2026");
  EXPECT_EQ(meta.valid_from, "24 February 2026");
  EXPECT_EQ(meta.cutoff, "16 February 2026");
  EXPECT_TRUE(diag.items().empty());
}

TEST(Metadata, ExplicitCutOffWinsOverSectionUpdated) {
  Doc doc = france_cover();
  doc.blocks.insert(doc.blocks.begin(), paragraph("Section updated: 2 January 2026"));
  doc.blocks.push_back(paragraph("The information cut-off date is 9 February 2026."));
  Diagnostics diag;
  EXPECT_EQ(run(std::move(doc), diag).cutoff, "9 February 2026");
}

// The fields are read from the leftmost match, as RE2::PartialMatch finds it: the word boundary
// before "valid" sees the letter before it ("invalid from" is no match), and of two dates the
// first is taken.
TEST(Metadata, AFieldIsTheLeftmostMatchAtAWordBoundary) {
  Doc doc = france_cover();
  doc.blocks.insert(doc.blocks.begin(),
                    paragraph("An invalid from: 3 March 2025 stamp; valid from 5 May 2026, and "
                              "valid from 6 June 2026."));
  Diagnostics diag;
  EXPECT_EQ(run(std::move(doc), diag).valid_from, "5 May 2026");
}

// The shipped date patterns read a month in Latin letters, accented ones too; a month in
// another script (Greek, Cyrillic), which no English note prints, is a known miss: \pL read it,
// but cost 22 M instructions at every start (config/coi.toml).
TEST(Metadata, DateMonthsInLatinLettersOnly) {
  Doc doc = france_cover();
  doc.blocks.erase(doc.blocks.begin() + 2);  // the list holding "valid from 24 February 2026"
  doc.blocks.insert(doc.blocks.begin(), paragraph("Valid from: 1 Février 2026"));
  Diagnostics diag;
  EXPECT_EQ(run(std::move(doc), diag).valid_from, "1 Février 2026");
  Doc greek = france_cover();
  greek.blocks.erase(greek.blocks.begin() + 2);
  greek.blocks.insert(greek.blocks.begin(), paragraph("Valid from: 1 Μαΐου 2026"));
  EXPECT_EQ(run(std::move(greek), diag).valid_from, "");
}

TEST(Metadata, DocumentInfoStandsInForAMissingCoverAndGapsAreReported) {
  Doc doc;
  doc.info.title = "Iran: Kurds";
  doc.info.author = "Home Office";
  Diagnostics diag;
  Meta meta = run(std::move(doc), diag);
  EXPECT_EQ(meta.title, "Iran: Kurds");
  EXPECT_EQ(meta.country, "Iran");
  EXPECT_EQ(meta.publisher, "Home Office");
  std::vector<std::string> messages;
  for (const Diagnostic& d : diag.items()) messages.push_back(d.message);
  EXPECT_EQ(messages, (std::vector<std::string>{"no kind found", "no version found",
                                                "no date found", "no valid_from found",
                                                "no cutoff found"}));
}

}  // namespace
}  // namespace coi
