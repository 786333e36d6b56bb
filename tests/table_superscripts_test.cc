// Which words of a table may be footnote marks by size alone (stages/tables/cell_text.h,
// may_hold_superscripts): the search for marks in a region's or a fragment's words is skipped
// where it says none, so it must say "may" wherever superscript_of holds for some pair.
#include <gtest/gtest.h>

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/cell_text.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

using testing::PageBuilder;
using testing::WordStyle;
using tables::may_hold_superscripts;
using tables::superscript_of;

WordStyle sized(double size, bool raised = false) {
  WordStyle s;
  s.size = size;
  s.raised = raised;
  return s;
}

std::vector<int> all_words(const Page& page) {
  std::vector<int> out;
  for (size_t i = 0; i < page.words.size(); ++i) out.push_back(static_cast<int>(i));
  return out;
}

// Whether superscript_of holds for some word not raised yet set after another word of `page`.
bool some_superscript(const Page& page, const TablesConfig& config) {
  for (const Word& mark : page.words) {
    if (mark.raised) continue;
    for (const Word& base : page.words) {
      if (&mark != &base && superscript_of(mark, base, config)) return true;
    }
  }
  return false;
}

TEST(TableSuperscripts, WordsOfOneSizeHoldNone) {
  PageBuilder p(1, 600, 800);
  p.line("2021 68,403 Most claims were refused", 72, 100, sized(10));
  p.line("2022 67,142 Granted", 72, 114, sized(10));
  EXPECT_FALSE(may_hold_superscripts(p.page(), all_words(p.page()), TablesConfig{}));
}

TEST(TableSuperscripts, ASmallWordNotRaisedYetMayBeOne) {
  PageBuilder p(1, 600, 800);
  const double after = p.word("68,403", 72, 100, sized(10));
  p.word("31", after, 100, sized(6));  // a mark layout left unraised, its top level with the row's
  const TablesConfig config;
  ASSERT_TRUE(some_superscript(p.page(), config));
  EXPECT_TRUE(may_hold_superscripts(p.page(), all_words(p.page()), config));
}

// A mark layout raised already is no mark to find: only the words not raised yet count.
TEST(TableSuperscripts, MarksRaisedAlreadyAreNoneToFind) {
  PageBuilder p(1, 600, 800);
  const double after = p.word("68,403", 72, 100, sized(10));
  p.word("31", after, 100, sized(6, /*raised=*/true));
  EXPECT_FALSE(may_hold_superscripts(p.page(), all_words(p.page()), TablesConfig{}));
}

// The answer by size agrees with superscript_of over every pair, whatever the size ratio allowed.
TEST(TableSuperscripts, SaysMayWhereverSomePairIsOne) {
  for (const double ratio : {0.5, 0.8, 1.0, 1.5}) {
    TablesConfig config;
    config.superscript_max_size = ratio;
    for (const double small : {5.0, 7.0, 8.0, 9.5, 10.0, 12.0}) {
      PageBuilder p(1, 600, 800);
      const double after = p.word("2021", 72, 100, sized(10));
      p.word("12", after, 100, sized(small));
      p.word("Granted", 200, 100, sized(10));
      if (some_superscript(p.page(), config)) {
        EXPECT_TRUE(may_hold_superscripts(p.page(), all_words(p.page()), config))
            << "ratio " << ratio << ", size " << small;
      }
    }
  }
}

}  // namespace
}  // namespace coi
