// End to end on fixtures/footnote-shapes/: one short generated note holding every shape of
// footnote mark and note (marks after and before the full stop, adjacent marks, marks in
// headings, list items and table cells, notes long enough to run over a page break), rendered by
// XeLaTeX, WeasyPrint and LibreOffice. Each footnote failure class scripts/fidelity found on
// other producers has its test here, asserted against the note's model.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

const char* const kProducers[] = {"latex", "weasyprint", "libreoffice"};

std::string squash(const std::string& text) {
  std::istringstream in(text);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

// The marks of a container with the text around them: "programme[35][36]." — the last word
// before the marks, the marks, and what follows up to the next space.
std::vector<std::string> mark_contexts(const Inlines& inlines) {
  std::string text;
  for (const Inline& run : inlines) {
    text += run.kind == InlineKind::kFootnoteRef ? "[" + std::to_string(run.footnote) + "]"
                                                  : run.text;
  }
  text = squash(text);
  std::vector<std::string> out;
  for (size_t at = text.find('['); at != std::string::npos;) {
    size_t start = text.rfind(' ', at);
    start = start == std::string::npos ? 0 : start + 1;
    size_t end = at;
    while (end < text.size() && text[end] == '[') end = text.find(']', end) + 1;
    const size_t space = text.find(' ', end);
    out.push_back(text.substr(start, (space == std::string::npos ? text.size() : space) - start));
    at = text.find('[', end);
  }
  return out;
}

// Every container's mark contexts, by kind of container, in reading order.
std::map<std::string, std::vector<std::string>> contexts_by_kind(const std::vector<Block>& blocks) {
  std::map<std::string, std::vector<std::string>> out;
  auto add = [&](const std::string& kind, const Inlines& inlines) {
    for (std::string& c : mark_contexts(inlines)) out[kind].push_back(std::move(c));
  };
  for (const Block& b : blocks) {
    add(b.kind == BlockKind::kHeading ? "heading" : "text", b.inlines);
    for (const ListItem& item : b.items) add("list item", item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) add("table cell", cell.inlines);
    }
  }
  return out;
}

class FootnoteShapes : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Doc> model = load_model_json(
        testing::source_path("fixtures/footnote-shapes/note.json"), JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = std::make_unique<Doc>(std::move(model).value());
    for (const char* producer : kProducers) {
      Diagnostics diag;
      RunOptions options;
      options.stop_after = "footnotes";
      Result<Doc> doc = convert_pdf(
          testing::source_path(std::string("fixtures/footnote-shapes/") + producer + ".pdf"),
          default_config().value(), options, diag);
      ASSERT_TRUE(doc.is_ok()) << producer << ": " << doc.status().to_string();
      docs_[producer] = std::move(doc).value();
    }
  }
  static void TearDownTestSuite() {
    model_.reset();
    docs_.clear();
  }

  // Every note of the model found with its number and exact text (TeX's line-end hyphens
  // included: stages/text/hyphenation.h drops the typesetter's and keeps the text's).
  static void expect_every_note(const std::string& producer) {
    const Doc& doc = docs_.at(producer);
    ASSERT_EQ(doc.footnotes.size(), model_->footnotes.size()) << producer;
    for (size_t i = 0; i < model_->footnotes.size(); ++i) {
      const int n = model_->footnotes[i].number;
      EXPECT_EQ(doc.footnotes[i].number, n) << producer;
      EXPECT_EQ(squash(plain_text(doc.footnotes[i].inlines)),
                squash(plain_text(model_->footnotes[i].inlines)))
          << producer << " footnote " << n;
    }
  }

  static std::unique_ptr<Doc> model_;
  static std::map<std::string, Doc> docs_;
};

std::unique_ptr<Doc> FootnoteShapes::model_;
std::map<std::string, Doc> FootnoteShapes::docs_;

// WeasyPrint: the area under a border as wide as the text, numbers on the baseline, links
// underlined; its notes were read as body paragraphs.
TEST_F(FootnoteShapes, WeasyPrintAreaUnderAWideBorder) {
  expect_every_note("weasyprint");
  std::set<std::string> notes;
  for (const Footnote& f : model_->footnotes) notes.insert(squash(plain_text(f.inlines)));
  for (const Block& b : docs_.at("weasyprint").blocks) {
    EXPECT_FALSE(notes.count(squash(plain_text(b.inlines)))) << "a note read as body text";
  }
}

// XeLaTeX: each note's raised number sits right-aligned in an indent, right of the lines that
// continue the note; only the first note of each page was opened.
TEST_F(FootnoteShapes, LatexRaisedNumbersInAnIndent) { expect_every_note("latex"); }

TEST_F(FootnoteShapes, LibreOfficeNotesStayExact) { expect_every_note("libreoffice"); }

// A long note continued under the next page's separator is one note, on two pages. (WeasyPrint
// never splits a note: it moves it whole to the next page.)
TEST_F(FootnoteShapes, NoteOverAPageBreakIsOneNote) {
  for (const char* producer : {"latex", "libreoffice"}) {
    int over_two_pages = 0;
    for (const Footnote& f : docs_.at(producer).footnotes) {
      over_two_pages += f.where.size() == 2 && f.where[0].page + 1 == f.where[1].page;
    }
    EXPECT_GE(over_two_pages, 1) << producer;
  }
  expect_every_note("latex");
  expect_every_note("libreoffice");
}

// "Refugees¹." read "Refugees ."; adjacent marks ("claims²³") are both linked; marks in headings,
// list items and table cells are where the model has them. Known miss: XeLaTeX's and
// WeasyPrint's lists (engine-drawn markers) come out as paragraphs (the segment stage's list
// class), so there the marks of list items and paragraphs are checked among all marks only.
TEST_F(FootnoteShapes, MarksWithTheirPunctuationInEveryContainer) {
  const auto want = contexts_by_kind(model_->blocks);
  ASSERT_TRUE(want.count("heading") && want.count("list item") && want.count("table cell"));
  std::vector<std::string> all_want;
  for (const auto& [kind, contexts] : want) all_want.insert(all_want.end(), contexts.begin(), contexts.end());
  std::sort(all_want.begin(), all_want.end());
  for (const char* producer : kProducers) {
    const auto got = contexts_by_kind(docs_.at(producer).blocks);
    std::vector<std::string> all_got;
    for (const auto& [kind, contexts] : got) all_got.insert(all_got.end(), contexts.begin(), contexts.end());
    std::sort(all_got.begin(), all_got.end());
    EXPECT_EQ(all_got, all_want) << producer << ": every mark with its punctuation";
    for (const auto& [kind, contexts] : want) {
      const bool lists_as_paragraphs = std::string(producer) != "libreoffice";
      if (lists_as_paragraphs && (kind == "list item" || kind == "text")) continue;
      EXPECT_EQ(got.count(kind) ? got.at(kind) : std::vector<std::string>{}, contexts)
          << producer << ": marks in each " << kind;
    }
  }
}

}  // namespace
}  // namespace coi
