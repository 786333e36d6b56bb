#include "stages/extract/readable_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace coi::extract {

namespace {

constexpr bool lower_letter(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool upper_letter(char c) { return c >= 'A' && c <= 'Z'; }
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

// The text's runs of ASCII letters ("words of letters"), each given to `take` as a view; a run
// ends at any other byte and at the end of the text.
template <typename Take>
void letter_runs(std::string_view text, Take&& take) {
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (lower_letter(text[i]) || upper_letter(text[i]))) continue;
    if (i > start) take(text.substr(start, i - start));
    start = i + 1;
  }
}

// Whether the run of letters `run`, lower-cased, is one of `common_words` (which are compared as
// written: one with a capital or a non-letter never matches a lower-cased run).
bool is_common(std::string_view run, const std::vector<std::string>& common_words) {
  for (const std::string& common : common_words) {
    if (common.size() != run.size()) continue;
    size_t i = 0;
    while (i < run.size() && static_cast<char>(run[i] | 0x20) == common[i]) ++i;
    if (i == run.size()) return true;
  }
  return false;
}

// What step 1 asks of each byte, looked up rather than tested: whether it starts a character
// that is not a space (UTF-8 continuation bytes are not characters of their own), and whether it
// is an ASCII letter. Step 1 reads every byte of the note's text.
struct ByteClasses {
  std::array<uint8_t, 256> starts_char{};
  std::array<uint8_t, 256> letter{};
};

constexpr ByteClasses kByteClasses = [] {
  ByteClasses classes;
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    classes.starts_char[static_cast<size_t>(b)] = (b & 0xC0) != 0x80 && c != ' ';
    classes.letter[static_cast<size_t>(b)] = lower_letter(c) || upper_letter(c);
  }
  return classes;
}();

// Adds to `chars` the text's characters that are not spaces, a code point counting once, and to
// `words` its runs of letters.
void count_chars_and_words(std::string_view text, int64_t& chars, int64_t& words) {
  int64_t text_chars = 0, runs = 0;
  unsigned in_run = 0;
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    text_chars += kByteClasses.starts_char[b];
    const unsigned letter = kByteClasses.letter[b];
    runs += letter & ~in_run;
    in_run = letter;
  }
  chars += text_chars;
  words += runs;
}

}  // namespace

// Step 1 counts the layer's characters and words of letters; step 2 counts common words only
// until they reach their share, which English prose does within its first pages; step 3, the
// spelled words, runs only for a layer short of common words.
std::optional<std::string> unreadable_text(const std::vector<Page>& pages, const ExtractConfig& config) {
  int64_t chars = 0, words = 0, printed = 0;
  for (const Page& page : pages) {
    for (const Word& word : page.words) {
      ++printed;
      count_chars_and_words(word.text, chars, words);
    }
  }
  if (chars < config.readable_min_chars) return std::nullopt;
  const double counted = std::max(static_cast<double>(words),
                                  static_cast<double>(chars) / config.readable_chars_per_word);
  const double enough_common = config.readable_min_share * counted;
  if (enough_common <= 0) return std::nullopt;  // readable_min_share 0: every layer reads
  int64_t common = 0;
  for (const Page& page : pages) {
    for (const Word& word : page.words) {
      letter_runs(word.text, [&](std::string_view run) {
        common += is_common(run, config.common_words);
      });
      if (static_cast<double>(common) >= enough_common) return std::nullopt;
    }
  }
  int64_t spelled = 0;
  for (const Page& page : pages) {
    for (const Word& word : page.words) spelled += spelled_word(word.text);
  }
  if (static_cast<double>(spelled) >= config.readable_min_spelled * static_cast<double>(printed)) {
    return std::nullopt;
  }
  return "text cannot be read: only " + std::to_string(spelled) + " of " +
         std::to_string(printed) +
         " words spelled as English (fonts without a usable Unicode map, as some print drivers "
         "leave them)";
}

}  // namespace coi::extract
