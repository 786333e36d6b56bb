// Link annotations that do not sit on their words (stages/extract/link_placement.cc) and the
// resolve stage's cross-check of a footnote's URL against its title, on hand-built pages and on
// note-shifted-links.pdf: note.pdf with the footnote links of one page moved a line up
// (fixtures/shift-links/shift.py), most of which link_realign.cc moves back.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/extract/extract_parts.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

// The shipped link_edge_tolerance (1 pt), link_url_spelled_words and link_lone_url_words.
const ExtractConfig kConfig{};

Page page_with_links() {
  Page page;
  page.number = 3;
  for (const char* uri : {"https://a.example/", "https://b.example/", "https://c.example/"}) {
    LinkArea area;
    area.uri = uri;
    page.links.push_back(area);
  }
  for (int link : {0, 0, -1, 1, 1}) {
    Word w;
    w.text = "word";
    w.link = link;
    page.words.push_back(w);
  }
  return page;
}

TEST(LinkPlacement, ALinkCuttingAWordLosesItsWordsAndIsReported) {
  Page page = page_with_links();
  Diagnostics diag;
  extract::check_link_placement(page, {1, 1}, {}, kConfig, diag);
  EXPECT_EQ(page.words[0].link, 0);
  EXPECT_EQ(page.words[3].link, -1);
  EXPECT_EQ(page.words[4].link, -1);
  const std::vector<Diagnostic>& found = diag.items();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].code, "link-off-its-words");
  EXPECT_EQ(found[0].severity, Severity::kWarning);
  EXPECT_EQ(found[0].message,
            "the rectangle of a link to https://b.example/ cuts through words, so it is not on "
            "its text; its words keep no link");
  EXPECT_EQ(found[0].page, 3);
  EXPECT_EQ(found[1].code, "link-covers-no-words");
  EXPECT_EQ(found[1].severity, Severity::kInfo);
  EXPECT_EQ(found[1].message, "a link to https://c.example/ covers no words; its URL reaches no text");
}

TEST(LinkPlacement, LinksOnTheirWordsAreLeftAlone) {
  Page page = page_with_links();
  page.links.pop_back();
  Diagnostics diag;
  extract::check_link_placement(page, {}, {}, kConfig, diag);
  EXPECT_EQ(page.words[3].link, 1);
  EXPECT_TRUE(diag.items().empty());
}

// One line of a page whose link rectangles a producer placed in one pass, one of them cutting a
// word (link 0). Link 1's rectangle ends in the gap before "gamma", past its words: off too.
// Link 2 is as wide as "delta": it stays. Link 3, the first piece of a link wrapped onto the
// next line (link 4), runs on from "epsilon" to the column's edge, as LibreOffice draws it; its
// pieces lie stacked on their text (step 2b: "epsilon" ends its line, "eta" begins the next and
// ends where link 4 does), so both stay. Link 5, alone, runs on past "zeta": it cannot be told
// from a rectangle misplaced there, and is off.
//
//   [cut]   [alpha beta ] gamma  [delta]  [epsilon            ]
//   [eta]  [zeta          ]
Page line_of_links() {
  Page page;
  page.number = 7;
  auto link = [&](const char* uri, double x0, double x1) {
    LinkArea area;
    area.uri = uri;
    area.box = Box{x0, 100, x1, 112};
    page.links.push_back(area);
  };
  link("https://cut.example/", 100, 150);
  link("https://gap.example/", 200, 262);
  link("https://tight.example/", 300, 330);
  link("https://wrapped.example/", 400, 540);
  link("https://wrapped.example/", 100, 130);
  link("https://alone.example/", 150, 250);
  page.links[4].box.y0 = page.links[5].box.y0 = 112;
  page.links[4].box.y1 = page.links[5].box.y1 = 124;
  auto word = [&](const char* text, double x0, double x1, int link_index) {
    Word w;
    w.text = text;
    w.box = Box{x0, 101, x1, 111};
    w.link = link_index;
    page.words.push_back(w);
  };
  word("cut", 100, 150, 0);
  word("alpha", 200, 230, 1);
  word("beta", 234, 260, 1);
  word("gamma", 265, 290, -1);
  word("delta", 300, 330, 2);
  word("epsilon", 400, 440, 3);
  word("eta", 100, 130, 4);
  word("zeta", 150, 180, 5);
  page.words[6].box.y0 = page.words[7].box.y0 = 113;
  page.words[6].box.y1 = page.words[7].box.y1 = 123;
  return page;
}

