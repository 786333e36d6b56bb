// HTTP dates in the three forms RFC 9110 makes recipients accept (links/http_date.h).
#include "links/http_date.h"

#include <gtest/gtest.h>

namespace coi {
namespace {

constexpr std::time_t k1994 = 784111777;  // 1994-11-06 08:49:37 UTC, RFC 9110's example

TEST(HttpDate, ReadsTheThreeFormsOfOneInstant) {
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), k1994);
  EXPECT_EQ(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), k1994);
  EXPECT_EQ(parse_http_date("Sun Nov  6 08:49:37 1994"), k1994);
}

TEST(HttpDate, RefusesAnythingElse) {
  EXPECT_EQ(parse_http_date(""), std::nullopt);
  EXPECT_EQ(parse_http_date("120"), std::nullopt);
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT trailing"), std::nullopt);
  EXPECT_EQ(parse_http_date("tomorrow"), std::nullopt);
}

}  // namespace
}  // namespace coi
