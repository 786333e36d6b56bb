#include "stages/tables/overflowed_header.h"

#include <algorithm>
#include <string>

namespace coi::tables {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// The printed text of `line`, its words glued.
std::string glued(const Page& page, const TextLine& line) {
  std::string out;
  for (const WordRef& w : line) out += page.words[static_cast<size_t>(w.word)].text;
  return out;
}

// Step 1: the header cell of `f` over the columns of `cell` that reaches the header's last row.
const GridCell* header_cell_over(const Fragment& f, const GridCell& cell) {
  for (const GridCell& c : f.cells) {
    if (c.row < f.header_rows && c.row + c.rowspan == f.header_rows && c.col == cell.col &&
        c.colspan == cell.colspan) {
      return &c;
    }
  }
  return nullptr;
}

// Step 2: the cell of `f` that starts its first body row under `header`, or nullptr.
GridCell* body_cell_under(Fragment& f, const GridCell& header) {
  for (GridCell& c : f.cells) {
    if (c.row == f.header_rows && c.col == header.col && c.colspan == header.colspan) return &c;
  }
  return nullptr;
}

// Step 2: `inlines` without `text` (no spaces) at their start, white space between its
// characters passed over; false, `inlines` untouched, when they do not start with it.
bool drop_leading(Inlines& inlines, const std::string& text) {
  Inlines out = inlines;
  size_t matched = 0;
  for (Inline& run : out) {
    if (matched == text.size()) break;
    if (run.kind == InlineKind::kFootnoteRef) return false;
    size_t i = 0;
    while (i < run.text.size() && matched < text.size()) {
      if (is_space(run.text[i])) {
        ++i;
      } else if (run.text[i] == text[matched]) {
        ++i, ++matched;
      } else {
        return false;
      }
    }
    run.text.erase(0, i);
  }
  if (matched < text.size()) return false;
  for (Inline& run : out) {  // the space that stood between the moved line and the rest
    if (run.kind == InlineKind::kFootnoteRef) break;
    const size_t start = run.text.find_first_not_of(" \t\n");
    run.text.erase(0, start == std::string::npos ? run.text.size() : start);
    if (!run.text.empty()) break;
  }
  std::erase_if(out, [](const Inline& run) {
    return run.kind != InlineKind::kFootnoteRef && run.text.empty();
  });
  inlines = std::move(out);
  return true;
}

// Step 2: the words of `line` that print `text`: the whole line, or one word of it (a line read
// from the letter printed past the border and the body's first word it overlaps, "r" and "9").
std::vector<WordRef> words_printing(const Page& page, const TextLine& line,
                                    const std::string& text) {
  if (glued(page, line) == text) return line;
  for (const WordRef& w : line) {
    if (page.words[static_cast<size_t>(w.word)].text == text) return {w};
  }
  return {};
}

// Step 2: the rest of `want` (the match's text, no spaces) that `header` lacks, moved into it
// from the start of `body`.
bool take_overflow(const Page& page, GridCell& header, GridCell& body, const std::string& want) {
  std::string have = plain_text(header.inlines);
  std::erase_if(have, is_space);
  if (have.empty() || want.size() <= have.size() || want.compare(0, have.size(), have) != 0) {
    return false;
  }
  const std::string rest = want.substr(have.size());
  if (body.lines.empty()) return false;
  const std::vector<WordRef> moved = words_printing(page, body.lines.front(), rest);
  if (moved.empty() || !drop_leading(body.inlines, rest)) return false;
  TextLine& first = body.lines.front();
  for (const WordRef& w : moved) {
    std::erase_if(first, [&](const WordRef& x) { return x.word == w.word; });
    std::erase(body.words, w.word);
    header.words.push_back(w.word);
  }
  if (first.empty()) body.lines.erase(body.lines.begin());
  header.lines.push_back(moved);
  // The word the narrow column cut, whole again as the first page printed it ("Yea" + "r").
  if (!header.inlines.empty() && header.inlines.back().kind != InlineKind::kFootnoteRef) {
    header.inlines.back().text += rest;
  } else {
    header.inlines.push_back(Inline{InlineKind::kText, rest, "", "", 0});
  }
  return true;
}

}  // namespace

bool restore_overflowed_header(const Page& page, const Fragment& prev, Fragment& next) {
  if (prev.header_rows == 0 || next.header_rows == 0 || next.header_rows >= next.row_count()) {
    return false;
  }
  Fragment mended = next;
  bool moved = false;
  for (GridCell& header : mended.cells) {
    if (header.row >= mended.header_rows || header.row + header.rowspan != mended.header_rows) {
      continue;
    }
    const GridCell* match = header_cell_over(prev, header);
    if (match == nullptr) continue;
    std::string want = plain_text(match->inlines);
    std::erase_if(want, is_space);
    GridCell* body = body_cell_under(mended, header);
    if (body != nullptr && take_overflow(page, header, *body, want)) moved = true;
  }
  if (moved) next = std::move(mended);
  return moved;
}

}  // namespace coi::tables