TEST(LinkPlacement, BesideALinkOffItsWordsALinkEndingBetweenWordsIsOffToo) {
  Page page = line_of_links();
  Diagnostics diag;
  extract::check_link_placement(page, {0}, {}, kConfig, diag);
  std::vector<int> links;
  for (const Word& w : page.words) links.push_back(w.link);
  EXPECT_EQ(links, (std::vector<int>{-1, -1, -1, -1, 2, 3, 4, -1}));
  ASSERT_EQ(diag.items().size(), 3u);
  EXPECT_EQ(diag.items()[1].code, "link-off-its-words");
  EXPECT_EQ(diag.items()[1].message,
            "the rectangle of a link to https://gap.example/ is not as wide as the words under it, "
            "on a page with links off their words, so it is not on its text; its words keep no "
            "link");
  EXPECT_NE(diag.items()[2].message.find("https://alone.example/"), std::string::npos);
}

// Step 2b's conditions, one at a time: a wrapped link whose last piece runs on past its words,
// or whose first piece's line goes on after its words, lies on no text of its own; both pieces
// are off (step 2a).
TEST(LinkPlacement, AWrappedLinkNotStackedOnItsTextIsOff) {
  const auto wrapped_links = [](Page& page) {
    Diagnostics diag;
    extract::check_link_placement(page, {0}, {}, kConfig, diag);
    return std::vector<int>{page.words[5].link, page.words[6].link};
  };
  Page runs_on = line_of_links();
  runs_on.links[4].box.x1 = 140;  // past "eta"
  EXPECT_EQ(wrapped_links(runs_on), (std::vector<int>{-1, -1}));
  Page line_goes_on = line_of_links();
  Word after = line_goes_on.words[5];  // a word after "epsilon" on its line
  after.box.x0 = 450, after.box.x1 = 480, after.link = -1;
  line_goes_on.words.push_back(after);
  EXPECT_EQ(wrapped_links(line_goes_on), (std::vector<int>{-1, -1}));
}

// An address spelling words must name most of the words its stacked pieces cover: a misplaced
// link's pieces may meet a line's ends by chance, but not on its own title.
TEST(LinkPlacement, AWrappedLinkWhoseAddressNamesOtherWordsIsOff) {
  const auto links_of = [](const char* url) {
    Page page = line_of_links();
    page.links[3].uri = page.links[4].uri = url;
    Diagnostics diag;
    extract::check_link_placement(page, {0}, {}, kConfig, diag);
    return std::vector<int>{page.words[5].link, page.words[6].link};
  };
  EXPECT_EQ(links_of("https://a.example/epsilon-eta-report"), (std::vector<int>{3, 4}));
  EXPECT_EQ(links_of("https://a.example/annual-country-report"), (std::vector<int>{-1, -1}));
}

// Two annotations of one URL one after the other, on lines apart (a body title, then a
// footnote's), are two links: the second, off its words, does not take the first off.
TEST(LinkPlacement, OneUrlOnLinesApartIsTwoLinks) {
  Page page = line_of_links();
  page.links[2].uri = page.links[1].uri;                 // "delta" cites gap.example too
  page.links[2].box.y0 += 200, page.links[2].box.y1 += 200;  // on a line far below
  page.words[4].box.y0 += 200, page.words[4].box.y1 += 200;
  Diagnostics diag;
  extract::check_link_placement(page, {0}, {}, kConfig, diag);
  EXPECT_EQ(page.words[1].link, -1);  // "alpha": its rectangle ends in the gap
  EXPECT_EQ(page.words[4].link, 2);   // "delta"
}

// On a page with a link off its words, a piece of a link wrapped onto two lines that covers
// words, beside a piece covering none, is off; a link of two pieces both on words stays.
TEST(LinkPlacement, APieceOnWordsBesideOneOnNoneIsOff) {
  Page page = line_of_links();
  page.words.erase(page.words.begin() + 5);  // "epsilon": link 3 covers no word
  page.links[3].box.x1 = 440;                // and is not judged by its width
  Diagnostics diag;
  extract::check_link_placement(page, {0}, {}, kConfig, diag);
  EXPECT_EQ(page.words[5].text, "eta");
  EXPECT_EQ(page.words[5].link, -1);
  EXPECT_EQ(page.words[4].link, 2);  // "delta"
}

TEST(LinkPlacement, WithNoLinkOffItsWordsRectanglesWiderThanTheirWordsStay) {
  Page page = line_of_links();
  Diagnostics diag;
  extract::check_link_placement(page, {}, {}, kConfig, diag);
  EXPECT_EQ(page.words[1].link, 1);
  EXPECT_EQ(page.words[2].link, 1);
  EXPECT_EQ(page.words[7].link, 5);
  EXPECT_TRUE(diag.items().empty());
}

