// The acceptance test: the whole pipeline on fixtures/france-cin-v2.0/note.pdf, and on two other
// renderings of the same model, against the model note.json (docs/MODEL.md). Each PDF is
// converted once per test binary (static caches). Where coi is exact the tests demand exact;
// where a rendering defeats it, the misses are listed by name and may neither grow nor linger
// on the list once fixed.
//
// Paragraphs of the Bibliography part are left out on our side: the bibliography stage turns
// them into sources and removes them from the flow (the model keeps only its headings there).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

Result<Doc> convert_once(Diagnostics& diag) {
  RunOptions options;
  options.validate_between = true;
  return convert_pdf(testing::source_path(testing::kFrancePdf), default_config().value(), options,
                     diag);
}

// note.pdf converted with the model checked between stages, and its JSON.
struct Converted {
  Doc ours;
  std::string json;
};

const Converted& converted() {
  static const Converted cache = [] {
    Converted c;
    Diagnostics diag;
    Result<Doc> ours = convert_once(diag);
    EXPECT_TRUE(ours.is_ok()) << ours.status().to_string();
    if (ours.is_ok()) c.ours = std::move(ours).value();
    c.json = write_model_json(c.ours, diag, true);
    return c;
  }();
  return cache;
}

const Doc& model() {
  static const Doc cache = [] {
    Result<Doc> model =
        load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
    EXPECT_TRUE(model.is_ok()) << model.status().to_string();
    return model.is_ok() ? std::move(model).value() : Doc{};
  }();
  return cache;
}

std::string squash(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool counted(const Block& b) { return b.part != "bibliography" || b.kind != BlockKind::kParagraph; }

std::vector<const Block*> blocks_of(const Doc& doc, BlockKind kind) {
  std::vector<const Block*> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == kind && counted(b)) out.push_back(&b);
  }
  return out;
}

// What a test compares, in document order: each entry's text and the name a miss is reported
// and listed by ("14.1.8"; "14.1.8+1", the first unnumbered paragraph after it; "t5 r3 c2").
struct Entries {
  std::vector<std::string> texts, names;
  void add(std::string text, std::string name) {
    texts.push_back(std::move(text));
    names.push_back(std::move(name));
  }
};

// Entries named by their kind and ordinal ("list 3").
Entries ordinal(const std::vector<std::string>& texts, const std::string& kind) {
  Entries out;
  for (const std::string& t : texts) out.add(t, kind + " " + std::to_string(out.texts.size() + 1));
  return out;
}

// Pairs two sequences of texts: exact matches by longest common subsequence, the rest by
// position between them. Unpaired entries are missing (model) or extra (ours). Model entries
// are kept as indices, so that each miss has its name.
struct Alignment {
  std::vector<std::pair<size_t, std::string>> differing;  // (model index, ours)
  std::vector<size_t> missing;                            // model indices
  std::vector<std::string> extra;
};

Alignment align(const std::vector<std::string>& model, const std::vector<std::string>& ours) {
  const size_t n = model.size(), m = ours.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = model[i] == ours[j] ? lcs[i + 1][j + 1] + 1
                                      : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  Alignment a;
  std::vector<size_t> pending_model;
  std::vector<std::string> pending_ours;
  auto flush = [&] {
    const size_t k = std::min(pending_model.size(), pending_ours.size());
    for (size_t t = 0; t < k; ++t) a.differing.emplace_back(pending_model[t], pending_ours[t]);
    for (size_t t = k; t < pending_model.size(); ++t) a.missing.push_back(pending_model[t]);
    for (size_t t = k; t < pending_ours.size(); ++t) a.extra.push_back(pending_ours[t]);
    pending_model.clear();
    pending_ours.clear();
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && model[i] == ours[j]) {
      flush();
      ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      pending_ours.push_back(ours[j++]);
    } else {
      pending_model.push_back(i++);
    }
  }
  flush();
  return a;
}

// Demands `ours` equal to the model's entries, except those named in `known`; returns the names
// of the model's entries that `ours` misses.
std::set<std::string> expect_same(const Entries& model, const std::vector<std::string>& ours,
                                  const char* what, const std::set<std::string>& known = {}) {
  const Alignment a = align(model.texts, ours);
  std::set<std::string> missed;
  for (const auto& [i, o] : a.differing) {
    missed.insert(model.names[i]);
    if (known.count(model.names[i])) continue;
    ADD_FAILURE() << what << " " << model.names[i] << " differs\n  ours:  " << o
                  << "\n  model: " << model.texts[i];
  }
  for (size_t i : a.missing) {
    missed.insert(model.names[i]);
    if (!known.count(model.names[i])) {
      ADD_FAILURE() << what << " " << model.names[i] << " missing: " << model.texts[i];
    }
  }
  for (const std::string& o : a.extra) ADD_FAILURE() << what << " extra: " << o;
  return missed;
}

