#include "stages/tables/whole_words.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "pipeline/utf8.h"
#include "stages/tables/cell_grid.h"
#include "stages/text/hyphenation.h"

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

// Step 4: true when `word` has two characters or more and opens and ends with a letter: "N/" /
// "A" and "11," / "058" are broken where a CSS engine may break a line, at no space, and a
// single letter is what a cut most often leaves on a line ("Me" / "n", "billio" / "n").
bool letters_at_ends(const std::string& word) {
  char32_t first = 0;
  return count_code_points(word) >= 2 && decode_utf8(word, 0, first) > 0 &&
         u_isalpha(static_cast<UChar32>(first)) &&
         u_isalpha(static_cast<UChar32>(last_code_point(word)));
}

// Step 4: true when `word` ends in a digit: no line breaks between a digit and a letter but at
// a space ("€653" / "million").
bool ends_in_digit(const std::string& word) {
  return !word.empty() && u_isdigit(static_cast<UChar32>(last_code_point(word)));
}

// Step 4: true when the break after line `i` of a cell was at a space: the line (its extent, so
// a line of several words counts its spaces), the first character of the next line and
// `space_break_room` of its size more fit the cell's text width, so a producer cutting a word to
// fit would have kept that character on the line. Only a break before a word of letters
// (letters_at_ends), after one or after a number, counts: one ending in a hyphen was at the
// hyphen.
bool space_break(const Page& page, const std::vector<std::vector<int>>& lines, size_t i,
                 double width, const TablesConfig& config) {
  if (lines[i].empty() || lines[i + 1].empty()) return false;
  const Word& first = page.words[lines[i].front()];
  const Word& last = page.words[lines[i].back()];
  const Word& next = page.words[lines[i + 1].front()];
  if (!(letters_at_ends(last.text) || ends_in_digit(last.text)) || !letters_at_ends(next.text)) {
    return false;
  }
  const size_t chars = std::max<size_t>(count_code_points(next.text), 1);
  return last.box.x1 - first.box.x0 + first_char_width(page, next, chars) +
             config.space_break_room * next.font_size <=
         width;
}

// Step 5 in a cell: the pieces of the words a line-end hyphen broke on its `lines`, the last
// word of a line ending in a hyphen ("applic-") and the first word of the line after it
// ("ations"), where the judge reads the hyphen as a break.
std::vector<int> hyphen_pieces(const Page& page, const std::vector<std::vector<int>>& lines,
                               const Hyphenation& hyphenation) {
  std::vector<int> pieces;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].empty() || lines[i + 1].empty()) continue;
    const std::string& head = page.words[lines[i].back()].text;
    if (trailing_hyphen(head) == 0) continue;
    if (!hyphenation.breaks_word(head, page.words[lines[i + 1].front()].text)) continue;
    pieces.push_back(lines[i].back());
    pieces.push_back(lines[i + 1].front());
  }
  return pieces;
}

// Step 5 in running text: a paragraph or footnote runs on from one page's last line of its kind
// to the next page's first, so the lines are read in that order across the note; the cover's,
// the contents' and the running header's lines too, each kind apart ("Country Policy and
// Informa-" / "tion Note" on a cover). Only words Step 1 counted are taken away (not in a
// table, not raised, beside a space).
void drop_running_hyphen_pieces(const Doc& doc, const std::vector<std::vector<bool>>& tabled,
                                const Hyphenation& hyphenation, Vocabulary& whole) {
  struct Head {
    std::string text;  // a line's last word, ending in a hyphen
    bool counted;      // Step 1 counted it
  };
  // Every kind of line but a table's, whose cells Step 5 reads apart (hyphen_pieces).
  for (const LineRole role : {LineRole::kBody, LineRole::kFootnote, LineRole::kCover,
                              LineRole::kContents, LineRole::kHeader, LineRole::kFooter,
                              LineRole::kBackToContents}) {
    std::optional<Head> head;  // the line before ended in a hyphen
    for (size_t p = 0; p < doc.pages.size() && p < tabled.size(); ++p) {
      const Page& page = doc.pages[p];
      auto counted = [&](int w) {
        const auto i = static_cast<size_t>(w);
        return !tabled[p][i] && !page.words[i].raised && Vocabulary::in_running_text(page, i);
      };
      for (const Line& line : page.lines) {
        if (line.role != role || line.words.empty()) continue;
        const int first = line.words.front(), last = line.words.back();
        const bool rest = head && hyphenation.breaks_word(head->text, page.words[first].text);
        if (rest) {
          if (head->counted) whole.remove(head->text);
          if (counted(first)) whole.remove(page.words[first].text);
        }
        head.reset();
        if (trailing_hyphen(page.words[last].text) > 0) {
          // A word alone between two hyphens ("Unac-" / "com-" / "panied") went as the rest.
          head = Head{page.words[last].text, !(rest && first == last) && counted(last)};
        }
      }
    }
  }
}

// Step 6: `piece` ends a cell line after other words and `rest` opens the next: both letters
// at the break, and too wide together for the line.
bool may_be_cut(const Word& piece, const Word& rest, double width) {
  char32_t first = 0;
  return !piece.text.empty() && decode_utf8(rest.text, 0, first) > 0 &&
         u_isalpha(static_cast<UChar32>(last_code_point(piece.text))) &&
         u_isalpha(static_cast<UChar32>(first)) && wider_than_line(piece, rest, width);
}