// The France note, converted up to resolve, and its model.
class ShiftedLinks : public ::testing::Test {
 protected:
  static Doc convert(const std::string& pdf, Diagnostics& diag) {
    RunOptions options;
    options.stop_after = "resolve";
    Result<Doc> doc = convert_pdf(testing::source_path(pdf), default_config().value(), options,
                                  diag);
    EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
    return doc.is_ok() ? std::move(doc).value() : Doc{};
  }
  static void SetUpTestSuite() {
    Result<Doc> model = load_model_json(testing::source_path(testing::kFranceModel),
                                        JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = std::make_unique<Doc>(std::move(model).value());
    shifted_findings_ = std::make_unique<Diagnostics>();
    shifted_ = std::make_unique<Doc>(
        convert("fixtures/france-cin-v2.0/note-shifted-links.pdf", *shifted_findings_));
    // The page whose link rectangles differ from note.pdf's: the one shift.py moved.
    Diagnostics original_findings;
    const Doc original = convert(testing::kFrancePdf, original_findings);
    for (size_t p = 0; p < original.pages.size() && p < shifted_->pages.size(); ++p) {
      const auto& a = original.pages[p].links;
      const auto& b = shifted_->pages[p].links;
      for (size_t l = 0; l < a.size() && l < b.size(); ++l) {
        if (a[l].box.y0 != b[l].box.y0) moved_page_ = static_cast<int>(p) + 1;
      }
    }
  }
  static void TearDownTestSuite() { model_.reset(), shifted_.reset(), shifted_findings_.reset(); }
  static std::unique_ptr<Doc> model_, shifted_;
  static std::unique_ptr<Diagnostics> shifted_findings_;  ///< the shifted note's run
  static int moved_page_;
};

std::unique_ptr<Doc> ShiftedLinks::model_;
std::unique_ptr<Doc> ShiftedLinks::shifted_;
std::unique_ptr<Diagnostics> ShiftedLinks::shifted_findings_;
int ShiftedLinks::moved_page_ = 0;

int count(const Diagnostics& findings, const std::string& code, int page) {
  int n = 0;
  for (const Diagnostic& d : findings.items()) n += d.code == code && d.page == page;
  return n;
}

// The page's footnote rectangles all sit one line too high, so they agree on one distance and
// are moved back onto their titles (link_realign.cc). Footnote 41 ("Council of State, Missions")
// once lay under footnote 42's rectangle and kept no URL, matching no source by its shortened
// title; now it has its own link and resolves right. Every footnote resolves right; those whose
// rectangle fitted no line (left off their words) by their printed titles.
TEST_F(ShiftedLinks, NoFootnoteIsResolvedConfidentlyToAWrongSource) {
  const double high = default_config().value().resolve.high_confidence;
  std::map<std::string, const Source*> ours, theirs;
  for (const Source& s : shifted_->sources) ours[s.id] = &s;
  for (const Source& s : model_->sources) theirs[s.id] = &s;
  ASSERT_EQ(shifted_->footnotes.size(), model_->footnotes.size());
  int cited = 0, right = 0;
  for (size_t i = 0; i < model_->footnotes.size(); ++i) {
    const Footnote& want = model_->footnotes[i];
    const Footnote& got = shifted_->footnotes[i];
    if (want.source_id.empty()) continue;
    ++cited;
    const auto ours_it = ours.find(got.source_id);
    const Source& expected = *theirs.at(want.source_id);
    const bool same = ours_it != ours.end() && ours_it->second->url == expected.url &&
                      ours_it->second->title == expected.title;
    right += same;
    if (same) continue;
    EXPECT_LT(got.confidence, high) << "footnote " << got.number << " wrong but sure";
    ADD_FAILURE() << "footnote " << got.number << " resolved to another source";
  }
  EXPECT_EQ(right, cited);
  const Footnote& once_missed = shifted_->footnotes[40];
  ASSERT_EQ(once_missed.number, 41);
  std::string url;
  for (const Inline& run : once_missed.inlines) {
    if (run.kind == InlineKind::kLink) url = run.url;
  }
  EXPECT_EQ(url, "https://www.conseil-etat.fr/the-missions-of-the-council-of-state");
}

TEST_F(ShiftedLinks, MisplacedRectanglesAreReportedOnTheirPageOnly) {
  const int page = moved_page_;
  ASSERT_GT(page, 0);
  EXPECT_GT(count(*shifted_findings_, "link-off-its-words", page) +
                count(*shifted_findings_, "citation-url-title-disagree", page),
            0);
  for (const Diagnostic& d : shifted_findings_->items()) {
    if (d.code == "link-off-its-words" || d.code == "citation-url-title-disagree") {
      EXPECT_EQ(d.page, page) << d.message;
    }
  }
}

}  // namespace
}  // namespace coi
