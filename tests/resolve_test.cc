#include "stages/resolve/resolve.h"

#include <gtest/gtest.h>

#include <iostream>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/model_names.h"
#include "stages/text/url_normalize.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

Inline text(const std::string& t) { return Inline{InlineKind::kText, t, "", "", 0}; }
Inline link(const std::string& t, const std::string& url) {
  return Inline{InlineKind::kLink, t, url, "", 0};
}

Source source(const std::string& id, const std::string& group, const std::string& title,
              const std::string& url, const std::string& date) {
  Source s;
  s.id = id;
  s.list = SourceList::kCited;
  s.group = group;
  s.author = group;
  s.title = title;
  s.url = url;
  s.date = date;
  return s;
}

Footnote note(int n, Inlines inlines) {
  Footnote f;
  f.number = n;
  f.inlines = std::move(inlines);
  add_place(f.where, 7, Box{72, 700, 500, 710});
  return f;
}

ResolveConfig defaults() { return default_config().value().resolve; }

Doc run(Doc doc, Diagnostics& diag, const ResolveConfig& config = defaults()) {
  Result<Doc> result = run_resolve(std::move(doc), config, diag);
  EXPECT_TRUE(result.is_ok());
  return std::move(result).value();
}

std::string norm(const std::string& url) { return normalize_url(url, kDefaultIgnoredUrlParameters); }

TEST(UrlNormalize, SchemeHostWwwSlashFragmentAndTracking) {
  EXPECT_EQ(norm("HTTP://WWW.Example.org/Report/?utm_source=x&id=3#p2"),
            "https://example.org/Report?id=3");
  EXPECT_EQ(norm("https://example.org/"), "https://example.org");
  EXPECT_EQ(norm("https://example.org"), "https://example.org");
  EXPECT_EQ(norm("https://example.org:443/a?fbclid=1&UTM_MEDIUM=2"), "https://example.org/a");
  EXPECT_EQ(norm("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32013R0604"),
            "https://eur-lex.europa.eu/legal-content/EN/TXT?uri=CELEX:32013R0604");
  EXPECT_EQ(norm(" ftp://Files.example.org/x/ "), "ftp://files.example.org/x");
  EXPECT_EQ(norm("not a url"), "not a url");
  EXPECT_NE(norm("https://example.org/A"), norm("https://example.org/a"));  // paths keep case
}

