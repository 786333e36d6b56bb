#include "pipeline/vocabulary.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#include "pipeline/utf8.h"

namespace coi {

namespace {

// Folding is ASCII only (bytes of UTF-8 sequences are left alone), spelled out rather than
// through <cctype>: the program never sets a locale, so this is what std::isalnum and
// std::tolower gave, without a library call per byte.
bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_punctuation(unsigned char c) { return c < 0x80 && !is_ascii_alnum(c); }

// Read from a table: the hash and the equality fold every byte of every word the vocabulary
// looks up, and one load is cheaper than the comparisons.
constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return table;
}();
char lower(char c) { return kLower[static_cast<unsigned char>(c)]; }

// The length in bytes of the punctuation opening `word` (ASCII, or a typographic quote or dash:
// "‘Submission"), or 0.
size_t leading_punctuation(std::string_view word) {
  if (word.empty()) return 0;
  const auto first = static_cast<unsigned char>(word.front());
  if (first < 0x80) return is_punctuation(first) ? 1 : 0;
  char32_t c = 0;
  const size_t length = decode_utf8(word, 0, c);
  return length > 0 && u_ispunct(static_cast<UChar32>(c)) ? length : 0;
}

// The length in bytes of the punctuation ending `word` ("mission’"), or 0.
size_t trailing_punctuation(std::string_view word) {
  if (word.empty()) return 0;
  const auto last = static_cast<unsigned char>(word.back());
  if (last < 0x80) return is_punctuation(last) ? 1 : 0;
  const char32_t c = last_code_point(word);  // U+FFFD, no punctuation, when malformed
  if (!u_ispunct(static_cast<UChar32>(c))) return 0;
  return c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

// `word` less its surrounding punctuation: folded, it is the vocabulary's key. A title in quotes
// ("‘Submission ... readmission’,") counts its words as running text does.
std::string_view trimmed(std::string_view word) {
  while (const size_t n = leading_punctuation(word)) word.remove_prefix(n);
  while (const size_t n = trailing_punctuation(word)) word.remove_suffix(n);
  return word;
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
  for (const Page& page : doc.pages) add_page(page);
}

void Vocabulary::add_page(const Page& page) {
  for (size_t i = 0; i < page.words.size(); ++i) {
    if (in_running_text(page, i)) add(page.words[i].text);
  }
}

std::string Vocabulary::fold(std::string_view word) {
  std::string scratch;
  std::string key(trimmed(without_ligatures(word, scratch)));
  for (char& c : key) c = lower(c);
  return key;
}

void Vocabulary::add(std::string_view printed) {
  // Looked up as printed: a key is made (folded) only for a word not seen before.
  std::string scratch;
  const std::string_view word = trimmed(without_ligatures(printed, scratch));
  if (const auto it = counts_.find(word); it != counts_.end()) {
    ++it->second;
  } else {
    counts_.emplace(fold(word), 1);
  }
}

void Vocabulary::remove(std::string_view printed) {
  std::string scratch;
  const auto it = counts_.find(trimmed(without_ligatures(printed, scratch)));
  if (it == counts_.end()) return;
  if (--it->second == 0) counts_.erase(it);
}

bool Vocabulary::in_running_text(const Page& page, size_t i) {
  return page.words[i].space_after || (i > 0 && page.words[i - 1].space_after);
}

int Vocabulary::count(std::string_view word) const {
  std::string scratch;
  const auto it = counts_.find(trimmed(without_ligatures(word, scratch)));
  return it == counts_.end() ? 0 : it->second;
}

RunningWords::PageText RunningWords::running_text(const Page& page) {
  PageText text;
  for (size_t i = 0; i < page.words.size(); ++i) {
    if (!Vocabulary::in_running_text(page, i)) continue;
    text.bytes += page.words[i].text;
    text.ends.push_back(text.bytes.size());
  }
  return text;
}

RunningWords::RunningWords(const Doc& doc) {
  pages_.reserve(doc.pages.size());
  for (const Page& page : doc.pages) pages_.push_back(running_text(page));
}

bool RunningWords::prints(const Page& page, const PageText& text) {
  size_t k = 0, start = 0;
  for (size_t i = 0; i < page.words.size(); ++i) {
    if (!Vocabulary::in_running_text(page, i)) continue;
    if (k == text.ends.size() ||
        std::string_view(text.bytes).substr(start, text.ends[k] - start) != page.words[i].text) {
      return false;
    }
    start = text.ends[k++];
  }
  return k == text.ends.size();
}

void RunningWords::update(Vocabulary& vocabulary, const Doc& doc) const {
  static const PageText kNone;
  std::vector<std::string_view> now;  // a changed page's running-text words as they stand
  for (size_t p = 0; p < std::max(pages_.size(), doc.pages.size()); ++p) {
    const PageText& before = p < pages_.size() ? pages_[p] : kNone;
    if (p < doc.pages.size() && prints(doc.pages[p], before)) continue;
    const auto kept = [&](size_t k) {
      const size_t start = k == 0 ? 0 : before.ends[k - 1];
      return std::string_view(before.bytes).substr(start, before.ends[k] - start);
    };
    now.clear();
    if (p < doc.pages.size()) {
      const Page& page = doc.pages[p];
      for (size_t i = 0; i < page.words.size(); ++i) {
        if (Vocabulary::in_running_text(page, i)) now.push_back(page.words[i].text);
      }
    }
    // Only the words between those the page still starts and ends with are counted again: a
    // table's cut and joined words leave the page's prose before and after it as it was, and
    // taking a word away and counting it again leaves its count as it was.
    const size_t common = std::min(before.ends.size(), now.size());
    size_t first = 0;
    while (first < common && kept(first) == now[first]) ++first;
    size_t last = 0;  // words equal at the end, after the first `first`
    while (first + last < common &&
           kept(before.ends.size() - 1 - last) == now[now.size() - 1 - last]) {
      ++last;
    }
    for (size_t k = first; k + last < before.ends.size(); ++k) vocabulary.remove(kept(k));
    for (size_t k = first; k + last < now.size(); ++k) vocabulary.add(now[k]);
  }
}

std::shared_ptr<const Vocabulary> vocabulary_of(const Doc& doc) {
  return doc.vocabulary != nullptr ? doc.vocabulary : std::make_shared<const Vocabulary>(doc);
}

}  // namespace coi
