// Numbers printed by the emitters (pipeline/decimal.h): write_hundredths must print exactly what
// std::to_chars (the XML) and nlohmann's json::dump (the JSON) print for the same double.
#include "pipeline/decimal.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

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

}  // namespace
}  // namespace coi
