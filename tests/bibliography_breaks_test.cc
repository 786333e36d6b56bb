// Bibliography entries broken by a page break (fixtures/bibliography-breaks, fixtures/README.md):
// the part of an entry at the next page's top reads as a paragraph of its own, and was once a
// source of its own ("2024", "May 2025", "2023. Accessed: 27 April 2025") while the entry it
// belongs to lost its accessed date (stages/bibliography/bibliography.cc, step 2c). Each render's
// sources are held against its model, entry for entry: title, URL, date and accessed date.
#include <gtest/gtest.h>

#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/model_sources.h"

namespace coi {
namespace {

using testing::expect_the_models_sources;

struct Seed1820 {
  static constexpr const char* kFolder = "fixtures/bibliography-breaks/entry-broken-over-a-page";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "";
};

using EntryBrokenOverAPage = testing::FixtureRenderSuite<Seed1820>;

// Pages 10 and 57 to 62 of seed 1820's XeLaTeX rendering: "Sources cited", whose entry "‘Annual
// report: exit procedures in Georgia, 2018’, 2014. Accessed: 26" ends page 61 and "May 2025"
// opens page 62. The model's 70 entries, the broken one whole.
TEST_F(EntryBrokenOverAPage, TheNextPagesTopEndsTheEntry) {
  expect_the_models_sources(*model_, *ours_, SourceList::kCited);
}

struct Seed1808 {
  static constexpr const char* kFolder =
      "fixtures/bibliography-breaks/entry-broken-over-a-page-1808";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "";
};

using EntryBrokenOverAPage1808 = testing::FixtureRenderSuite<Seed1808>;

// Pages 10 and 81 to 88 of seed 1808's XeLaTeX rendering, another template: "‘Fact sheet 2018:
// military conscription and prison conditions’, 14 January" ends page 86, "2023. Accessed: 27
// April 2025" opens page 87, the date itself broken. The model's 80 entries.
TEST_F(EntryBrokenOverAPage1808, TheNextPagesTopEndsTheDateAndTheEntry) {
  expect_the_models_sources(*model_, *ours_, SourceList::kCited);
}

struct Seed1817 {
  static constexpr const char* kFolder = "fixtures/bibliography-breaks/link-broken-over-a-page";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "";
};

using LinkBrokenOverAPage = testing::FixtureRenderSuite<Seed1817>;

// Pages 10, 156 and 157 of seed 1817's XeLaTeX rendering: "Sources consulted but not cited",
// whose entry's linked title "Fact sheet: the situation of women and girls in Türkiye, 2019"
// breaks after "Türkiye," at page 156's foot, each part its own link to the same address. The
// model's 16 entries, the title one link again. (The cited entries page 156 opens with lie under
// a heading the cut leaves out.)
TEST_F(LinkBrokenOverAPage, TheLinksTwoPartsAreOneTitle) {
  expect_the_models_sources(*model_, *ours_, SourceList::kConsulted);
}

struct CairoSeed1873 {
  static constexpr const char* kFolder =
      "fixtures/bibliography-breaks/quoted-entries-run-together";
  static constexpr const char* kProducer = "cairo-latex";
  static constexpr const char* kStopAfter = "";
};

using QuotedEntriesRunTogether = testing::FixtureRenderSuite<CairoSeed1873>;

// Pages 5, 52 and 53 of seed 1873's XeLaTeX rendering re-printed by Cairo (links dropped):
// "‘Situation update: ... Côte d’Ivoire, 2017’, 25 March 2018. Last accessed: 10 March 2025"
// ends page 52 and "‘Statistics on unaccompanied children’, 5 December 2018. ..." opens page
// 53, read as one paragraph, and once as one source whose title ran to the second's closing
// mark. The model's 24 entries, each its own.
TEST_F(QuotedEntriesRunTogether, AnOpeningQuoteAfterACompleteEntryOpensTheNext) {
  expect_the_models_sources(*model_, *ours_, SourceList::kCited, {.url = false});
}


// The model's entries, one for one, each in its publisher's group (titles, dates and accessed
// dates: the driver dropped the links).
void expect_the_models_entries_and_groups(const Doc& model, const Doc& ours) {
  expect_the_models_sources(model, ours, SourceList::kCited, {.url = false});
  const std::vector<const Source*> want = testing::sources_in(model, SourceList::kCited);
  const std::vector<const Source*> got = testing::sources_in(ours, SourceList::kCited);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(got[i]->group, want[i]->group) << i + 1;
}

struct CairoSeed2202 {
  static constexpr const char* kFolder = "fixtures/bibliography-breaks/plain-entries-run-together";
  static constexpr const char* kProducer = "cairo-latex";
  static constexpr const char* kStopAfter = "";
};

using PlainEntriesRunTogether = testing::FixtureRenderSuite<CairoSeed2202>;

// Pages 1, 3 and 123 to 126 of seed 2202's XeLaTeX rendering re-printed by Cairo (links
// dropped, titles neither linked nor quoted): "Briefing on documentation and identity cards, 4
// January 2025. Last accessed: 17 June 2024" ends page 125 and "Concluding observations:
// reception conditions in São Tomé and Príncipe, 2024, 8 June 2017. ..." opens page 126, read as
// one paragraph, and once as one source whose publisher was the first title and whose title ran
// from the first date to the second title. The model's 47 entries.
TEST_F(PlainEntriesRunTogether, ACapitalAfterACompleteEntrysAccessedDateOpensTheNext) {
  expect_the_models_entries_and_groups(*model_, *ours_);
}

struct CairoSeed2206 {
  static constexpr const char* kFolder =
      "fixtures/bibliography-breaks/plain-entries-run-together-libreoffice";
  static constexpr const char* kProducer = "cairo-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using PlainEntriesRunTogetherLibreOffice = testing::FixtureRenderSuite<CairoSeed2206>;

// The second shape: pages 1, 5 and 45 to 49 of seed 2206's LibreOffice rendering re-printed by
// Cairo. "Trafficking in Persons Report 2023: the labour market and police accountability, 24
// October 2022. Last accessed: 7 February 2024" ends page 48 and "World Report: counter-
// trafficking measures in Afghanistan, 2025, 2022. ..." opens page 49. The model's 92 entries.
TEST_F(PlainEntriesRunTogetherLibreOffice, ACapitalAfterACompleteEntrysAccessedDateOpensTheNext) {
  expect_the_models_entries_and_groups(*model_, *ours_);
}

}  // namespace
}  // namespace coi
