// A web link broken over a page whose annotation XeTeX let run over a footnote's title
// (stages/layout/layout_broken_links.cc), on XeLaTeX's rendering of a generated note held against
// its model: seed 112 (fixtures/generated-classes/tex-link-over-page), where "The Statistics
// 2019: access" / "to healthcare and land disputes states:" breaks over pages 9 and 10, the
// annotation of its first piece runs on over note 31's title, and note 31's own URL is nowhere
// in the PDF.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/note_links.h"

namespace coi {
namespace {

using testing::link_texts;
using testing::links_of;
using testing::missing;

struct TexLinkOverPageRender {
  static constexpr const char* kFolder = "fixtures/generated-classes/tex-link-over-page";
  static constexpr const char* kProducer = "latex";
  static constexpr const char* kStopAfter = "";
};

using TexLinkOverPage = testing::FixtureRenderSuite<TexLinkOverPageRender>;

// The links of the blocks (paragraphs, list items, cells), not of footnotes or sources.
std::multiset<std::string> block_links(const Doc& doc) {
  Doc blocks_only;
  blocks_only.blocks = doc.blocks;
  return links_of(blocks_only);
}

// No link gets a URL the model does not give it: the footnote under the annotation of the body
// link loses that URL (once note 31 cited the body link's source, and resolve trusted it).
TEST_F(TexLinkOverPage, NoLinkTakesAnotherLinksUrl) {
  ASSERT_FALSE(model_->blocks.empty());
  EXPECT_EQ(missing(links_of(*ours_), links_of(*model_)), std::vector<std::string>{});
}

// Every link of the body is whole, the one broken over the page included: its text on the next
// page, which no annotation covers, is linked as far as the bibliography prints the same URL's
// title (once "Statistics 2019: access" alone).
TEST_F(TexLinkOverPage, BodyLinkBrokenOverThePageIsWhole) {
  EXPECT_EQ(missing(block_links(*model_), block_links(*ours_)), std::vector<std::string>{});
}

// What is still missing is footnotes' links only: the one whose annotation the body link took
// is not in the PDF.
TEST_F(TexLinkOverPage, OnlyFootnoteLinksAreMissing) {
  std::multiset<std::string> footnote_links;
  for (const Footnote& note : model_->footnotes) {
    for (std::string& link : link_texts(note.inlines)) footnote_links.insert(std::move(link));
  }
  for (const std::string& link : missing(links_of(*model_), links_of(*ours_))) {
    EXPECT_TRUE(footnote_links.count(link)) << link;
  }
}

// The mend is reported where the annotation ran over the footnote.
TEST_F(TexLinkOverPage, MendIsReported) {
  int found = 0;
  for (const Diagnostic& d : findings_->items()) {
    if (d.code != "link-broken-over-page") continue;
    ++found;
    EXPECT_EQ(d.page, 9);
    EXPECT_NE(d.message.find("linked again"), std::string::npos) << d.message;
  }
  EXPECT_GT(found, 0);
}

}  // namespace
}  // namespace coi
