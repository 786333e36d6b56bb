// stages/tables/number_cut.h: pieces of a number cut between two characters, and values or
// words that only sit one under the other.
#include "stages/tables/number_cut.h"

#include <gtest/gtest.h>

namespace coi::tables {
namespace {

TEST(NumberCut, ThousandsGroupCutAnywhereIsOneNumber) {
  EXPECT_TRUE(number_cut("121,", {"288"}));
  EXPECT_TRUE(number_cut("1,1", {"08"}));
  EXPECT_TRUE(number_cut("237,84", {"3"}));
  EXPECT_TRUE(number_cut("£82,", {"935"}));
  EXPECT_TRUE(number_cut("36,", {"42", "428"}));  // the group completed over two lines
}

TEST(NumberCut, GroupsThatDoNotAddUpToThreeDigitsAreTwoValues) {
  EXPECT_FALSE(number_cut("121,", {"2888"}));
  EXPECT_FALSE(number_cut("1,1", {"2"}));
  EXPECT_FALSE(number_cut("2019,", {"2020"}));  // four digits before the comma: no group
  EXPECT_FALSE(number_cut("12,5a", {"10"}));
}

TEST(NumberCut, DecimalPointOrCurrencySignEndingTheLineGoesOn) {
  EXPECT_TRUE(number_cut("40.", {"3%"}));
  EXPECT_TRUE(number_cut("US$2.", {"7"}));
  EXPECT_TRUE(number_cut("US$", {"8.4"}));
  EXPECT_TRUE(number_cut("\u20AC", {"216"}));
  EXPECT_FALSE(number_cut("etc.", {"2020"}));  // no digit before the point
  EXPECT_FALSE(number_cut("US$", {"billion"}));
}

TEST(NumberCut, PercentOrCommaOpeningTheLineAfterADigitGoesOn) {
  EXPECT_TRUE(number_cut("46.3", {"%"}));
  EXPECT_TRUE(number_cut("30", {"%-16%"}));
  EXPECT_TRUE(number_cut("300", {","}));
  EXPECT_FALSE(number_cut("Total", {"%"}));
  EXPECT_FALSE(number_cut("2019", {"2020"}));
  EXPECT_FALSE(number_cut("US$5.6", {"billion"}));
}

}  // namespace
}  // namespace coi::tables
