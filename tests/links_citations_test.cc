// Tracing URLs back to the notes, footnotes, paragraphs and sources citing them.
#include "links/citations.h"

#include <gtest/gtest.h>

#include "links/checker.h"
#include "links/links_run.h"
#include "pipeline/model_json.h"
#include "tests/links_fake_http_client.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

Inline link(const std::string& text, const std::string& url) {
  return Inline{InlineKind::kLink, text, url, "", 0};
}
Inline mark(int n) { return Inline{InlineKind::kFootnoteRef, "", "", "", n}; }

Doc small_note() {
  Doc doc;
  Block p1;
  p1.id = "p-2.1.1";
  p1.number = "2.1.1";
  p1.inlines = {Inline{InlineKind::kText, "See", "", "", 0}, mark(1)};
  Block p2;
  p2.id = "p-2.1.2";
  p2.number = "2.1.2";
  p2.inlines = {link("the site", "https://a.org/page#top"), mark(1)};
  Block table;
  table.kind = BlockKind::kTable;
  table.id = "table-1";
  table.table.rows = {{Cell{{link("x", "https://b.org/t")}, 1, 1, false, {}, {}}}};
  doc.blocks = {p1, p2, table};
  Footnote f;
  f.number = 1;
  f.inlines = {link("Report", "https://a.org/page")};
  f.cited_by = {"p-2.1.1"};
  doc.footnotes = {f};
  Source s;
  s.id = "S1";
  s.title = "The report";
  s.url = "https://a.org/page";
  doc.sources = {s};
  return doc;
}

TEST(LinksCitations, EachUrlOnceWithFootnotesParagraphsAndSources) {
  std::vector<CitedUrl> urls = collect_cited_urls({small_note(), small_note()}, {"a.json", "b.json"});
  ASSERT_EQ(urls.size(), 2u);
  EXPECT_EQ(urls[0].url, "https://a.org/page");
  ASSERT_EQ(urls[0].citations.size(), 2u);
  const Citation& c = urls[0].citations[0];
  EXPECT_EQ(c.note, "a.json");
  EXPECT_EQ(c.footnotes, std::vector<int>{1});
  EXPECT_EQ(c.paragraphs, (std::vector<std::string>{"2.1.2", "2.1.1"}));
  EXPECT_EQ(c.sources, std::vector<std::string>{"The report"});
  EXPECT_EQ(urls[0].citations[1].note, "b.json");
  EXPECT_EQ(urls[1].url, "https://b.org/t");
  EXPECT_EQ(urls[1].citations[0].paragraphs, std::vector<std::string>{"table-1"});
}

// The ground-truth model (corpus flavour, no cited_by): a URL made broken is traced to its
// footnotes, the paragraphs carrying their marks and its bibliography title.
TEST(LinksCitations, BrokenUrlOfTheFranceNoteIsTracedToItsCitations) {
  Result<Doc> doc = load_model_json(testing::source_path(testing::kFranceModel),
                                    JsonFlavor::kCorpus);
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  std::vector<CitedUrl> urls = collect_cited_urls({doc.value()}, {"note.json"});
  ASSERT_GT(urls.size(), 100u);
  const std::string target =
      "https://www.unhcr.org/media/states-parties-1951-convention-and-its-1967-protocol";
  testing::FakeHttpClient client;
  client.on_other([](const HttpRequest&, int) { return testing::response(200); });
  client.on_status(target, 404);
  LinksRun run = run_link_check(urls, LinksState{}, LinksConfig{}, client, 1000);
  int broken = 0;
  for (const LinkOutcome& o : run.outcomes) {
    if (o.result.link_class != LinkClass::kBroken) continue;
    ++broken;
    EXPECT_EQ(o.result.url, target);
    ASSERT_EQ(o.cited.citations.size(), 1u);
    const Citation& c = o.cited.citations[0];
    ASSERT_FALSE(c.footnotes.empty());
    EXPECT_EQ(c.footnotes[0], 1);
    EXPECT_FALSE(c.paragraphs.empty());
    EXPECT_EQ(c.sources,
              std::vector<std::string>{"States Parties to the 1951 Convention and its 1967 Protocol"});
    EXPECT_EQ(o.change, NightlyChange::kNewlyBroken);
  }
  EXPECT_EQ(broken, 1);
}

}  // namespace
}  // namespace coi
