// A bibliography entry without a link at a page's foot, run on into a linked entry at the next
// page's top (stages/bibliography/bibliography.cc, step 2b), on WeasyPrint's rendering of seed
// 728 (fixtures/generated-classes/bibliography-run-on-into-link). Expected sources come from the
// model: every source read with its title and dates, and every footnote resolved to the source
// its model's note cites.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tests/support/cited_sources.h"
#include "tests/support/fixture_doc.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/generated-classes/bibliography-run-on-into-link";

// Each source as "title / date / accessed", as scripts/fidelity compares them.
std::multiset<std::string> source_fields(const Doc& doc) {
  std::multiset<std::string> out;
  for (const Source& s : doc.sources) out.insert(s.title + " / " + s.date + " / " + s.accessed);
  return out;
}

// Page 16 ends with InfoMigrants' unlinked "Response to information request 2024: ...,
// 22 November 2019. Last accessed: 22 September 2024"; page 17 opens with its linked "Statistics
// 2022: ...". Read as one entry, the first was the second's publisher: its source was lost and
// notes 14 and 17, which cite it, went unresolved (seed 822's "‘Country Reports on Human Rights
// Practices: ... Bangladesh, 2022’", pages 128 and 129, the same in quoted titles).
TEST(BibliographyPageBreak, UnlinkedEntryRunOnIntoALinkedOneKeepsBothSources) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "weasyprint", "");
  const std::multiset<std::string> want = source_fields(model), got = source_fields(ours);
  ASSERT_GT(want.size(), 20u);
  std::vector<std::string> lost;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(lost));
  EXPECT_EQ(lost, std::vector<std::string>{});
  EXPECT_EQ(testing::cited_sources(ours), testing::cited_sources(model));
}

}  // namespace
}  // namespace coi