TEST(Resolve, ByNormalisedUrl) {
  Doc doc;
  doc.sources = {source("S1", "UNHCR", "States Parties", "https://www.unhcr.org/states/", "2015")};
  doc.footnotes = {note(1, {text("UNHCR, "), link("States Parties", "http://unhcr.org/states#x"),
                            text(", updated 17 April 2015")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].source_id, "S1");
  EXPECT_EQ(doc.footnotes[0].method, ResolveMethod::kUrl);
  EXPECT_DOUBLE_EQ(doc.footnotes[0].confidence, 1.0);
  EXPECT_TRUE(diag.items().empty());
}

// The acronyms table of a note, as segment and tables leave it.
Block acronyms(const std::vector<std::pair<std::string, std::string>>& rows) {
  Block b;
  b.kind = BlockKind::kTable;
  b.part = "acronyms";
  for (const auto& [abbreviation, expansion] : rows) {
    Cell a, e;
    a.inlines = {text(abbreviation)};
    e.inlines = {text(expansion)};
    b.table.rows.push_back({a, e});
  }
  return b;
}

TEST(Resolve, PublisherAliasFromAcronymsAndGroupsWithTitle) {
  Doc doc;
  doc.blocks = {acronyms({{"GoF", "Government of France"}, {"Mol", "Ministry of Interior"}})};
  doc.sources = {
      source("S1", "Government of France (GoF), Ministry of the Interior (Moi)",
             "Asylum applications", "https://interieur.gouv.fr/asylum", "26 June 2025"),
      source("S2", "Government of France (GoF), Office for the Protection of Refugees (OFPRA)",
             "Asylum applications", "https://ofpra.gouv.fr/asylum", "26 June 2025")};
  doc.footnotes = {note(1, {text("GoF Mol, Asylum applications (section 3.1), 26 June 2025")}),
                   note(2, {text("OFPRA, Asylum applications, 26 June 2025")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].source_id, "S1");
  EXPECT_EQ(doc.footnotes[0].method, ResolveMethod::kAliasTitle);
  EXPECT_DOUBLE_EQ(doc.footnotes[0].confidence, 0.95);
  EXPECT_EQ(doc.footnotes[1].source_id, "S2");
  EXPECT_TRUE(diag.items().empty());
}

TEST(Resolve, AliasFromConfigTable) {
  Doc doc;
  doc.sources = {source("S1", "Home Office", "Country policy note on France", "", "2024"),
                 source("S2", "Refugee Council", "Country policy note on France", "", "2024")};
  doc.footnotes = {note(1, {text("HO, Country policy note on France, 2024")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].source_id, "S1");
  EXPECT_EQ(doc.footnotes[0].method, ResolveMethod::kAliasTitle);
}

TEST(Resolve, EllipsisAtStartMiddleOrEnd) {
  Doc doc;
  doc.sources = {source("S1", "World Health Organisation (WHO)",
                        "Can people afford to pay for health care? New evidence on financial "
                        "protection in France",
                        "https://who.int/a", "2023")};
  doc.footnotes = {
      note(1, {text("WHO, Can people afford to pay for health care?... protection in France "
                    "(page 2), 2023")}),
      note(2, {text("WHO, Can people afford to pay ..., 2023")}),
      note(3, {text("WHO, ...New evidence on financial protection in France, 2023")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  for (const Footnote& f : doc.footnotes) {
    EXPECT_EQ(f.source_id, "S1") << f.number;
    EXPECT_EQ(f.method, ResolveMethod::kAliasTitle) << f.number;
  }
}

TEST(Resolve, AmbiguousMatchIsReportedNotGuessed) {
  Doc doc;
  doc.sources = {source("S1", "Forum Réfugiés", "Country report: France", "https://a.org/1", "2024"),
                 source("S2", "Forum Réfugiés", "Country report: France", "https://a.org/2", "2025")};
  doc.footnotes = {note(5, {text("Forum Refugies, Country report: France, no date")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].source_id, "");
  EXPECT_EQ(doc.footnotes[0].method, ResolveMethod::kAmbiguous);
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].code, "ambiguous-citation");
  EXPECT_EQ(diag.items()[0].message, "footnote 5 matches 2 sources (S1, S2); left unresolved");
  EXPECT_EQ(diag.items()[0].page, 7);
}

TEST(Resolve, DateSettlesTwoTitleMatches) {
  Doc doc;
  doc.sources = {source("S1", "CNDA", "Key figures", "", "6 January 2022"),
                 source("S2", "CNDA", "Key figures", "", "4 January 2023")};
  doc.footnotes = {note(1, {text("CNDA, Key figures, 4 January 2023")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].source_id, "S2");
}

TEST(Resolve, ShortTitleWithoutPublisherIsNotGuessed) {
  Doc doc;
  doc.sources = {source("S1", "Aux Captifs", "Home", "https://captifs.fr/", "no date")};
  doc.footnotes = {note(1, {text("Service-Public, "), link("Home", "https://service-public.fr/"),
                            text(", no date")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].source_id, "");
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].message,
            "footnote 1 matches no source: Service-Public, Home, no date");
}

TEST(Resolve, NearTitleNeedsThePublisherAndScoresLow) {
  Doc doc;
  doc.sources = {source("S1", "Government of France (GoF), OFPRA", "2024 Activity Report", "", "2025")};
  doc.footnotes = {note(1, {text("OFPRA, Activity Report 2024, 2025")}),
                   note(2, {text("UNHCR, Activity Report 2024, 2025")})};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].source_id, "S1");
  EXPECT_EQ(doc.footnotes[0].method, ResolveMethod::kAliasFuzzy);
  EXPECT_LT(doc.footnotes[0].confidence, defaults().high_confidence);
  EXPECT_EQ(doc.footnotes[1].source_id, "");
}

// --- On the ground-truth model: its own footnotes and sources, with the links stripped. ---

struct Tally {
  int with_source = 0, right = 0, wrong_high = 0, wrong = 0, without_source = 0,
      left_unresolved = 0;
};

Tally resolve_model(bool drop_urls) {
  Result<Doc> loaded = load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  EXPECT_TRUE(loaded.is_ok()) << loaded.status().to_string();
  Doc doc = std::move(loaded).value();
  std::vector<std::string> truth;
  for (Footnote& f : doc.footnotes) {
    truth.push_back(f.source_id);
    f.source_id.clear();
    if (!drop_urls) continue;
    for (Inline& run : f.inlines) {
      if (run.kind == InlineKind::kLink) run = text(run.text);
    }
  }
  Diagnostics diag;
  const ResolveConfig config = defaults();
  doc = run(std::move(doc), diag, config);
  Tally t;
  for (size_t i = 0; i < doc.footnotes.size(); ++i) {
    const Footnote& f = doc.footnotes[i];
    if (truth[i].empty()) {
      ++t.without_source;
      t.left_unresolved += f.source_id.empty();
      t.wrong_high += !f.source_id.empty() && f.confidence >= config.high_confidence;
      continue;
    }
    ++t.with_source;
    if (f.source_id == truth[i]) {
      ++t.right;
    } else if (!f.source_id.empty()) {
      ++t.wrong;
      if (f.confidence >= config.high_confidence) {
        ++t.wrong_high;
        ADD_FAILURE() << "footnote " << f.number << " -> " << f.source_id << " (" << name_of(f.method)
                      << "), model says " << truth[i];
      }
    }
  }
  std::cout << "resolve on model" << (drop_urls ? " without URLs" : "") << ": " << t.right << " of "
            << t.with_source << " right, " << t.wrong << " wrong (" << t.wrong_high
            << " high confidence), " << t.left_unresolved << " of " << t.without_source
            << " sourceless left unresolved\n";
  return t;
}

TEST(ResolveOnModel, ResolvesTheModelsFootnotesToItsSources) {
  const Tally t = resolve_model(/*drop_urls=*/false);
  EXPECT_EQ(t.with_source, 411);
  EXPECT_GE(t.right, 407);  // >= 99%
  EXPECT_EQ(t.wrong, 0);
  EXPECT_EQ(t.wrong_high, 0);
  EXPECT_EQ(t.without_source, 33);
  EXPECT_EQ(t.left_unresolved, 33);
}

TEST(ResolveOnModel, WithoutUrlsByPublisherAndTitleAlone) {
  const Tally t = resolve_model(/*drop_urls=*/true);
  EXPECT_EQ(t.wrong_high, 0);
  EXPECT_EQ(t.wrong, 0);
  EXPECT_EQ(t.left_unresolved, 33);
  EXPECT_GE(t.right, 400);  // the rest print a title the bibliography does not (shortened, no "...")
}

}  // namespace
}  // namespace coi
