#include "stages/extract/readable_text.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace coi::extract {

namespace {

bool lower_letter(char c) { return c >= 'a' && c <= 'z'; }
bool upper_letter(char c) { return c >= 'A' && c <= 'Z'; }
bool vowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }

// A printed word as English spells one: ASCII letters, lower case but for the first, holding a
// vowel, at least two of them, once the punctuation around it is set aside ("(Office,").
// "2IILFH" and "DXWKRULWLHV" are not.
bool spelled_word(std::string_view word) {
  constexpr std::string_view kBefore = "([\"'";
  constexpr std::string_view kAfter = ".,;:)]?!\"'";
  while (!word.empty() && kBefore.find(word.front()) != std::string_view::npos) word.remove_prefix(1);
  while (!word.empty() && kAfter.find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  if (word.size() < 2 || !(lower_letter(word[0]) || upper_letter(word[0]))) return false;
  bool has_vowel = vowel(static_cast<char>(word[0] | 0x20));
  for (const char c : word.substr(1)) {
    if (!lower_letter(c)) return false;
    has_vowel = has_vowel || vowel(c);
  }
  return has_vowel;
}

// Counts of one text layer: characters not spaces, words of letters, common words among them,
// and printed words spelled as English spells them.
struct TextCounts {
  int64_t chars = 0, words = 0, common = 0, printed = 0, spelled = 0;

  void add(const std::string& text, const std::vector<std::string>& common_words) {
    ++printed;
    spelled += spelled_word(text);
    std::string word;
    auto close = [&] {
      if (word.empty()) return;
      ++words;
      if (std::find(common_words.begin(), common_words.end(), word) != common_words.end()) ++common;
      word.clear();
    };
    for (const char c : text) {
      // A code point counts once: UTF-8 continuation bytes are not characters of their own.
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ') ++chars;
      if (lower_letter(c) || upper_letter(c)) {
        word += static_cast<char>(c | 0x20);  // lower case
      } else {
        close();
      }
    }
    close();
  }
};

}  // namespace

std::optional<std::string> unreadable_text(const std::vector<Page>& pages, const ExtractConfig& config) {
  TextCounts counts;
  for (const Page& page : pages) {
    for (const Word& word : page.words) counts.add(word.text, config.common_words);
  }
  if (counts.chars < config.readable_min_chars) return std::nullopt;
  const double words = std::max(static_cast<double>(counts.words),
                                static_cast<double>(counts.chars) / config.readable_chars_per_word);
  if (static_cast<double>(counts.common) >= config.readable_min_share * words) return std::nullopt;
  if (static_cast<double>(counts.spelled) >= config.readable_min_spelled * static_cast<double>(counts.printed)) {
    return std::nullopt;
  }
  return "text cannot be read: only " + std::to_string(counts.spelled) + " of " +
         std::to_string(counts.printed) +
         " words spelled as English (fonts without a usable Unicode map, as some print drivers "
         "leave them)";
}

}  // namespace coi::extract
