// Chained bracket references broken between their groups (stages/text/inline_runs.cc,
// continues_bracket_chain) on fixtures/bracket-chains: a short generated note citing legislation
// as "section 2(3)(1A)" and "(Annex IV(A)(3)(c))", rendered by LibreOffice and WeasyPrint, both of
// which follow Unicode line breaking and so may break a line between ")" and "(". Bracket groups
// that open a word of their own ("(UNHCR) (2019)", "(14%)") keep their space.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "tests/support/compare.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/bracket-chains";

// Numbered paragraphs' plain texts by number, footnote marks left out.
std::map<std::string, std::string> numbered_texts(const Doc& doc) {
  std::map<std::string, std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) {
      out[b.number] = testing::squash_spaces(plain_text(b.inlines));
    }
  }
  return out;
}

// True when `word` ends with a bracket group attached to what precedes it ("2(3)", "IV(A)(4)").
bool ends_attached_group(const std::string& word) {
  if (word.empty() || word.back() != ')') return false;
  int depth = 0;
  for (size_t i = word.size(); i-- > 0;) {
    if (word[i] == ')') ++depth;
    if (word[i] == '(' && --depth == 0) return i > 0;
  }
  return false;
}

// How many lines of the render end inside a chained reference: a line whose last word ends with
// an attached bracket group, followed by a line that opens with "(". It shows the fixture holds
// the class, whatever coi makes of it.
int chains_broken_at_line_ends(const Doc& doc) {
  int broken = 0;
  for (const Page& page : doc.pages) {
    for (size_t i = 0; i + 1 < page.words.size(); ++i) {
      const Word& word = page.words[i];
      const Word& next = page.words[i + 1];
      const bool new_line = next.baseline > word.baseline + word.font_size / 2;
      if (new_line && ends_attached_group(word.text) && next.text.starts_with("(")) ++broken;
    }
  }
  return broken;
}

void expect_every_numbered_paragraph(const std::string& producer) {
  const Doc doc = testing::convert_fixture(kFolder, producer, "bibliography");
  EXPECT_GE(chains_broken_at_line_ends(doc), 3) << "the render no longer shows the class";
  EXPECT_TRUE(testing::same_map(numbered_texts(testing::load_fixture_model(kFolder)), numbered_texts(doc)));
}

TEST(BracketChains, LibreOfficeChainsBrokenBetweenGroupsReadWhole) {
  expect_every_numbered_paragraph("libreoffice");
}

TEST(BracketChains, WeasyPrintChainsBrokenBetweenGroupsReadWhole) {
  expect_every_numbered_paragraph("weasyprint");
}

}  // namespace
}  // namespace coi
