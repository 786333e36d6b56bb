#include "pipeline/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

namespace coi {
namespace {

using nlohmann::ordered_json;

// What json::dump writes for `j`, the text JsonWriter must reproduce byte for byte.
std::string dumped(const ordered_json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, ordered_json::error_handler_t::replace);
}

TEST(JsonWriter, NestedContainersMatchDumpPrettyAndCompact) {
  for (const bool pretty : {true, false}) {
    JsonWriter w(pretty);
    w.begin_object();
    w.field("n", 1);
    w.key("empty_array");
    w.begin_array();
    w.end_array();
    w.key("empty_object");
    w.begin_object();
    w.end_object();
    w.key("rows");
    w.begin_array();
    w.begin_array();
    w.value(true);
    w.null();
    w.end_array();
    w.begin_object();
    w.field("size", size_t{7});
    w.end_object();
    w.end_array();
    w.string_or_null("none", "");
    w.end_object();
    const ordered_json expected = {{"n", 1},
                                   {"empty_array", ordered_json::array()},
                                   {"empty_object", ordered_json::object()},
                                   {"rows", {{true, nullptr}, {{"size", 7}}}},
                                   {"none", nullptr}};
    EXPECT_EQ(w.take(), dumped(expected, pretty)) << "pretty " << pretty;
  }
}

TEST(JsonWriter, StringsEscapeAsDumpDoes) {
  const std::string texts[] = {
      "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\f\b", std::string("nul\0x", 5),
      "\x01\x1f\x7f", "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80",
      "bad \xff byte", "truncated \xe2\x80", "overlong \xc0\xaf", "surrogate \xed\xa0\x80 x",
      "\xf4\x90\x80\x80 above U+10FFFF",
      // Longer than the eight bytes the writer skips at a time, with something to look at in
      // and after them.
      "a run of plain text, then \"quoted\" words, a tab\there and caf\xc3\xa9 at the end",
      "sixteen plain by\\tes then \x01 a control", "sixteen plain bytes then a bad \xff byte"};
  for (const std::string& text : texts) {
    JsonWriter w(false);
    w.value(text);
    EXPECT_EQ(w.take(), dumped(ordered_json(text), false)) << text;
  }
}

TEST(JsonWriter, NumbersPrintAsDumpDoes) {
  const double numbers[] = {0.0, -0.0, 1.0, 65.0, 0.1, 123.45, 841.89, 1e-7, 1e21, 2.5e15,
                            -3.75, std::numeric_limits<double>::infinity()};
  for (const double number : numbers) {
    JsonWriter w(false);
    w.value(number);
    EXPECT_EQ(w.take(), dumped(ordered_json(number), false)) << number;
  }
  JsonWriter w(false);
  w.value(-42);
  EXPECT_EQ(w.take(), "-42");
}


// Indentation deeper than any the model writes, and a text far longer than the room the writer
// sizes its string ahead by (it writes each value into room made for it first).
TEST(JsonWriter, DeepNestingAndLongTextMatchDump) {
  for (const bool pretty : {true, false}) {
    JsonWriter w(pretty);
    ordered_json expected = "deepest";
    for (int level = 0; level < 40; ++level) w.begin_array();
    w.value("deepest");
    for (int level = 0; level < 40; ++level) {
      w.end_array();
      expected = ordered_json::array({expected});
    }
    EXPECT_EQ(w.take(), dumped(expected, pretty)) << "pretty " << pretty;
  }
  JsonWriter w(true);
  ordered_json expected = ordered_json::array();
  w.begin_array();
  const std::string long_text(40000, 'x');
  w.value(long_text);
  expected.push_back(long_text);
  for (int i = 0; i < 5000; ++i) {
    w.begin_object();
    w.field("n", i);
    w.field("at", i * 0.25);
    w.field("text", "cell \"" + std::to_string(i) + "\"");
    w.end_object();
    expected.push_back({{"n", i}, {"at", i * 0.25}, {"text", "cell \"" + std::to_string(i) + "\""}});
  }
  w.end_array();
  EXPECT_EQ(w.take(), dumped(expected, true));
}

}  // namespace
}  // namespace coi