// Each numbered paragraph's number.
Entries paragraph_numbers(const Doc& doc) {
  Entries out;
  for (const Block* b : blocks_of(doc, BlockKind::kParagraph)) {
    if (!b->number.empty()) out.add(b->number, b->number);
  }
  return out;
}

// Each paragraph as "[number] text"; unnumbered ones are named after the numbered paragraph
// before them ("14.1.8+1"; "+1" before the first).
Entries paragraph_texts(const Doc& doc) {
  Entries out;
  std::string last;
  int after = 0;
  for (const Block* b : blocks_of(doc, BlockKind::kParagraph)) {
    if (!b->number.empty()) last = b->number, after = 0;
    out.add("[" + b->number + "] " + squash(plain_text(b->inlines)),
            b->number.empty() ? last + "+" + std::to_string(++after) : b->number);
  }
  return out;
}

std::vector<std::string> headings(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block* b : blocks_of(doc, BlockKind::kHeading)) {
    out.push_back(std::to_string(b->level) + " [" + b->number + "] " +
                  squash(plain_text(b->inlines)));
  }
  return out;
}

TEST(ConvertFixture, EveryHeadingWithNumberAndLevel) {
  expect_same(ordinal(headings(model()), "heading"), headings(converted().ours), "heading");
}

std::vector<std::string> lists(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block* b : blocks_of(doc, BlockKind::kList)) {
    std::string text = b->ordered ? "ordered" : "bullets";
    for (const ListItem& item : b->items) {
      text += "\n  " + std::to_string(item.level) + " " + squash(plain_text(item.inlines));
    }
    out.push_back(text);
  }
  return out;
}

TEST(ConvertFixture, NoFurnitureInsideParagraphs) {
  std::vector<std::string> furniture = {"Back to Contents", "......"};
  for (const Footnote& note : model().footnotes) {
    const std::string text = squash(plain_text(note.inlines));
    if (text.size() >= 40) furniture.push_back(text);
  }
  for (const Block* b : blocks_of(converted().ours, BlockKind::kParagraph)) {
    const std::string text = plain_text(b->inlines);
    for (const std::string& f : furniture) {
      EXPECT_EQ(text.find(f), std::string::npos) << b->id << " holds furniture: " << f;
    }
    const size_t page = text.find("Page ");
    if (page != std::string::npos) {
      EXPECT_EQ(text.find(" of ", page), std::string::npos) << b->id << ": " << text;
    }
  }
}

// (kind, text, url-or-target) of every link and xref run of the body, in order.
std::vector<std::string> links(const Doc& doc, InlineKind kind) {
  std::vector<std::string> out;
  auto add = [&](const Inlines& runs) {
    for (const Inline& r : runs) {
      if (r.kind == kind) out.push_back(squash(r.text) + " -> " + r.url + r.target);
    }
  };
  for (const Block& b : doc.blocks) {
    if (!counted(b)) continue;
    add(b.inlines);
    for (const ListItem& item : b.items) add(item.inlines);
  }
  return out;
}

TEST(ConvertFixture, EveryLinkCarriesTheModelsUrl) {
  expect_same(ordinal(links(model(), InlineKind::kLink), "link"),
              links(converted().ours, InlineKind::kLink), "link");
}

TEST(ConvertFixture, EveryCrossReferenceResolvesToTheModelsTarget) {
  expect_same(ordinal(links(model(), InlineKind::kXref), "xref"),
              links(converted().ours, InlineKind::kXref), "xref");
}

// Each figure named by the numbered paragraph before it.
std::vector<std::string> figures(const Doc& doc) {
  std::vector<std::string> out;
  std::string last;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) last = b.number;
    if (b.kind == BlockKind::kFigure) out.push_back("figure after " + last);
  }
  return out;
}

TEST(ConvertFixture, FiguresInPlace) {
  EXPECT_EQ(figures(converted().ours), figures(model()));
}

TEST(ConvertFixture, Metadata) {
  const Meta& ours = converted().ours.meta;
  const Meta& want = model().meta;
  EXPECT_EQ(ours.kind, want.kind);
  EXPECT_EQ(ours.title, want.title);
  EXPECT_EQ(ours.country, want.country);
  EXPECT_EQ(ours.publisher, want.publisher);
  EXPECT_EQ(ours.version, want.version);
  EXPECT_EQ(ours.date, want.date);
  EXPECT_EQ(ours.valid_from, want.valid_from);
  EXPECT_EQ(ours.cutoff, want.cutoff);
}

// Another rendering of the same model (fixtures/france-cin-v2.0/<file>), converted once.
const Doc& rendering(const std::string& file) {
  static std::map<std::string, Doc> cache;
  if (!cache.count(file)) {
    Diagnostics diag;
    Result<Doc> doc = convert_pdf(testing::source_path("fixtures/france-cin-v2.0/" + file),
                                  default_config().value(), RunOptions{}, diag);
    EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
    cache[file] = doc.is_ok() ? std::move(doc).value() : Doc{};
  }
  return cache[file];
}