// Steps 2 to 7 on one cell's words.
void read_cell(const Page& page, const Box& cell, double column_width, std::vector<int> words,
               const Hyphenation& hyphenation, const TablesConfig& config, CellWords& out) {
  std::sort(words.begin(), words.end(), [&](int a, int b) {
    return page.words[a].baseline < page.words[b].baseline;
  });
  std::vector<std::vector<int>> lines = baseline_lines(page, words, config.line_tolerance).lines;
  for (std::vector<int>& line : lines) {
    std::sort(line.begin(), line.end(),
              [&](int a, int b) { return page.words[a].box.x0 < page.words[b].box.x0; });
  }
  const double width = cell_text_width(page, cell, lines);
  const double break_width = std::min(width, column_width);
  const std::vector<int> pieces = hyphen_pieces(page, lines, hyphenation);
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::vector<int>& line = lines[i];
    for (size_t k = 0; k < line.size(); ++k) {
      const bool before = k > 0 && page.words[line[k - 1]].space_after;
      const bool after = k + 1 < line.size() && page.words[line[k]].space_after;
      if (!before && !after) continue;
      if (std::find(pieces.begin(), pieces.end(), line[k]) != pieces.end()) continue;  // Step 5
      if (k > 0 && k + 1 == line.size() && i + 1 < lines.size() &&
          may_be_cut(page.words[line[k]], page.words[lines[i + 1].front()], break_width)) {
        continue;  // Step 6
      }
      out.whole.add(page.words[line[k]].text);
    }
    out.words_overflow |= overflows(page, line, width, config);
  }
  if (lines.size() == 1 && lines.front().size() == 1 &&
      letters_at_ends(page.words[lines.front().front()].text)) {
    out.alone.add(page.words[lines.front().front()].text);  // Step 7
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    // Beside another word, a word was counted above.
    if (lines[i].size() != 1 || !letters_at_ends(page.words[lines[i].front()].text)) continue;
    const bool after_break = i > 0 && space_break(page, lines, i - 1, break_width, config);
    const bool before_break =
        i + 1 < lines.size() && space_break(page, lines, i, break_width, config);
    if ((after_break || i == 0) && (before_break || i + 1 == lines.size()) &&
        (after_break || before_break)) {
      out.whole.add(page.words[lines[i].front()].text);
    }
  }
}

}  // namespace

bool wider_than_line(const Word& piece, const Word& rest, double width) {
  return piece.box.width() + rest.box.width() > width;
}

CellWords read_cell_words(const Doc& doc, const std::vector<std::vector<Fragment>>& fragments,
                          Vocabulary running, const RunningFooter& footer,
                          const Hyphenation& hyphenation, const TablesConfig& config) {
  // Step 1 as the note's count of its running words less those a table (or a mark) prints:
  // most words are outside every table, and taking a few away costs less than counting the
  // rest again.
  CellWords out{std::move(running), Vocabulary(), false};
  std::vector<std::vector<bool>> tabled;  // [page][word]: inside a table fragment
  for (size_t p = 0; p < doc.pages.size() && p < fragments.size(); ++p) {
    const Page& page = doc.pages[p];
    std::vector<CellGrid> grids;
    std::vector<std::vector<std::vector<int>>> cell_words;  // [fragment][cell]: word indices
    for (const Fragment& f : fragments[p]) {
      grids.emplace_back(page, f, footer, config.grid_overflow_share);
      cell_words.emplace_back(f.cells.size());
    }
    std::vector<bool> in_tables(page.words.size(), false);
    for (size_t i = 0; i < page.words.size(); ++i) {
      const Word& word = page.words[i];
      if (word.raised) {
        if (Vocabulary::in_running_text(page, i)) out.whole.remove(word.text);  // Step 1
        continue;
      }
      const double cx = word.box.centre_x(), cy = word.box.centre_y();
      bool in_table = false;
      for (size_t k = 0; k < grids.size() && !in_table; ++k) {
        const Box& area = fragments[p][k].box;
        if (cx < area.x0 || cx > area.x1 || cy < area.y0 || cy > area.y1) continue;
        in_table = true;
        const int cell = grids[k].cell_of(word);
        if (cell >= 0) cell_words[k][static_cast<size_t>(cell)].push_back(static_cast<int>(i));
      }
      in_tables[i] = in_table;
      if (in_table && Vocabulary::in_running_text(page, i)) out.whole.remove(word.text);  // Step 1
    }
    tabled.push_back(std::move(in_tables));
    for (size_t k = 0; k < cell_words.size(); ++k) {
      const Fragment& f = fragments[p][k];
      const std::vector<double> column_widths = column_text_widths(f);
      for (size_t c = 0; c < cell_words[k].size(); ++c) {
        if (cell_words[k][c].empty()) continue;
        const GridCell& cell = f.cells[c];
        const double column_width =
            cell_text_width(column_widths, static_cast<size_t>(cell.col), cell.colspan);
        read_cell(page, cell.box, column_width, cell_words[k][c], hyphenation, config, out);
      }
    }
  }
  drop_running_hyphen_pieces(doc, tabled, hyphenation, out.whole);
  return out;
}

}  // namespace coi::tables
