// Comparisons of large values that print only what differs. EXPECT_EQ prints both values whole,
// which for a 700 KB JSON or a map of 700 paragraphs hides the one entry that slipped.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace coi::testing {

/// Equal texts, or the first line where they part (1-based) with the line before it, as each
/// side has them.
inline ::testing::AssertionResult same_text(const std::string& want, const std::string& got) {
  if (want == got) return ::testing::AssertionSuccess();
  const auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  };
  const std::vector<std::string> a = lines(want), b = lines(got);
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  const auto show = [&](const std::vector<std::string>& side, const char* name) {
    std::string out;
    for (size_t k = i == 0 ? 0 : i - 1; k <= i; ++k) {
      out += std::string("\n  ") + name + " line " + std::to_string(k + 1) + ": " +
             (k < side.size() ? side[k] : "<end>");
    }
    return out;
  };
  return ::testing::AssertionFailure()
         << "texts differ (" << want.size() << " and " << got.size() << " bytes) from line "
         << i + 1 << ":" << show(a, "want") << show(b, "got ");
}

/// Equal sets, or the entries `got` lacks and those it has in excess.
inline ::testing::AssertionResult same_set(const std::set<std::string>& want,
                                           const std::set<std::string>& got) {
  std::vector<std::string> missing, extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(),
                      std::back_inserter(extra));
  if (missing.empty() && extra.empty()) return ::testing::AssertionSuccess();
  ::testing::AssertionResult failure = ::testing::AssertionFailure();
  failure << missing.size() << " missing, " << extra.size() << " unexpected";
  for (const std::string& m : missing) failure << "\n  missing:    " << m;
  for (const std::string& e : extra) failure << "\n  unexpected: " << e;
  return failure;
}

/// Equal maps, or each key `got` lacks, has in excess or holds another value for.
inline ::testing::AssertionResult same_map(const std::map<std::string, std::string>& want,
                                           const std::map<std::string, std::string>& got) {
  std::vector<std::string> lines;
  for (const auto& [key, value] : want) {
    auto it = got.find(key);
    if (it == got.end()) {
      lines.push_back("missing " + key + ": " + value);
    } else if (it->second != value) {
      lines.push_back(key + ": want " + value + ", got " + it->second);
    }
  }
  for (const auto& [key, value] : got) {
    if (!want.count(key)) lines.push_back("unexpected " + key + ": " + value);
  }
  if (lines.empty()) return ::testing::AssertionSuccess();
  ::testing::AssertionResult failure = ::testing::AssertionFailure();
  failure << lines.size() << " entries differ";
  for (const std::string& line : lines) failure << "\n  " << line;
  return failure;
}

}  // namespace coi::testing
