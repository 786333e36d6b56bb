#include <gtest/gtest.h>

#include "stages/text/citation.h"

namespace coi {
namespace {

TEST(FoldForMatch, FoldsCaseQuotesAndJoiningHyphens) {
  EXPECT_EQ(fold_for_match("Psycho-Trauma: the Doctor's REPORT (2024) - part 2 -"),
            "psychotrauma the doctors report 2024 part 2");
  EXPECT_EQ(fold_for_match("  `Quoted'  "), "quoted");
  EXPECT_EQ(fold_for_match("Sécurité \u2019sociale\u2019"), "securite sociale");
}

// ASCII text takes a path without ICU; it must fold exactly as the ICU path does. Appending
// " é" sends the same text through ICU and adds " e" to its result.
TEST(FoldForMatch, AsciiPathAgreesWithIcuPath) {
  const char* texts[] = {"Psycho-trauma", "a-b-c -d e- -f-", "O'Neil `x` ''", "UN-HCR, 3-4 May",
                         "  ..Mixed CASE 42nd  ", "tab\there\nnew", "-", "", "x--y", "9-a a-9"};
  for (const char* text : texts) {
    const std::string icu = fold_for_match(std::string(text) + " \u00e9");
    const std::string ascii = fold_for_match(text);
    EXPECT_EQ(ascii.empty() ? "e" : ascii + " e", icu) << text;
  }
}

// Typographic quotes, dashes, the ellipsis and the no-break space take that path too, and must
// fold as ICU folds them: quotes as apostrophes, the rest as word separators.
TEST(FoldForMatch, PunctuationPathAgreesWithIcuPath) {
  const char* texts[] = {"\u201cWomen\u2019s rights\u201d \u2013 2021\u2026",
                         "O\u2018Neil\u2019s", "a\u2019-b", "a-\u2019b", "a\u2014b", "a-\u2013b",
                         "\u2013", "\u00a0x\u00a0", "\u2018\u2019", "x \u2014 y\u2014", "9\u2013a"};
  for (const char* text : texts) {
    const std::string icu = fold_for_match(std::string(text) + " \u00e9");
    const std::string plain = fold_for_match(text);
    EXPECT_EQ(plain.empty() ? "e" : plain + " e", icu) << text;
  }
  EXPECT_EQ(fold_for_match("\u201cWomen\u2019s rights\u201d \u2013 2021\u2026"),
            "womens rights 2021");
}

}  // namespace
}  // namespace coi
