#include "stages/text/vocabulary.h"

#include <cctype>

namespace coi {

namespace {

bool is_punctuation(unsigned char c) { return c < 0x80 && !std::isalnum(c); }

std::string fold(std::string_view word) {
  size_t begin = 0, end = word.size();
  while (begin < end && is_punctuation(static_cast<unsigned char>(word[begin]))) ++begin;
  while (end > begin && is_punctuation(static_cast<unsigned char>(word[end - 1]))) --end;
  std::string folded(word.substr(begin, end - begin));
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return folded;
}

}  // namespace

Vocabulary::Vocabulary(const Doc& doc) {
  for (const Page& page : doc.pages) {
    for (size_t i = 0; i < page.words.size(); ++i) {
      if (in_running_text(page, i)) ++counts_[fold(page.words[i].text)];
    }
  }
}

bool Vocabulary::in_running_text(const Page& page, size_t i) {
  return page.words[i].space_after || (i > 0 && page.words[i - 1].space_after);
}

int Vocabulary::count(std::string_view word) const {
  const auto it = counts_.find(fold(word));
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace coi
