#include "pipeline/word_cuts.h"

#include <algorithm>
#include <cmath>

#include "pipeline/utf8.h"

namespace coi {

size_t char_start_at(const Page& page, const Word& word, double x, double tolerance) {
  if (word.first_char < 0 || static_cast<size_t>(word.first_char) >= page.char_x.size()) return 0;
  const size_t first = static_cast<size_t>(word.first_char);
  const size_t n = std::min(count_code_points(word.text), page.char_x.size() - first);
  // The nearest edge; of equals the last, since an overflowing word's own characters may run on
  // over the next cell's start, whose first character lies where the column starts.
  size_t best = 0;
  double best_off = tolerance;
  for (size_t k = 1; k < n; ++k) {
    const double off = std::fabs(page.char_x[first + k] - x);
    if (off <= best_off) best = k, best_off = off;
  }
  return best;
}

void cut_word(Page& page, int w, size_t k) {
  Word& left = page.words[static_cast<size_t>(w)];
  size_t byte = 0;
  for (size_t i = 0; i < k && byte < left.text.size(); ++i) {
    char32_t cp = 0;
    byte += std::max<size_t>(decode_utf8(left.text, byte, cp), 1);  // a bad byte counts as one
  }
  Word right = left;
  right.text = left.text.substr(byte);
  left.text.resize(byte);
  right.first_char = left.first_char + static_cast<int>(k);
  left.box.x1 = right.box.x0 = page.char_x[static_cast<size_t>(right.first_char)];
  left.space_after = false;
  const int added = static_cast<int>(page.words.size());
  page.words.push_back(std::move(right));  // `left` may dangle from here on
  for (Line& line : page.lines) {
    auto it = std::find(line.words.begin(), line.words.end(), w);
    if (it != line.words.end()) {
      line.words.insert(it + 1, added);
      break;
    }
  }
}

void release_char_edges(Doc& doc) {
  for (Page& page : doc.pages) {
    page.char_x.clear();
    page.char_x.shrink_to_fit();
    for (Word& word : page.words) word.first_char = -1;
  }
}

}  // namespace coi
