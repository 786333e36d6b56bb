// A leader dot printed over a page number's digit (fixtures/README.md "leader-over-page-number"):
// XeLaTeX sets its contents leaders on a fixed grid, and a dot may land on the first digit of a
// three-digit page number, so that the line's words read "... . 1 . 04". The dot is no text of
// the entry (`toc_leader`, layout_contents.cc): the entry reads its title and page whole, and the
// heading it names takes its level from it. Two XeLaTeX notes cut to their first ten pages and
// the heading's page, the rest blank so that every page number of the contents still fits:
// held19 seed 2318 ("Annex A: Ethnic minorities", p. 104) and held18 seed 2204 ("Feedback to
// the Home Office", p. 100). Titles and levels are the model's (note.json of each seed); the
// pages are those the headings are printed on.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli/config.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using testing::source_path;

Doc converted(const std::string& pdf) {
  RunOptions options;
  options.validate_between = true;
  Diagnostics diag;
  Result<Doc> doc = convert_pdf(source_path(pdf), default_config().value(), options, diag);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

struct Expected {
  const char* pdf;
  const char* title;
  int page;   ///< the page the heading is printed on
  int level;  ///< the model's level of the heading (and of its entry)
};

class LeaderOverDigit : public ::testing::TestWithParam<Expected> {};

TEST_P(LeaderOverDigit, EntryReadsItsTitleAndPageWhole) {
  const Expected& want = GetParam();
  const Doc doc = converted(want.pdf);
  const auto toc = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                                [](const Block& b) { return b.kind == BlockKind::kToc; });
  ASSERT_NE(toc, doc.blocks.end());
  const auto entry = std::find_if(toc->toc.begin(), toc->toc.end(),
                                  [&](const TocEntry& e) { return e.text == want.title; });
  ASSERT_NE(entry, toc->toc.end()) << want.title;
  EXPECT_EQ(entry->page, want.page);
  EXPECT_EQ(entry->level, want.level);
  for (const TocEntry& e : toc->toc) {
    EXPECT_EQ(e.text.find(". ."), std::string::npos) << "leaders read as title: " << e.text;
  }
}

TEST_P(LeaderOverDigit, HeadingTakesTheEntrysLevel) {
  const Expected& want = GetParam();
  const Doc doc = converted(want.pdf);
  const auto heading = std::find_if(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) {
    return b.kind == BlockKind::kHeading && plain_text(b.inlines) == want.title;
  });
  ASSERT_NE(heading, doc.blocks.end()) << want.title;
  EXPECT_EQ(heading->level, want.level);
  ASSERT_FALSE(heading->where.empty());
  EXPECT_EQ(heading->where.front().page, want.page);
}

INSTANTIATE_TEST_SUITE_P(
    XeLaTeX, LeaderOverDigit,
    ::testing::Values(
        Expected{"fixtures/generated-classes/leader-over-page-number-latex/latex.pdf",
                 "Annex A: Ethnic minorities", 104, 1},
        Expected{"fixtures/generated-classes/leader-over-page-number-latex-2204/latex.pdf",
                 "Feedback to the Home Office", 100, 2}));

}  // namespace
}  // namespace coi
