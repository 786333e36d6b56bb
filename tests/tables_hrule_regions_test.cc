// The regions of tables ruled with horizontal lines (stages/tables/hrule_regions.h): a region's
// lines are read once per page, however often step 3 asks for them; a section's heading and its
// numbered paragraphs between two tables' rules are no table's region.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "stages/tables/hrule_lines.h"
#include "stages/tables/hrule_regions.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

using testing::PageBuilder;

std::vector<std::vector<int>> words_of(const std::vector<tables::hrule::TextLine>& lines) {
  std::vector<std::vector<int>> out;
  for (const tables::hrule::TextLine& line : lines) out.push_back(line.words);
  return out;
}

TEST(TablesHRuleRegions, ARegionsLinesAreReadOnceAndStayValid) {
  PageBuilder p(1, 600, 800);
  p.line("Year Claims Outcome", 72, 100, testing::cell_style(true));
  p.line("2021 68,403 Refused", 72, 114, testing::cell_style(false));
  p.line("2022 67,142 Granted", 72, 128, testing::cell_style(false));
  p.make_lines();
  const Page& page = p.page();
  const TablesConfig config;
  const tables::hrule::PageText text = tables::hrule::body_text(page, nullptr);
  const tables::hrule::Finder finder{page, text, config};
  const tables::hrule::Region table{66, 366, 96, 142};
  const std::vector<tables::hrule::TextLine>& first = finder.lines(table);
  EXPECT_EQ(words_of(first), words_of(tables::hrule::lines_in(page, text, table, config)));
  ASSERT_EQ(first.size(), 3u);
  // Other regions read after it leave the lines handed out where they were.
  for (int k = 0; k < 100; ++k) {
    finder.lines(tables::hrule::Region{66, 366, 96, 110.0 + k});
  }
  EXPECT_EQ(&finder.lines(table), &first);
  EXPECT_EQ(words_of(first), words_of(tables::hrule::lines_in(page, text, table, config)));
}

// A heading "9." over paragraph 9.1 between the bottom rule of a table (y 96) and the top rule
// of the next (y 150, its rows closed at 180): the heading's number has no inner dot, and its
// section's first paragraph says it is a section's, so the band is prose and no region opens at
// y 96. Rows numbered "1." and "2." (a list's numbers, no paragraph under them) stay a table's.
std::vector<tables::hrule::Region> regions_over(const std::string& first,
                                                const std::string& second) {
  PageBuilder p(1, 600, 800);
  p.word(first, 72, 100);
  p.line("Human rights situation", 130, 100);
  p.word(second, 72, 116);
  p.line("The ministry confirmed that the reform was a step backwards.", 130, 116);
  for (const auto& [cells, top] : {std::pair{std::vector<std::string>{"Year", "2019", "2020"}, 154},
                                   std::pair{std::vector<std::string>{"1992", "67.3%", "57%"}, 166}}) {
    for (size_t c = 0; c < cells.size(); ++c) p.word(cells[c], 72 + 100.0 * c, top);
  }
  p.make_lines();
  const Page& page = p.page();
  const TablesConfig config;
  const tables::hrule::PageText text = tables::hrule::body_text(page, nullptr);
  const tables::hrule::Finder finder{page, text, config};
  return finder.regions({{96, 66, 366}, {150, 66, 366}, {180, 66, 366}});
}

TEST(TablesHRuleRegions, ASectionsHeadingAndItsParagraphsBetweenTwoTablesAreNoRegion) {
  const std::vector<tables::hrule::Region> prose = regions_over("9.", "9.1");
  ASSERT_EQ(prose.size(), 1u);
  EXPECT_EQ(prose.front().top, 150);
  EXPECT_EQ(prose.front().bottom, 180);
  const std::vector<tables::hrule::Region> rows = regions_over("1.", "2.");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows.front().top, 96);
}

}  // namespace
}  // namespace coi
