#include "stages/tables/repeated_header.h"

#include <algorithm>
#include <optional>
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

// The cells of `f` in rows [from, from + h), or none when a cell crosses either edge.
std::optional<std::vector<const GridCell*>> rows_of(const Fragment& f, int from, int h) {
  std::vector<const GridCell*> out;
  for (const GridCell& cell : f.cells) {
    const int end = cell.row + cell.rowspan;
    if ((cell.row < from && end > from) || (cell.row < from + h && end > from + h)) {
      return std::nullopt;
    }
    if (cell.row >= from && cell.row < from + h) out.push_back(&cell);
  }
  return out;
}

// Whether rows [b_from, b_from + h) of `b` print rows [a_from, a_from + h) of `a` again, cell
// for cell (same places, spans and words), some of them text, and no cell crosses their edges.
bool same_rows(const Page& page, const Fragment& a, int a_from, const Fragment& b, int b_from,
               int h) {
  const auto first = rows_of(a, a_from, h);
  const auto again = rows_of(b, b_from, h);
  if (!first || !again || first->size() != again->size()) return false;
  bool text = false;
  for (size_t i = 0; i < first->size(); ++i) {
    const GridCell& x = *(*first)[i];
    const GridCell& y = *(*again)[i];
    if (y.row - b_from != x.row - a_from || y.col != x.col || y.rowspan != x.rowspan ||
        y.colspan != x.colspan || cell_words(page, x) != cell_words(page, y)) {
      return false;
    }
    text = text || !x.empty();
  }
  return text;
}

// Whether `page` prints a word between `above`'s bottom and `below`'s top, across either.
bool printed_between(const Page& page, const Fragment& above, const Fragment& below) {
  const double x0 = std::min(above.box.x0, below.box.x0);
  const double x1 = std::max(above.box.x1, below.box.x1);
  return std::any_of(page.words.begin(), page.words.end(), [&](const Word& w) {
    const double cx = w.box.centre_x(), cy = w.box.centre_y();
    return cx > x0 && cx < x1 && cy > above.box.y1 && cy < below.box.y0;
  });
}

}  // namespace

bool drop_repeated_header_rows(const Page& page, Fragment& f) {
  for (int h = 1; 2 * h <= f.header_rows && 2 * h < f.row_count(); ++h) {
    if (!same_rows(page, f, 0, f, h, h)) continue;
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

void drop_header_copies(const Page& page, std::vector<Fragment>& found) {
  for (size_t i = 0; i + 1 < found.size();) {
    const Fragment& copy = found[i];
    Fragment& table = found[i + 1];
    const int h = copy.row_count();
    if (h < 1 || h >= table.row_count() || copy.column_count() != table.column_count() ||
        !same_rows(page, copy, 0, table, 0, h) || printed_between(page, copy, table)) {
      ++i;
      continue;
    }
    // The table's outline takes in the copy, whose words lie in no cell but in the table.
    table.box.y0 = std::min(table.box.y0, copy.box.y0);
    found.erase(found.begin() + static_cast<long>(i));
  }
}

}  // namespace coi::tables
