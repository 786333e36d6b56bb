// One small generated note per failure class that scripts/fidelity found in segment and text
// (fixtures/generated-classes/, fixtures/README.md), converted whole and held against its model.
// Each test checks its class only; the expected values come from the model note.json.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/stage_list.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// A generated note: its model and coi's conversion of one producer's rendering.
struct Pair {
  Doc model;
  Doc ours;
};

Pair load(const std::string& folder, const std::string& producer) {
  Pair pair;
  Result<Doc> model = load_model_json(testing::source_path(folder + "/note.json"), JsonFlavor::kCorpus);
  EXPECT_TRUE(model.is_ok()) << model.status().to_string();
  if (model.is_ok()) pair.model = std::move(model).value();
  Diagnostics diag;
  RunOptions options;
  options.validate_between = true;
  Result<Doc> ours = convert_pdf(testing::source_path(folder + "/" + producer + ".pdf"),
                                 default_config().value(), options, diag);
  EXPECT_TRUE(ours.is_ok()) << ours.status().to_string();
  if (ours.is_ok()) pair.ours = std::move(ours).value();
  return pair;
}

std::set<std::string> paragraph_numbers(const Doc& doc) {
  std::set<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) out.insert(b.number);
  }
  return out;
}

// Every numbered heading as "level number".
std::set<std::string> numbered_headings(const Doc& doc) {
  std::set<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading && !b.number.empty()) {
      out.insert(std::to_string(b.level) + " " + b.number);
    }
  }
  return out;
}

// A Country Policy and Information Note numbered two levels deep (XeLaTeX): sections "1." are
// headings, "1.1" are paragraphs; coi once refused it as "not a COI note".
TEST(GeneratedClasses, TwoLevelParagraphNumbersAreParagraphsNotHeadings) {
  const Pair pair = load("fixtures/generated-classes/two-level-numbers", "latex");
  ASSERT_FALSE(paragraph_numbers(pair.model).empty());
  EXPECT_TRUE(testing::same_set(paragraph_numbers(pair.model), paragraph_numbers(pair.ours)));
  EXPECT_TRUE(testing::same_set(numbered_headings(pair.model), numbered_headings(pair.ours)));
}

// The words holding a hyphen (- or U+2010) in each numbered paragraph, "number: word".
std::multiset<std::string> hyphenated_words(const Doc& doc) {
  std::multiset<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kParagraph || b.number.empty()) continue;
    const std::string text = plain_text(b.inlines) + " ";
    size_t start = 0;
    for (size_t space = text.find(' '); space != std::string::npos;
         start = space + 1, space = text.find(' ', start)) {
      const std::string word = text.substr(start, space - start);
      if (word.find('-') != std::string::npos || word.find("\xE2\x80\x90") != std::string::npos) {
        out.insert(b.number + ": " + word);
      }
    }
  }
  return out;
}

// WeasyPrint with hyphens: auto breaks words between syllables with U+2010 and compounds at
// their own hyphen: the first lose the hyphen ("considering"), the second keep it
// ("semi-public", "French-Italian").
TEST(GeneratedClasses, LineEndHyphensOfTheTypesetterGoCompoundsStay) {
  const Pair pair = load("fixtures/generated-classes/line-end-hyphens", "weasyprint");
  std::multiset<std::string> want = hyphenated_words(pair.model);
  ASSERT_FALSE(want.empty());
  std::multiset<std::string> got = hyphenated_words(pair.ours);
  EXPECT_TRUE(testing::same_set(std::set<std::string>(want.begin(), want.end()),
                                std::set<std::string>(got.begin(), got.end())));
  EXPECT_EQ(want.size(), got.size());
}

// Every word with a hyphen (or U+2010) in the tables' cells, as "t2 r3 c1: word", grid slot by
// grid slot, so a spanning cell counts at each slot it covers on both sides alike.
std::multiset<std::string> hyphenated_cell_words(const Doc& doc) {
  std::multiset<std::string> out;
  const std::vector<const Block*> tables = testing::tables_of(doc);
  for (size_t t = 0; t < tables.size(); ++t) {
    const auto grid = testing::grid_texts(tables[t]->table);
    for (size_t r = 0; r < grid.size(); ++r) {
      for (size_t c = 0; c < grid[r].size(); ++c) {
        std::istringstream words(grid[r][c]);
        for (std::string word; words >> word;) {
          if (word.find('-') == std::string::npos && word.find("\xE2\x80\x90") == std::string::npos) {
            continue;
          }
          out.insert("t" + std::to_string(t + 1) + " r" + std::to_string(r + 1) + " c" +
                     std::to_string(c + 1) + ": " + word);
        }
      }
    }
  }
  return out;
}

