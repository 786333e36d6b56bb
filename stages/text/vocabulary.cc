#include "stages/text/vocabulary.h"

namespace coi {

namespace {

// Folding is ASCII only (bytes of UTF-8 sequences are left alone), spelled out rather than
// through <cctype>: the program never sets a locale, so this is what std::isalnum and
// std::tolower gave, without a library call per byte.
bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_punctuation(unsigned char c) { return c < 0x80 && !is_ascii_alnum(c); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `word` less its surrounding punctuation: folded, it is the vocabulary's key.
std::string_view trimmed(std::string_view word) {
  size_t begin = 0, end = word.size();
  while (begin < end && is_punctuation(static_cast<unsigned char>(word[begin]))) ++begin;
  while (end > begin && is_punctuation(static_cast<unsigned char>(word[end - 1]))) --end;
  return word.substr(begin, end - begin);
}

}  // namespace

size_t Vocabulary::FoldedHash::operator()(std::string_view word) const {
  size_t hash = 14695981039346656037ull;  // FNV-1a over the lower-cased bytes
  for (char c : word) hash = (hash ^ static_cast<unsigned char>(lower(c))) * 1099511628211ull;
  return hash;
}

bool Vocabulary::FoldedEqual::operator()(std::string_view a, std::string_view b) const {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

Vocabulary::Vocabulary(const Doc& doc) {
  for (const Page& page : doc.pages) {
    for (size_t i = 0; i < page.words.size(); ++i) {
      if (in_running_text(page, i)) add(page.words[i].text);
    }
  }
}

void Vocabulary::add(std::string_view printed) {
  // Looked up as printed: a key is made (folded) only for a word not seen before.
  const std::string_view word = trimmed(printed);
  if (const auto it = counts_.find(word); it != counts_.end()) {
    ++it->second;
  } else {
    std::string key(word);
    for (char& c : key) c = lower(c);
    counts_.emplace(std::move(key), 1);
  }
}

bool Vocabulary::in_running_text(const Page& page, size_t i) {
  return page.words[i].space_after || (i > 0 && page.words[i - 1].space_after);
}

int Vocabulary::count(std::string_view word) const {
  const auto it = counts_.find(trimmed(word));
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace coi
