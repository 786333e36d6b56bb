// pipeline/vocabulary: words of running text counted case- and punctuation-blind (ASCII case,
// ASCII and typographic punctuation), the
// UTF-8 bytes of other letters compared as printed. The counts are looked up without folding a
// copy of each word, so these pin what folding means.
#include "pipeline/vocabulary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/doc_builder.h"

namespace coi {
namespace {

TEST(Vocabulary, CaseAndSurroundingPunctuationDoNotMakeAnotherWord) {
  const Vocabulary v(testing::body_lines_note({"Year, and year", "the YEAR (year) ends"}));
  EXPECT_EQ(v.count("year"), 4);
  EXPECT_EQ(v.count("\"Year.\""), 4);
  EXPECT_EQ(v.count("ends"), 1);
  EXPECT_EQ(v.count("end"), 0);
  EXPECT_EQ(v.count("years"), 0);
}

// A title in curly quotes counts its first and last words as running text does (XeLaTeX, seed
// 211: "readmission’," once a word of its own, so "read-" / "mission’," kept its hyphen); an
// apostrophe inside a word stays.
TEST(Vocabulary, TypographicQuotesAndDashesAroundAWordDoNotMakeAnotherWord) {
  const Vocabulary v(testing::body_lines_note(
      {"‘Submission on readmission’, and readmission", "“submission” – d’Ivoire —"}));
  EXPECT_EQ(v.count("readmission"), 2);
  EXPECT_EQ(v.count("submission"), 2);
  EXPECT_EQ(v.count("d’Ivoire"), 1);
  EXPECT_EQ(v.count("dIvoire"), 0);
}

// XeLaTeX prints "officials" with the ligature glyph U+FB00 and breaks it inside the glyph ("of-"
// / "ficials", seed 1104): the word is the same spelled either way.
TEST(Vocabulary, LigatureGlyphsAreSpelledOut) {
  const Vocabulary v(testing::body_lines_note({"local o\uFB00icials and \uFB01les", "the officials"}));
  EXPECT_EQ(v.count("officials"), 2);
  EXPECT_EQ(v.count("o\uFB00icials"), 2);
  EXPECT_EQ(v.count("files"), 1);
  EXPECT_EQ(Vocabulary::fold("O\uFB03ce,"), "office");
}

TEST(Vocabulary, InnerPunctuationAndHyphensStay) {
  const Vocabulary v(testing::body_lines_note({"asylum-seekers and asylum seekers", "e.g. many"}));
  EXPECT_EQ(v.count("Asylum-Seekers"), 1);
  EXPECT_EQ(v.count("asylumseekers"), 0);
  EXPECT_EQ(v.count("asylum"), 1);
  EXPECT_EQ(v.count("e.g"), 1);
}

// Words counted one by one (stages/tables/whole_words.h) fold and trim as those of a note do.
TEST(Vocabulary, AddedWordsAreFoldedAndTrimmed) {
  Vocabulary v;
  v.add("Refugee");
  v.add("refugee,");
  v.add("(status)");
  EXPECT_EQ(v.count("REFUGEE"), 2);
  EXPECT_EQ(v.count("status"), 1);
  EXPECT_EQ(v.count("Gra"), 0);
}

// Only ASCII folds: "É" and "é" are other bytes, as std::tolower left them in the C locale.
TEST(Vocabulary, NonAsciiLettersAreComparedAsPrinted) {
  const Vocabulary v(testing::body_lines_note({"\xC3\x89lan and \xC3\xA9lan", "\xC3\xA9LAN here"}));
  EXPECT_EQ(v.count("\xC3\xA9lan"), 2);
  EXPECT_EQ(v.count("\xC3\x89lan"), 1);
  EXPECT_EQ(v.count("\xC3\x89LAN"), 1);
}

// A word counted no more is gone, as if never counted: the count equals a fresh one.
TEST(Vocabulary, RemovedWordsLeaveTheCountOfTheRest) {
  Vocabulary v;
  v.add("Refugee");
  v.add("status");
  v.remove("refugee,");
  v.remove("tribunal");  // never counted: nothing to take away
  Vocabulary fresh;
  fresh.add("status");
  EXPECT_EQ(v, fresh);
}

// A word printed with a ligature glyph is counted spelt out, so taking it away must spell it out
// too: else a page of "oﬃcials" counted again after the tables stage changed it leaves the old
// count behind (the validator's "words changed after the tables stage counted them").
TEST(Vocabulary, RemovingAWordPrintedWithALigatureTakesAwayItsCount) {
  Vocabulary v;
  v.add("o\uFB03cials");
  v.add("status");
  v.remove("o\uFB03cials");
  Vocabulary fresh;
  fresh.add("status");
  EXPECT_EQ(v, fresh);
}

// The tables stage cuts and joins words after counting them; the pages it changed are counted
// again, and the count is then the note's as it now stands.
TEST(RunningWords, CountsTheChangedPagesAgain) {
  Doc doc = testing::body_lines_note({"the court heard the appeal", "the court allowed it"});
  doc.pages.push_back(testing::body_lines_note({"a second page"}).pages[0]);
  Vocabulary v(doc);
  const RunningWords counted(doc);
  doc.pages[0].words[1].text = "tribunal";
  counted.update(v, doc);
  EXPECT_EQ(v, Vocabulary(doc));
  EXPECT_EQ(v.count("court"), 1);
  EXPECT_EQ(v.count("second"), 1);
}

}  // namespace
}  // namespace coi
