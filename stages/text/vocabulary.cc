#include "stages/text/vocabulary.h"

namespace coi {

namespace {

// Folding is ASCII only (bytes of UTF-8 sequences are left alone), spelled out rather than
// through <cctype>: the vocabulary folds every word of the note, and a library call per byte was
// most of the cost of counting them. The program never sets a locale, so this is what
// std::isalnum and std::tolower gave.
bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_punctuation(unsigned char c) { return c < 0x80 && !is_ascii_alnum(c); }

// Writes `word` folded into `out`, reusing its storage.
void fold_into(std::string_view word, std::string& out) {
  size_t begin = 0, end = word.size();
  while (begin < end && is_punctuation(static_cast<unsigned char>(word[begin]))) ++begin;
  while (end > begin && is_punctuation(static_cast<unsigned char>(word[end - 1]))) --end;
  out.assign(word.substr(begin, end - begin));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

}  // namespace

Vocabulary::Vocabulary(const Doc& doc) {
  std::string folded;
  for (const Page& page : doc.pages) {
    for (size_t i = 0; i < page.words.size(); ++i) {
      if (!in_running_text(page, i)) continue;
      fold_into(page.words[i].text, folded);
      // Most words of a note are repeats: look up before making a key.
      if (const auto it = counts_.find(folded); it != counts_.end()) {
        ++it->second;
      } else {
        counts_.emplace(folded, 1);
      }
    }
  }
}

bool Vocabulary::in_running_text(const Page& page, size_t i) {
  return page.words[i].space_after || (i > 0 && page.words[i - 1].space_after);
}

int Vocabulary::count(std::string_view word) const {
  std::string folded;
  fold_into(word, folded);
  const auto it = counts_.find(folded);
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace coi
