// Pattern's matches with groups (pipeline/pattern.h) give exactly what RE2 gives when asked for
// the groups straight away: the match is found first and its groups read from its own span.
#include "pipeline/pattern.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

namespace coi {
namespace {

// RE2 asked for the groups directly: the consumed length (-1 without a match) and the groups.
int direct(const RE2& re, std::string_view text, RE2::Anchor anchor, std::vector<std::string>& groups) {
  const int n = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(n) + 1);
  const re2::StringPiece input(text.data(), text.size());
  if (!re.Match(input, 0, input.size(), anchor, pieces.data(), n + 1)) return -1;
  groups.clear();
  for (int i = 1; i <= n; ++i) groups.emplace_back(pieces[i].data() ? std::string(pieces[i]) : "");
  return static_cast<int>(pieces[0].size());
}

TEST(Pattern, GroupsAreThoseOfTheHighestPriorityMatch) {
  const char* const patterns[] = {
      R"((no date|(?:last )?updated \d{1,2} \w+ \d{4}|\w+ \d{4}|\d{4})[.,]?)",  // a date phrase
      R"((\d+)(\.\d+)?\b)",       // a word boundary where the match ends
      R"((a|ab)(c|bcd)?)",        // priorities: "a" before "ab", "c" before "bcd"
      R"((a*?)(a*))",             // lazy then greedy
      R"((x)?(y)?z$)",            // unset groups, the end of the text
      R"((?s).*(?:^|[.!?]\s+)See(?:\s+also)?:?\s+(.+))",  // the footnotes' lead text
  };
  const char* const texts[] = {
      "no date. Accessed: 3 May 2025", "updated 5 Nov 2025, more", "June 2025 (page 7)", "2016",
      "12.5kg", "12.5 kg", "3.14", "abcd", "abc", "aaaa", "z", "yz", "xyz", "xz!", "",
      "Observers said so. See also HRW, 'Title', 2024", "See HRW", "nothing to see here",
  };
  for (const char* source : patterns) {
    const Result<Pattern> pattern = Pattern::compile(source, "test");
    ASSERT_TRUE(pattern.is_ok()) << source;
    const RE2 re(source);
    for (const char* text : texts) {
      std::vector<std::string> got, want;
      EXPECT_EQ(pattern.value().prefix_match(text, got), direct(re, text, RE2::ANCHOR_START, want))
          << source << " / " << text;
      EXPECT_EQ(got, want) << source << " / " << text;
      got.clear(), want.clear();
      EXPECT_EQ(pattern.value().full_match(text, got), direct(re, text, RE2::ANCHOR_BOTH, want) >= 0)
          << source << " / " << text;
      EXPECT_EQ(got, want) << source << " / " << text;
    }
  }
}

}  // namespace
}  // namespace coi