// Each table cell as "text (rowspan x colspan)", named "t5 r3 c2" (the cell's index in its row).
Entries table_cells(const Doc& doc) {
  Entries out;
  for (const Block* b : blocks_of(doc, BlockKind::kTable)) {
    for (size_t r = 0; r < b->table.rows.size(); ++r) {
      for (size_t c = 0; c < b->table.rows[r].size(); ++c) {
        const Cell& cell = b->table.rows[r][c];
        const std::string name =
            b->id + " r" + std::to_string(r + 1) + " c" + std::to_string(c + 1);
        out.add(name + ": " + squash(plain_text(cell.inlines)) + " (" +
                    std::to_string(cell.rowspan) + "x" + std::to_string(cell.colspan) + ")",
                name);
      }
    }
  }
  return out;
}

// Each footnote as "number: text".
Entries footnotes(const Doc& doc) {
  Entries out;
  for (const Footnote& f : doc.footnotes) {
    const std::string name = "fn" + std::to_string(f.number);
    out.add(name + ": " + squash(plain_text(f.inlines)), name);
  }
  return out;
}

// Every paragraph, list, table cell and footnote of `doc` as in the model, except the known
// misses, which must still miss (one that is fixed comes off the list, so the list stays true).
void expect_the_model(const Doc& doc, const std::set<std::string>& known = {}) {
  ASSERT_FALSE(doc.blocks.empty());
  std::set<std::string> missed;
  const auto compare = [&](const Entries& want, const Entries& got, const char* what) {
    const std::set<std::string> m = expect_same(want, got.texts, what, known);
    missed.insert(m.begin(), m.end());
  };
  compare(paragraph_numbers(model()), paragraph_numbers(doc), "paragraph number");
  compare(paragraph_texts(model()), paragraph_texts(doc), "paragraph");
  compare(ordinal(lists(model()), "list"), ordinal(lists(doc), "list"), "list");
  compare(table_cells(model()), table_cells(doc), "cell");
  compare(footnotes(model()), footnotes(doc), "footnote");
  for (const std::string& k : known) {
    EXPECT_TRUE(missed.count(k)) << k << " is listed as a known miss but comes out right";
  }
  EXPECT_EQ(doc.sources.size(), model().sources.size());
}

TEST(ConvertFixture, EveryParagraphListCellAndFootnoteAsInTheModel) {
  expect_the_model(converted().ours);
}

// The same note on US Letter with other margins: every page breaks elsewhere, so paragraphs,
// list items and table rows are cut at other places; the model must come out the same.
TEST(ConvertFixture, LetterSizeRenderGivesTheModel) {
  expect_the_model(rendering("note-letter.pdf"));
}

// The same note in DejaVu Serif (wider than Liberation Sans) with 3 cm margins: 130 pages, long
// paragraph numbers and list markers leave their tabs a space's width, contents entries wrap.
// 14.1.8 ends in ":" at the foot of page 53 and the figure after it opens page 54: the figure
// parts it from the unnumbered paragraph below (once joined to it). "Part 2(3)(1A)" wraps
// between ")" and "(", as do "(IV(A)(3)(c))" and "(IV(A)(1)(d))" (2.1.4, footnotes 368 and 375):
// a chained reference, read without a space. The known miss, where the page holds no evidence
// either way: the cell "Revocation/withdrawal" wrapped after its slash reads "Revocation/
// withdrawal" (t2 r10 c1): a line break reads as a space, which "Cases Judged/ Decided" needs.
// `coi diff` compares texts by their words, so it leaves the two renders the same in substance
// (tests/diff_pdf_test.cc).
TEST(ConvertFixture, SerifRenderGivesTheModelButForItsKnownMisses) {
  expect_the_model(rendering("note-serif.pdf"), {"t2 r10 c1"});
}

// The serif render again, tagged (note-serif-tagged.pdf): the same page breaks, and a sound
// structure tree whose P elements end 14.1.8 at the foot of page 53, as the figure opening page
// 54 does. The serif render's known miss remains: a cell's words across a line break, which no
// tree mends.
TEST(ConvertFixture, TaggedSerifRenderTakesTheTreesParagraphBreaks) {
  expect_the_model(rendering("note-serif-tagged.pdf"), {"t2 r10 c1"});
}

TEST(ConvertFixture, TwoRunsGiveByteIdenticalJson) {
  Diagnostics diag;
  Result<Doc> again = convert_once(diag);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  EXPECT_TRUE(testing::same_text(converted().json, write_model_json(again.value(), diag, true)));
}

}  // namespace
}  // namespace coi
