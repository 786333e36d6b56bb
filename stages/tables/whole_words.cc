#include "stages/tables/whole_words.h"

#include <algorithm>
#include <cctype>

#include "pipeline/utf8.h"
#include "stages/tables/cell_grid.h"

namespace coi::tables {

namespace {

// Step 3: a line of one word, two characters or more opening with a letter, wider than the
// cell's text width by more than `overflowing_word` of its size.
bool overflows(const Page& page, const std::vector<int>& line, double width,
               const TablesConfig& config) {
  if (line.size() != 1) return false;
  const Word& word = page.words[line.front()];
  const auto lead = static_cast<unsigned char>(word.text.empty() ? 0 : word.text[0]);
  return count_code_points(word.text) >= 2 && (std::isalpha(lead) || lead >= 0x80) &&
         word.box.width() - width > config.overflowing_word * word.font_size;
}

// Steps 2 and 3 on one cell's words.
void read_cell(const Page& page, const Box& cell, std::vector<int> words,
               const TablesConfig& config, CellWords& out) {
  std::sort(words.begin(), words.end(), [&](int a, int b) {
    return page.words[a].baseline < page.words[b].baseline;
  });
  std::vector<std::vector<int>> lines = baseline_lines(page, words, config.line_tolerance).lines;
  for (std::vector<int>& line : lines) {
    std::sort(line.begin(), line.end(),
              [&](int a, int b) { return page.words[a].box.x0 < page.words[b].box.x0; });
  }
  const double width = cell_text_width(page, cell, lines);
  for (const std::vector<int>& line : lines) {
    for (size_t k = 0; k < line.size(); ++k) {
      const bool before = k > 0 && page.words[line[k - 1]].space_after;
      const bool after = k + 1 < line.size() && page.words[line[k]].space_after;
      if (before || after) out.whole.add(page.words[line[k]].text);
    }
    out.words_overflow |= overflows(page, line, width, config);
  }
}

}  // namespace

CellWords read_cell_words(const Doc& doc, const std::vector<std::vector<Fragment>>& fragments,
                          const TablesConfig& config) {
  CellWords out;
  for (size_t p = 0; p < doc.pages.size() && p < fragments.size(); ++p) {
    const Page& page = doc.pages[p];
    std::vector<CellGrid> grids;
    std::vector<std::vector<std::vector<int>>> cell_words;  // [fragment][cell]: word indices
    for (const Fragment& f : fragments[p]) {
      grids.emplace_back(f);
      cell_words.emplace_back(f.cells.size());
    }
    for (size_t i = 0; i < page.words.size(); ++i) {
      const Word& word = page.words[i];
      if (word.raised) continue;
      const double cx = (word.box.x0 + word.box.x1) / 2, cy = (word.box.y0 + word.box.y1) / 2;
      bool in_table = false;
      for (size_t k = 0; k < grids.size() && !in_table; ++k) {
        const Box& area = fragments[p][k].box;
        if (cx < area.x0 || cx > area.x1 || cy < area.y0 || cy > area.y1) continue;
        in_table = true;
        const int cell = grids[k].cell_of(page, word.box);
        if (cell >= 0) cell_words[k][static_cast<size_t>(cell)].push_back(static_cast<int>(i));
      }
      if (!in_table && Vocabulary::in_running_text(page, i)) out.whole.add(word.text);  // Step 1
    }
    for (size_t k = 0; k < cell_words.size(); ++k) {
      for (size_t c = 0; c < cell_words[k].size(); ++c) {
        if (cell_words[k][c].empty()) continue;
        read_cell(page, fragments[p][k].cells[c].box, cell_words[k][c], config, out);
      }
    }
  }
  return out;
}

}  // namespace coi::tables
