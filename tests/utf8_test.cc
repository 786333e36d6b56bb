// UTF-8 through ICU's macros (pipeline/utf8.h), well-formed and not.
#include "pipeline/utf8.h"

#include <gtest/gtest.h>

namespace coi {
namespace {

// Whether decode_utf8 reads all of `text` as well-formed sequences.
bool well_formed(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const size_t length = decode_utf8(text, i, c);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

TEST(Utf8, ValidText) {
  EXPECT_TRUE(well_formed(""));
  EXPECT_TRUE(well_formed("plain ASCII\n"));
  EXPECT_TRUE(well_formed("caf\xC3\xA9 \xE2\x80\x9C \xF0\x9F\x98\x80 \xEF\xBF\xBE"));
  EXPECT_TRUE(well_formed(std::string_view("nul\0inside", 10)));
}

TEST(Utf8, InvalidText) {
  for (const char* bad : {"\xFF", "\x80 lone continuation", "truncated \xE2\x82",
                          "overlong \xC0\xAF", "overlong \xE0\x80\xAF", "surrogate \xED\xA0\x80",
                          "above U+10FFFF \xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80"}) {
    EXPECT_FALSE(well_formed(bad)) << bad;
  }
}

TEST(Utf8, NextSpecialFindsControlsMultiByteSequencesAndTheGivenCharacters) {
  // Every position of a long run, so that both the eight-byte scan and the bytes after it meet it.
  for (size_t at = 0; at < 40; ++at) {
    for (const char special : {'\x01', '\x1F', '"', '<', '\xC3'}) {
      std::string text(40, 'a');
      text[at] = special;
      EXPECT_EQ((next_special<'"', '<'>(text, 0)), at) << at << " " << int(special);
      EXPECT_EQ((next_special<'"', '<'>(text, at + 1)), text.size());
    }
  }
  // Printable ASCII, DEL included, is not special unless named; bytes before `from` are skipped.
  const std::string_view printable = "plain text, \x7F and ~ all printable";
  EXPECT_EQ((next_special<>(printable, 0)), printable.size());
  EXPECT_EQ((next_special<'&'>("a&b&c", 2)), 3u);
  EXPECT_EQ((next_special<>("\xE2\x80\x99 quote", 0)), 0u);
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
