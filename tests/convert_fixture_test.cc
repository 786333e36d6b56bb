// The acceptance test: the whole pipeline on fixtures/france-cin-v2.0/note.pdf against the ground
// truth note.json. The PDF is converted once for all tests (a static cache).
//
//  until the extract and layout stages land in main: they are placeholders on this
// branch, so the conversion yields no lines and every check below would fail. Remove the prefix
// (the goal) once `git log main` shows "Merge branch 'layout'".
//
// Paragraphs of the Bibliography part are left out on our side: the bibliography stage turns
// them into sources and removes them from the flow (the model keeps only its headings there).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "cli/config.h"
#include "pipeline/edit_distance.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

struct Converted {
  Doc ours;
  Doc model;
  std::string json;
};

Result<Doc> convert_once(Diagnostics& diag) {
  RunOptions options;
  options.validate_between = true;
  return convert_pdf(testing::source_path(testing::kFrancePdf), default_config().value(), options,
                     diag);
}

const Converted& converted() {
  static const Converted cache = [] {
    Converted c;
    Diagnostics diag;
    Result<Doc> ours = convert_once(diag);
    EXPECT_TRUE(ours.is_ok()) << ours.status().to_string();
    if (ours.is_ok()) c.ours = std::move(ours).value();
    Result<Doc> model =
        load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
    EXPECT_TRUE(model.is_ok()) << model.status().to_string();
    if (model.is_ok()) c.model = std::move(model).value();
    c.json = write_model_json(c.ours, diag, true);
    return c;
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

// Pairs two sequences of texts: exact matches by longest common subsequence, the rest by
// position between them. Unpaired entries are missing (model) or extra (ours).
struct Alignment {
  std::vector<std::pair<std::string, std::string>> differing;  // (model, ours)
  std::vector<std::string> missing, extra;
  size_t identical = 0;
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
  std::vector<std::string> pending_model, pending_ours;
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
      ++a.identical, ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      pending_ours.push_back(ours[j++]);
    } else {
      pending_model.push_back(model[i++]);
    }
  }
  flush();
  return a;
}

TEST(ConvertFixture, EveryNumberedParagraphInOrder) {
  std::vector<std::string> ours, model;
  for (const Block* b : blocks_of(converted().ours, BlockKind::kParagraph)) {
    if (!b->number.empty()) ours.push_back(b->number);
  }
  for (const Block* b : blocks_of(converted().model, BlockKind::kParagraph)) {
    if (!b->number.empty()) model.push_back(b->number);
  }
  EXPECT_EQ(model.size(), 311u);
  Alignment a = align(model, ours);
  for (const auto& [m, o] : a.differing) ADD_FAILURE() << "number " << o << " where model has " << m;
  for (const std::string& m : a.missing) ADD_FAILURE() << "missing paragraph " << m;
  for (const std::string& o : a.extra) ADD_FAILURE() << "extra paragraph " << o;
  EXPECT_EQ(ours, model);
}

TEST(ConvertFixture, ParagraphTextMatches) {
  std::vector<std::string> ours, model;
  for (const Block* b : blocks_of(converted().ours, BlockKind::kParagraph)) {
    ours.push_back(squash(plain_text(b->inlines)));
  }
  for (const Block* b : blocks_of(converted().model, BlockKind::kParagraph)) {
    model.push_back(squash(plain_text(b->inlines)));
  }
  Alignment a = align(model, ours);
  const double share = model.empty() ? 0 : static_cast<double>(a.identical) / model.size();
  std::printf("paragraphs: %zu identical of %zu (%.2f%%), %zu differ, %zu missing, %zu extra\n",
              a.identical, model.size(), 100 * share, a.differing.size(), a.missing.size(),
              a.extra.size());
  EXPECT_GE(share, 0.995);
  for (const auto& [m, o] : a.differing) {
    const size_t d = edit_distance(m, o);
    std::printf("differs by %zu:\n  model: %s\n  ours:  %s\n", d, m.c_str(), o.c_str());
    EXPECT_LE(d, 2u) << "model: " << m << "\nours:  " << o;
  }
  for (const std::string& m : a.missing) ADD_FAILURE() << "missing: " << m;
  for (const std::string& o : a.extra) ADD_FAILURE() << "extra: " << o;
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
  Alignment a = align(headings(converted().model), headings(converted().ours));
  for (const auto& [m, o] : a.differing) ADD_FAILURE() << "heading " << o << "\n  model: " << m;
  for (const std::string& m : a.missing) ADD_FAILURE() << "missing heading " << m;
  for (const std::string& o : a.extra) ADD_FAILURE() << "extra heading " << o;
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

TEST(ConvertFixture, EveryListWithItemsAndNesting) {
  Alignment a = align(lists(converted().model), lists(converted().ours));
  for (const auto& [m, o] : a.differing) ADD_FAILURE() << "list " << o << "\nmodel: " << m;
  for (const std::string& m : a.missing) ADD_FAILURE() << "missing list " << m;
  for (const std::string& o : a.extra) ADD_FAILURE() << "extra list " << o;
}

TEST(ConvertFixture, NoFurnitureInsideParagraphs) {
  std::vector<std::string> furniture = {"Back to Contents", "......"};
  for (const Footnote& note : converted().model.footnotes) {
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
  Alignment a = align(links(converted().model, InlineKind::kLink),
                      links(converted().ours, InlineKind::kLink));
  for (const auto& [m, o] : a.differing) ADD_FAILURE() << "link " << o << "\n  model: " << m;
  for (const std::string& m : a.missing) ADD_FAILURE() << "missing link " << m;
  for (const std::string& o : a.extra) ADD_FAILURE() << "extra link " << o;
}

TEST(ConvertFixture, EveryCrossReferenceResolvesToTheModelsTarget) {
  Alignment a = align(links(converted().model, InlineKind::kXref),
                      links(converted().ours, InlineKind::kXref));
  for (const auto& [m, o] : a.differing) ADD_FAILURE() << "xref " << o << "\n  model: " << m;
  for (const std::string& m : a.missing) ADD_FAILURE() << "missing xref " << m;
  for (const std::string& o : a.extra) ADD_FAILURE() << "extra xref " << o;
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
  EXPECT_EQ(figures(converted().ours), figures(converted().model));
}

TEST(ConvertFixture, Metadata) {
  const Meta& ours = converted().ours.meta;
  const Meta& model = converted().model.meta;
  EXPECT_EQ(ours.kind, model.kind);
  EXPECT_EQ(ours.title, model.title);
  EXPECT_EQ(ours.country, model.country);
  EXPECT_EQ(ours.publisher, model.publisher);
  EXPECT_EQ(ours.version, model.version);
  EXPECT_EQ(ours.date, model.date);
  EXPECT_EQ(ours.valid_from, model.valid_from);
  EXPECT_EQ(ours.cutoff, model.cutoff);
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

// The same note rendered on US letter paper: other line and page breaks, the same numbered
// paragraphs in the same order.
const Doc& letter() { return rendering("note-letter.pdf"); }

std::vector<std::string> paragraph_numbers(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block* b : blocks_of(doc, BlockKind::kParagraph)) {
    if (!b->number.empty()) out.push_back(b->number);
  }
  return out;
}

std::vector<std::string> paragraph_texts(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block* b : blocks_of(doc, BlockKind::kParagraph)) {
    out.push_back("[" + b->number + "] " + squash(plain_text(b->inlines)));
  }
  return out;
}

std::vector<std::string> table_cells(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block* b : blocks_of(doc, BlockKind::kTable)) {
    for (size_t r = 0; r < b->table.rows.size(); ++r) {
      std::string row = b->id + " row " + std::to_string(r + 1) + ":";
      for (const Cell& c : b->table.rows[r]) {
        row += " | " + squash(plain_text(c.inlines)) + " (" + std::to_string(c.rowspan) + "x" +
               std::to_string(c.colspan) + ")";
      }
      out.push_back(row);
    }
  }
  return out;
}

