// Words XeLaTeX broke at a line's end that the note itself shows to be one word
// (stages/text/hyphenation.h), held against the model: pages of generated notes cut with qpdf
// (fixtures/README.md, "One note per failure class").
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

struct Pair {
  Doc model;
  Doc ours;
};

Pair load(const std::string& folder) {
  // The fixture's model, and coi's reading of its render with the model checked between stages.
  return Pair{testing::load_fixture_model(folder),
              testing::convert_fixture(folder, "latex", "")};
}

std::string text_of(const Block& block) { return testing::squash_spaces(plain_text(block.inlines)); }

// The model's paragraph that `ours` prints: the one of its number, or, unnumbered, the one
// opening with its first 40 bytes; null when the model has none.
const Block* model_paragraph(const Doc& model, const Block& ours) {
  const std::string opening = text_of(ours).substr(0, 40);
  for (const Block& b : model.blocks) {
    if (b.kind != BlockKind::kParagraph) continue;
    if (ours.number.empty() ? b.number.empty() && text_of(b).starts_with(opening)
                            : b.number == ours.number) {
      return &b;
    }
  }
  return nullptr;
}

// Every (model, ours) text of a paragraph the cut pages print whose model text holds `word`.
std::vector<std::pair<std::string, std::string>> paragraphs_holding(const Pair& pair,
                                                                    const std::string& word) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Block& b : pair.ours.blocks) {
    if (b.kind != BlockKind::kParagraph) continue;
    const Block* model = model_paragraph(pair.model, b);
    if (model != nullptr && text_of(*model).find(word) != std::string::npos) {
      out.emplace_back(text_of(*model), text_of(b));
    }
  }
  return out;
}

// XeLaTeX prints "officials" with the ligature glyph "ﬀ" (U+FB00) and breaks the word inside it,
// "of-" / "ficials", where no glyph can hold the break (seed 1104, pages 35, 45 and 66, and 37
// for the evidence of "child-protection": fixtures/generated-classes/tex-break-inside-ligature). The note's vocabulary counted the
// whole word as printed, "oﬀicials", so the joined "officials" seemed never printed; "ficials",
// opening three lines, passed for a word, and the three paragraphs kept "of-ficials". Now the
// vocabulary spells ligatures out (pipeline/vocabulary.h). Held-out seed 930 breaks "of-" /
// "ficials" and "of-" / "fice" the same way.
TEST(LineEndBreaks, WordBrokenInsideItsLigatureIsOneWord) {
  const Pair pair = load("fixtures/generated-classes/tex-break-inside-ligature");
  const auto paragraphs = paragraphs_holding(pair, "officials");
  ASSERT_FALSE(paragraphs.empty());
  for (const auto& [model, ours] : paragraphs) EXPECT_EQ(ours, model);
}

// TeX breaks an acronym between its capitals, "(UN-" / "HCR)," in note 15 (seed 1106, pages 4
// and 8: fixtures/generated-classes/tex-acronym-broken), which step 2 of
// stages/text/hyphenation.h kept as a compound: no syllable break opens a capital. The note
// prints "UNHCR" whole, never "UN-HCR", so the break is the typesetter's (step 2a). Seed 1101's
// bibliography breaks "(AC-" / "CORD)," the same way, and so do seeds 922, 810 and 822.
TEST(LineEndBreaks, AcronymBrokenBetweenCapitalsIsOneWordWhenPrintedWhole) {
  const Pair pair = load("fixtures/generated-classes/tex-acronym-broken");
  int compared = 0;
  for (const Footnote& ours : pair.ours.footnotes) {
    for (const Footnote& model : pair.model.footnotes) {
      const std::string want = testing::squash_spaces(plain_text(model.inlines));
      if (model.number != ours.number || want.find("UNHCR") == std::string::npos) continue;
      EXPECT_EQ(testing::squash_spaces(plain_text(ours.inlines)), want) << ours.number;
      ++compared;
    }
  }
  EXPECT_GT(compared, 0);
}

// XeLaTeX breaks "Hauts-de-France" at its first hyphen, "Hauts-" / "de-France (2019–2024).",
// on page 13 (seed 1324, pages 11 and 13: fixtures/generated-classes/tex-compound-tail-broken),
// and the running text prints the compound nowhere else (only table cells do). Neither form
// attested, "de-France" printed once, the break read as a syllable's: "Hautsde-France". TeX
// breaks a word holding a hyphen only at its hyphens, so a second half with a hyphen of its own
// is a compound's tail (step 4b). Every "Hauts-" / "de-France" and "Île-" / "de-France" break of
// the XeLaTeX and LibreOffice renders of seeds 1-30, 101-130 and 601-1330 (169) is a compound's.
TEST(LineEndBreaks, CompoundBrokenAtItsFirstHyphenKeepsIt) {
  const Pair pair = load("fixtures/generated-classes/tex-compound-tail-broken");
  const auto paragraphs = paragraphs_holding(pair, "Hauts-de-France");
  ASSERT_FALSE(paragraphs.empty());
  for (const auto& [model, ours] : paragraphs) EXPECT_EQ(ours, model);
}

// The bibliography breaks "updated" twice the same way, "up-" / "dated 12 June 2020" and "up-" /
// "dated 26 February 2015" (seed 1330, pages 10, 16 and 17:
// fixtures/generated-classes/tex-same-break-twice), and prints neither "updated" nor "up-dated"
// elsewhere. "dated", printed twice, both times as this break's second half, passed for a word of
// the note, the break for a compound, and "up-dated 12 June 2020. Accessed: ..." left both
// sources without their dates (step 4 now discounts the same undecided break printed again).
TEST(LineEndBreaks, SecondHalfPrintedOnlyAfterTheSameBreakIsNoWord) {
  const Pair pair = load("fixtures/generated-classes/tex-same-break-twice");
  int compared = 0;
  for (const Source& ours : pair.ours.sources) {
    for (const Source& model : pair.model.sources) {
      if (model.title != ours.title || !model.date.starts_with("updated")) continue;
      EXPECT_EQ(ours.date + " / " + ours.accessed, model.date + " / " + model.accessed)
          << ours.title;
      ++compared;
    }
  }
  EXPECT_GE(compared, 2);
}

}  // namespace
}  // namespace coi
