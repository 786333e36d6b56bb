// Numbers printed by the emitters (pipeline/decimal.h): write_hundredths must print exactly what
// std::to_chars (the XML) and nlohmann's json::dump (the JSON) print for the same double.
#include "pipeline/decimal.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace coi {
namespace {

std::string hundredths(double value) {
  char buffer[16];
  char* end = write_hundredths(buffer, value);
  return end == nullptr ? std::string("(none)") : std::string(buffer, end);
}

TEST(Decimal, WritesHundredthsShortest) {
  EXPECT_EQ(hundredths(72.0), "72");
  EXPECT_EQ(hundredths(72.5), "72.5");
  EXPECT_EQ(hundredths(0.05), "0.05");
  EXPECT_EQ(hundredths(-3.75), "-3.75");
  EXPECT_EQ(hundredths(-0.0), "-0");
  EXPECT_EQ(hundredths(9999.99), "9999.99");
}

TEST(Decimal, LeavesOtherNumbersToTheGeneralFormatters) {
  for (const double value : {0.125, 1.0 / 3.0, 10000.0, -12345.6, 1e21, std::nan(""),
                             std::numeric_limits<double>::infinity()}) {
    EXPECT_EQ(hundredths(value), "(none)") << value;
  }
}

// Every whole number of hundredths write_hundredths takes, against both general formatters.
TEST(Decimal, HundredthsPrintAsToCharsAndJsonDumpDo) {
  for (long long k = -999999; k <= 999999; ++k) {
    const double value = static_cast<double>(k) / 100.0;
    const std::string fast = hundredths(value);
    char buffer[32];
    ASSERT_EQ(fast, std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr))
        << k;
    const std::string dumped = nlohmann::json(value).dump();
    ASSERT_EQ(fast.find('.') == std::string::npos ? fast + ".0" : fast, dumped) << k;
  }
}

// round_half_away is std::round, bit for bit (the sign of a zero too): at the halves and next
// to them, where doubles stop having fractions, at the specials, and over a sweep of magnitudes
// the emitters' coordinates and layout's font sizes (times 100) span.
TEST(Decimal, RoundsHalfAwayExactlyAsStdRound) {
  std::vector<double> values = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5,
                                std::nextafter(0.5, 0.0), std::nextafter(-0.5, 0.0),
                                0x1p52, -0x1p52, std::nextafter(0x1p52, 0.0), 0x1p52 + 1,
                                0x1p63, 1e300, std::numeric_limits<double>::denorm_min(),
                                std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity()};
  for (long long k = -200000; k <= 200000; ++k) {
    const double value = static_cast<double>(k) * 0.0137;
    values.push_back(value);
    values.push_back(static_cast<double>(k) / 100.0 * 100.0);
    values.push_back(static_cast<double>(k) + 0.5);
    values.push_back(std::nextafter(static_cast<double>(k) + 0.5, 0.0));
  }
  for (const double value : values) {
    const double want = std::round(value), got = round_half_away(value);
    ASSERT_EQ(std::signbit(want), std::signbit(got)) << value;
    ASSERT_EQ(want, got) << value;
  }
  EXPECT_TRUE(std::isnan(round_half_away(std::nan(""))));
}

}  // namespace
}  // namespace coi
