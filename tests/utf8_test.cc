// UTF-8 through ICU's macros (pipeline/utf8.h), well-formed and not.
#include "pipeline/utf8.h"

#include <gtest/gtest.h>

namespace coi {
namespace {

TEST(Utf8, ValidText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ASCII\n"));
  EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9 \xE2\x80\x9C \xF0\x9F\x98\x80 \xEF\xBF\xBE"));
  EXPECT_TRUE(is_valid_utf8(std::string_view("nul\0inside", 10)));
}

TEST(Utf8, InvalidText) {
  for (const char* bad : {"\xFF", "\x80 lone continuation", "truncated \xE2\x82",
                          "overlong \xC0\xAF", "overlong \xE0\x80\xAF", "surrogate \xED\xA0\x80",
                          "above U+10FFFF \xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80"}) {
    EXPECT_FALSE(is_valid_utf8(bad)) << bad;
  }
}

TEST(Utf8, DecodesOneCodePointAtATime) {
  char32_t c = 0;
  EXPECT_EQ(decode_utf8("a\xC3\xA9", 0, c), 1u);
  EXPECT_EQ(c, U'a');
  EXPECT_EQ(decode_utf8("a\xC3\xA9", 1, c), 2u);
  EXPECT_EQ(c, U'\u00E9');
  EXPECT_EQ(decode_utf8("\xE2\x80\x90", 0, c), 3u);
  EXPECT_EQ(c, U'\u2010');
  EXPECT_EQ(decode_utf8("\xF0\x9F\x98\x80", 0, c), 4u);
  EXPECT_EQ(c, U'\U0001F600');
  EXPECT_EQ(decode_utf8("\xE2\x82", 0, c), 0u);       // cut short
  EXPECT_EQ(decode_utf8("\xED\xA0\x80", 0, c), 0u);   // surrogate
  EXPECT_EQ(decode_utf8("\xC3\xA9", 1, c), 0u);       // inside a sequence
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("Year"), 4u);
  EXPECT_EQ(count_code_points("Ann\xC3\xA9" "e \xF0\x9F\x98\x80"), 7u);
  // A malformed sequence counts once, however many bytes it spans.
  EXPECT_EQ(count_code_points("a\xE2\x82" "b"), 3u);
  EXPECT_EQ(count_code_points("\xFF\xFF"), 2u);
}

TEST(Utf8, LastCodePoint) {
  EXPECT_EQ(last_code_point(""), 0u);
  EXPECT_EQ(last_code_point("well-"), U'-');
  EXPECT_EQ(last_code_point("well\xE2\x80\x90"), U'\u2010');
  EXPECT_EQ(last_code_point("x\xF0\x9F\x98\x80"), U'\U0001F600');
  EXPECT_EQ(last_code_point("cut \xE2\x80"), U'\uFFFD');
  EXPECT_EQ(last_code_point("\x80"), U'\uFFFD');
}

TEST(Utf8, AppendsAndReplacesWhatIsNotAScalarValue) {
  std::string out;
  for (char32_t c : {U'A', U'\u00E9', U'\u2010', U'\U0001F600'}) append_utf8(c, out);
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x80\x90\xF0\x9F\x98\x80");
  out.clear();
  append_utf8(0xD800, out);
  append_utf8(0x110000, out);
  append_utf8(0xFFFFFFFF, out);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace coi
