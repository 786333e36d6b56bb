// The regions of tables ruled with horizontal lines (stages/tables/hrule_regions.h): a region's
// lines are read once per page, however often step 3 asks for them.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace coi
