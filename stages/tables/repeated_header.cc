#include "stages/tables/repeated_header.h"

#include <algorithm>
#include <string>

namespace coi::tables::hrule {

namespace {

// A printed line's words, left to right: what a repeat must print again.
std::vector<std::string> texts(const Page& page, const TextLine& line) {
  std::vector<std::string> out;
  for (int w : line.words) out.push_back(page.words[static_cast<size_t>(w)].text);
  return out;
}

}  // namespace

RepeatedHeader repeated_header(const Page& page, const std::vector<TextLine>& lines,
                               const std::vector<Segment>& inner, double x0, double x1,
                               double tolerance) {
  std::vector<double> across;  // the rules spanning the table, top to bottom
  for (const Segment& s : inner) {
    if (s.lo <= x0 + tolerance && s.hi >= x1 - tolerance) across.push_back(s.at);
  }
  std::sort(across.begin(), across.end());
  if (across.size() < 2) return {};
  // The first header: the lines above the first rule across.
  size_t first = 0;
  while (first < lines.size() && lines[first].bottom < across.front()) ++first;
  if (first == 0 || first == lines.size()) return {};
  // The band under it: from that rule to the next rule across below the band's first line (the
  // repeat's own top rule may lie between, with no line above it).
  auto closing = std::upper_bound(across.begin(), across.end(), lines[first].top);
  if (closing == across.end()) return {};
  size_t end = first;
  while (end < lines.size() && lines[end].bottom < *closing) ++end;
  if (end - first != first || end == lines.size()) return {};
  for (size_t i = 0; i < first; ++i) {
    if (texts(page, lines[i]) != texts(page, lines[first + i])) return {};
  }
  return RepeatedHeader{first, end, across.front(), *closing};
}

void drop_repeat(const RepeatedHeader& repeat, std::vector<TextLine>& lines,
                 std::vector<Segment>& inner) {
  if (!repeat.found()) return;
  lines.erase(lines.begin() + static_cast<long>(repeat.first),
              lines.begin() + static_cast<long>(repeat.end));
  std::erase_if(inner, [&](const Segment& s) {
    return s.at >= repeat.top && s.at < repeat.bottom;
  });
}

}  // namespace coi::tables::hrule

namespace coi::tables {

namespace {

// The words of `cell` as printed, in reading order.
std::vector<std::string> cell_words(const Page& page, const GridCell& cell) {
  std::vector<std::string> out;
  for (int w : cell.words) out.push_back(page.words[static_cast<size_t>(w)].text);
  return out;
}

// Whether rows [h, 2h) of `f` print rows [0, h) again, and no cell crosses row h or row 2h.
bool repeats(const Page& page, const Fragment& f, int h) {
  std::vector<const GridCell*> first, again;
  bool text = false;
  for (const GridCell& cell : f.cells) {
    if (cell.row < h && cell.row + cell.rowspan > h) return false;
    if (cell.row >= h && cell.row < 2 * h && cell.row + cell.rowspan > 2 * h) return false;
    if (cell.row < h) first.push_back(&cell), text = text || !cell.empty();
    if (cell.row >= h && cell.row < 2 * h) again.push_back(&cell);
  }
  if (!text || first.size() != again.size()) return false;
  for (size_t i = 0; i < first.size(); ++i) {
    const GridCell& a = *first[i];
    const GridCell& b = *again[i];
    if (b.row != a.row + h || b.col != a.col || b.rowspan != a.rowspan ||
        b.colspan != a.colspan || cell_words(page, a) != cell_words(page, b)) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool drop_repeated_header_rows(const Page& page, Fragment& f) {
  for (int h = 1; 2 * h <= f.header_rows && 2 * h < f.row_count(); ++h) {
    if (!repeats(page, f, h)) continue;
    std::erase_if(f.cells, [&](const GridCell& c) { return c.row >= h && c.row < 2 * h; });
    for (GridCell& cell : f.cells) {
      if (cell.row >= 2 * h) cell.row -= h;
    }
    // The header's last row reaches down to where the repeat ended.
    f.ys.erase(f.ys.begin() + h, f.ys.begin() + 2 * h);
    f.header_rows -= h;
    if (f.rule_header_rows >= 2 * h) f.rule_header_rows -= h;
    return true;
  }
  return false;
}

}  // namespace coi::tables