// The same judge in table cells, where WeasyPrint hyphenates narrow columns: its hyphens go, the
// text's own stay. Known misses, where the note gives the judge no evidence: acronyms broken
// before a capital (read as compounds, "UN-" / "HCR"), words printed only in these cells
// ("Unaccompanied" in a header, "Migrationsforschung"), and a break before "ing)": named by the
// grid slots of those 8 cells.
TEST(GeneratedClasses, LineEndHyphensInTableCellsAreJudgedAsInParagraphs) {
  const Pair pair = load("fixtures/generated-classes/line-end-hyphens", "weasyprint");
  ASSERT_EQ(testing::tables_of(pair.ours).size(), testing::tables_of(pair.model).size());
  const std::multiset<std::string> want = hyphenated_cell_words(pair.model);
  const std::multiset<std::string> got = hyphenated_cell_words(pair.ours);
  std::vector<std::string> kept, lost;  // typesetter's hyphens kept; text's hyphens lost
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(kept));
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(lost));
  EXPECT_TRUE(lost.empty()) << lost.size() << " hyphens of the text lost, first: " << lost.front();
  std::set<std::string> kept_in;  // the grid slots ("t2 r1 c1") of the hyphens kept
  for (const std::string& word : kept) kept_in.insert(word.substr(0, word.find(':')));
  EXPECT_TRUE(testing::same_set({"t1 r4 c1", "t2 r1 c1", "t2 r1 c2", "t2 r1 c4", "t3 r10 c1",
                                 "t3 r18 c1", "t3 r19 c1", "t3 r34 c1"},
                                kept_in));
}

// Each list as its items' levels and opening words: "1 The courts explained | 2 Local officials".
std::vector<std::string> lists(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kList) continue;
    std::string list;
    for (const ListItem& item : b.items) {
      if (!list.empty()) list += " | ";
      list += std::to_string(item.level) + " " + plain_text(item.inlines).substr(0, 24);
    }
    out.push_back(list);
  }
  return out;
}

// WeasyPrint draws list markers itself, a space's width from the text ("1." "•" "◦" "a)"):
// every list comes out whole, markers dropped, levels kept (three deep).
TEST(GeneratedClasses, ListMarkersASpaceFromTheirTextOpenItemsAtTheirLevels) {
  const Pair pair = load("fixtures/generated-classes/list-markers", "weasyprint");
  const std::vector<std::string> want = lists(pair.model);
  ASSERT_FALSE(want.empty());
  EXPECT_TRUE(testing::same_set(std::set<std::string>(want.begin(), want.end()),
                                [&] {
                                  const std::vector<std::string> got = lists(pair.ours);
                                  return std::set<std::string>(got.begin(), got.end());
                                }()));
}

// Each source as "key: title | date | accessed", the key its URL, or its entry as printed where
// it has none.
std::string source_key(const Source& s) { return s.url.empty() ? plain_text(s.inlines) : s.url; }

std::set<std::string> source_fields(const Doc& doc) {
  std::set<std::string> out;
  for (const Source& s : doc.sources) {
    out.insert(source_key(s) + ": " + s.title + " | " + s.date + " | " + s.accessed);
  }
  return out;
}

// Each footnote that cites a source as "number: source key".
std::set<std::string> resolutions(const Doc& doc) {
  std::map<std::string, std::string> key_of;
  for (const Source& s : doc.sources) key_of[s.id] = source_key(s);
  std::set<std::string> out;
  for (const Footnote& f : doc.footnotes) {
    if (!f.source_id.empty()) out.insert(std::to_string(f.number) + ": " + key_of[f.source_id]);
  }
  return out;
}

// A note quoting its titles in single curly quotes (‘Title’, the marks outside the link) with
// "Last accessed:" dates; some titles end ", 2021" or hold an apostrophe ("Côte d’Ivoire"), some
// entries and footnotes have no link, footnotes cut titles with "..." and add "(page 7)". Every
// source keeps its title, date and access date, and every footnote resolves to its source.
TEST(GeneratedClasses, QuotedTitlesAndLastAccessedDatesAreRead) {
  const Pair pair = load("fixtures/generated-classes/quoted-titles", "weasyprint");
  ASSERT_FALSE(pair.model.sources.empty());
  EXPECT_TRUE(testing::same_set(source_fields(pair.model), source_fields(pair.ours)));
  EXPECT_TRUE(testing::same_set(resolutions(pair.model), resolutions(pair.ours)));
}

}  // namespace
}  // namespace coi
