// Link rectangles drawn alone, one or two a page, for another pagination, moved onto their words
// (stages/extract/link_pages.cc, step 6; link_realign.cc, step 4, for the URL's evidence), on
// LibreOffice's rendering of held-out seed 1248 (DejaVu Serif 10 pt, A4), pages 37 to 39, 43 and
// 44 cut from it (fixtures/generated-classes/links-drawn-on-next-page): the other pagination set
// each page's footnote area a line or more lower, so its last notes' rectangles were drawn on the
// next page above that page's first note (notes 155 to 158 of page 37 on page 38, note 168 of
// page 38 on page 39, note 207 of page 43 on page 44), and note 158's, beside the body's marks'
// distance on page 38, fitted a table row there by chance.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "stages/extract/link_fit.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/note_links.h"

namespace coi {
namespace {

using testing::links_of;
using testing::missing;

TEST(UrlNamesWords, AnAddressSpellingTheTitleNamesItsWords) {
  EXPECT_TRUE(extract::url_names_words(
      "https://acleddata.com/nigeria-the-labour-market-observations-may-2021",
      "Nigeria: the labour market – observations (May 2021)", 0.5));
}

// A table row a rectangle meets by chance shares no word with the address; nor does a line of
// another title but for one word ("report").
TEST(UrlNamesWords, ALineMetByChanceIsNotNamed) {
  const std::string url =
      "https://www.state.gov/albania-the-situation-of-women-and-girls-annual-report-november-2025";
  EXPECT_FALSE(extract::url_names_words(url, "- 128 44 8,360", 0.5));
  EXPECT_FALSE(extract::url_names_words(
      url, "Iraq: housing for refugees – trafficking in persons report (April 2024)’ (page", 0.5));
}

// Words of fewer than three letters or digits do not count; with none left, nothing is named.
TEST(UrlNamesWords, ShortWordsAloneNameNothing) {
  EXPECT_FALSE(extract::url_names_words("https://example.org/a-of-12", "a of 12", 0.0));
}

// Case does not matter, letters beyond ASCII included.
TEST(UrlNamesWords, CaseIsIgnored) {
  EXPECT_TRUE(extract::url_names_words("https://example.org/ÉTAT-civil", "État Civil", 0.5));
}

// An address whose path spells words can be asked whether it names a line's; an opaque one,
// or one whose words are its host's only, cannot.
TEST(UrlSpellsWords, OpaqueAddressesSpellNothing) {
  EXPECT_TRUE(extract::url_spells_words("https://www.hrw.org/world-report/2023/iraq", 3));
  EXPECT_FALSE(extract::url_spells_words("https://www.refworld.org/docid/5c5a8a5f4.html", 3));
  EXPECT_FALSE(extract::url_spells_words("https://www.amnesty.org.example.com/", 3));
}

struct LinksDrawnOnNextPageRender {
  static constexpr const char* kFolder = "fixtures/generated-classes/links-drawn-on-next-page";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "";
};

using LinksDrawnOnNextPage = testing::FixtureRenderSuite<LinksDrawnOnNextPageRender>;

// No link takes a URL the model does not give it (note 158's title once took a table row of
// page 38: "23,926,9", "69,847,", "applicable").
TEST_F(LinksDrawnOnNextPage, NoLinkTakesAnotherLinksUrl) {
  ASSERT_FALSE(model_->footnotes.empty());
  EXPECT_EQ(missing(links_of(*ours_), links_of(*model_)), std::vector<std::string>{});
}

// Every footnote printed on a page whose next page the cut holds (its pages 1, 2 and 4: printed
// pages 37, 38 and 43) has the model's link, those whose rectangles were drawn on the next page
// included (once notes 155 to 158, 168 and 207 had none).
TEST_F(LinksDrawnOnNextPage, FootnotesWhoseRectanglesTheCutHoldsKeepTheirLinks) {
  std::map<int, const Footnote*> model_notes;
  for (const Footnote& f : model_->footnotes) model_notes[f.number] = &f;
  int checked = 0;
  for (const Footnote& f : ours_->footnotes) {
    ASSERT_FALSE(f.where.empty()) << f.number;
    const int page = f.where.front().page;
    if (page != 1 && page != 2 && page != 4) continue;
    ASSERT_TRUE(model_notes.count(f.number)) << f.number;
    EXPECT_EQ(testing::link_texts(f.inlines), testing::link_texts(model_notes[f.number]->inlines))
        << "note " << f.number;
    ++checked;
  }
  EXPECT_GT(checked, 20);
}

// The moves are reported where the rectangles went.
TEST_F(LinksDrawnOnNextPage, MovesAreReported) {
  int moved = 0;
  for (const Diagnostic& d : findings_->items()) moved += d.code == "link-moved";
  EXPECT_GT(moved, 0);
}

}  // namespace
}  // namespace coi