void expect_same(const std::vector<std::string>& model, const std::vector<std::string>& ours,
                 const char* what) {
  Alignment a = align(model, ours);
  for (const auto& [m, o] : a.differing) ADD_FAILURE() << what << ": " << o << "\n  model: " << m;
  for (const std::string& m : a.missing) ADD_FAILURE() << what << " missing: " << m;
  for (const std::string& o : a.extra) ADD_FAILURE() << what << " extra: " << o;
  EXPECT_EQ(a.identical, model.size()) << what;
}

// The same note on US Letter with other margins: every page breaks elsewhere, so paragraphs,
// list items and table rows are cut at other places; the model must come out the same.
TEST(ConvertFixture, LetterSizeRenderGivesTheSameNumberedParagraphs) {
  ASSERT_FALSE(letter().blocks.empty());
  EXPECT_EQ(paragraph_numbers(letter()), paragraph_numbers(converted().model));
  const std::vector<std::string> texts = paragraph_texts(converted().model);
  EXPECT_EQ(texts.size(), 499u);
  expect_same(texts, paragraph_texts(letter()), "paragraph");
}

TEST(ConvertFixture, LetterSizeRenderGivesTheSameListsAndTableCells) {
  ASSERT_FALSE(letter().blocks.empty());
  expect_same(lists(converted().model), lists(letter()), "list");
  expect_same(table_cells(converted().model), table_cells(letter()), "table");
}

// The same note in DejaVu Serif (wider than Liberation Sans) with 3 cm margins: 130 pages, long
// paragraph numbers and list markers leave their tabs a space's width, contents entries wrap.
// Known residuals, all where the page holds no evidence either way: the unnumbered paragraph
// opening page 54 joins 14.1.8, which ends in ":" at the foot of page 53 (2 of 499 texts); "Part
// 2(3)(1A)" wrapped between ")" and "(" reads "2(3) (1A)" (1 text), and the cell
// "Revocation/withdrawal" wrapped after its slash reads "Revocation/ withdrawal" (1 of 582
// cells): a line break reads as a space, which "Cases Judged/ Decided" needs.
TEST(ConvertFixture, SerifRenderGivesTheSameNumberedParagraphsListsAndTables) {
  const Doc& serif = rendering("note-serif.pdf");
  ASSERT_FALSE(serif.blocks.empty());
  EXPECT_EQ(paragraph_numbers(serif), paragraph_numbers(converted().model));
  expect_same(lists(converted().model), lists(serif), "list");
  const std::vector<std::string> texts = paragraph_texts(converted().model);
  EXPECT_GE(align(texts, paragraph_texts(serif)).identical, texts.size() - 3);
  const std::vector<std::string> cells = table_cells(converted().model);
  EXPECT_GE(align(cells, table_cells(serif)).identical, cells.size() - 1);
  EXPECT_EQ(serif.footnotes.size(), 444u);
  EXPECT_EQ(serif.sources.size(), 227u);
}

TEST(ConvertFixture, TwoRunsGiveByteIdenticalJson) {
  Diagnostics diag;
  Result<Doc> again = convert_once(diag);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  EXPECT_TRUE(write_model_json(again.value(), diag, true) == converted().json);
}

}  // namespace
}  // namespace coi
