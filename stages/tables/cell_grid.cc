#include "stages/tables/cell_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "pipeline/mask_digits.h"

namespace coi::tables {

namespace {

// Index of the grid interval of `lines` holding v, or -1.
int interval_of(const std::vector<double>& lines, double v) {
  if (lines.size() < 2 || v < lines.front() || v > lines.back()) return -1;
  auto it = std::upper_bound(lines.begin(), lines.end(), v);
  const int i = static_cast<int>(it - lines.begin()) - 1;
  return std::min(i, static_cast<int>(lines.size()) - 2);
}

}  // namespace

bool in_running_footer(const std::vector<Box>& footer_lines, const Word& word,
                       const RunningFooter& footer) {
  const double cx = word.box.centre_x(), cy = word.box.centre_y();
  for (const Box& line : footer_lines) {
    if (line.contains(cx, cy)) return true;
  }
  return footer_lines.empty() && footer.box.contains(cx, cy) &&
         footer.words.count(mask_digits(word.text)) > 0;
}

std::vector<Box> footer_line_boxes(const Page& page) {
  std::vector<Box> out;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kFooter) out.push_back(line.box);
  }
  return out;
}

// The boxes of the words of `page`'s body lines below its footnote area's top.
std::vector<Box> body_word_boxes_below(const Page& page) {
  std::vector<Box> out;
  for (const Line& line : page.lines) {
    if (line.role != LineRole::kBody || page.above_footnotes(line.box.centre_y())) continue;
    for (int i : line.words) out.push_back(page.words[static_cast<size_t>(i)].box);
  }
  return out;
}

RunningFooter running_footer(const Doc& doc) {
  RunningFooter out;
  bool any = false;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kFooter) continue;
      out.box = any ? unite(out.box, line.box) : line.box;
      any = true;
      for (int w : line.words) {
        out.words.insert(mask_digits(page.words[static_cast<size_t>(w)].text));
      }
    }
  }
  return out;
}

CellGrid::CellGrid(const Page& page, const Fragment& fragment, const RunningFooter& footer,
                   double overflow_share)
    : page_(page),
      fragment_(fragment),
      footer_(footer),
      overflow_share_(overflow_share),
      footer_lines_(footer_line_boxes(page)),
      body_words_below_(body_word_boxes_below(page)),
      owner_(static_cast<size_t>(fragment.row_count() * fragment.column_count()), -1) {
  for (size_t i = 0; i < fragment.cells.size(); ++i) {
    const GridCell& c = fragment.cells[i];
    for (int r = c.row; r < c.row + c.rowspan; ++r) {
      for (int k = c.col; k < c.col + c.colspan; ++k) {
        owner_[static_cast<size_t>(r * fragment.column_count() + k)] = static_cast<int>(i);
      }
    }
  }
}

int CellGrid::cell_of(const Word& word) const {
  const Box& box = word.box;
  const double cx = box.centre_x(), cy = box.centre_y();
  if (!page_.above_footnotes(cy) &&
      std::none_of(body_words_below_.begin(), body_words_below_.end(), [&](const Box& b) {
        return b.x0 == box.x0 && b.y0 == box.y0 && b.x1 == box.x1 && b.y1 == box.y1;
      })) {
    return -1;
  }
  if (cy > fragment_.repeat_top && cy < fragment_.repeat_bottom) return -1;
  int r = interval_of(fragment_.ys, cy);
  // A cell's text is set from its top, one padding below the border above, and a row too short
  // for it lets its last line run down across the border under it: LibreOffice's repeated
  // header prints "Year" a letter a line in a column a letter wide, its "r" across the header's
  // bottom border, centred just below it, over the first body row's "1" / "1" (the rest of
  // "2011", cut by the page break). A word that border crosses with `overflow_share_` of its
  // height above it is the cell above's: no cell's first line starts above its top border. Not
  // in a table read from its text (`starts`), whose row borders lie between its lines.
  if (r > 0 && fragment_.starts.empty()) {
    const double border = fragment_.ys[static_cast<size_t>(r)];
    if (border - box.y0 >= overflow_share_ * box.height()) --r;
  }
  int c = interval_of(fragment_.xs, cx);
  if (r < 0 || c < 0 || in_running_footer(footer_lines_, word, footer_)) return -1;
  // A word wider than its column overflows it to the right, from where the column's text
  // starts: LaTeX's bold "Unaccompanied" over half the next column, across its rule or past the
  // border one padding left of its "Disproportionately", its centre there. It is the cell's it
  // starts in, when it starts in the left half of that column: a glyph overhanging a border
  // from the right starts just left of it.
  const int from = interval_of(fragment_.xs, box.x0);
  if (from >= 0 && from < c) {
    const double x0 = fragment_.xs[static_cast<size_t>(from)];
    const double x1 = fragment_.xs[static_cast<size_t>(from) + 1];
    if (box.x0 - x0 < x1 - box.x0) c = from;
  }
  return owner_[static_cast<size_t>(r * fragment_.column_count() + c)];
}

BaselineLines baseline_lines(const Page& page, const std::vector<int>& words,
                             double line_tolerance) {
  BaselineLines out;
  for (int w : words) {
    const Word& word = page.words[w];
    if (word.raised) continue;
    const double tolerance = line_tolerance * std::max(word.font_size, 1.0);
    if (out.lines.empty() || std::fabs(word.baseline - out.baselines.back()) > tolerance) {
      out.lines.emplace_back();
      out.baselines.push_back(word.baseline);
    }
    out.lines.back().push_back(w);
  }
  return out;
}

double cell_text_width(const Page& page, const Box& cell,
                       const std::vector<std::vector<int>>& lines) {
  double left = cell.x1;
  for (const std::vector<int>& line : lines) {
    if (!line.empty()) left = std::min(left, page.words[line.front()].box.x0);
  }
  return cell.width() - 2 * (left - cell.x0);
}

std::vector<double> column_text_widths(const Fragment& fragment) {
  const size_t columns = static_cast<size_t>(std::max(fragment.column_count(), 0));
  std::vector<double> widths(columns, std::numeric_limits<double>::infinity());
  if (fragment.starts.size() != columns || columns == 0) return widths;
  // The table's rules run to its cells' outer edges: the first column's text starts one
  // padding in from them.
  const double padding = fragment.starts[0] - fragment.box.x0;
  if (padding < 0) return widths;
  for (size_t c = 0; c < columns; ++c) {
    const double right =
        c + 1 < columns ? fragment.starts[c + 1] - 2 * padding : fragment.box.x1 - padding;
    if (right > fragment.starts[c]) widths[c] = right - fragment.starts[c];
  }
  return widths;
}

double cell_text_width(const std::vector<double>& widths, size_t col, int colspan) {
  return colspan == 1 && col < widths.size() ? widths[col]
                                             : std::numeric_limits<double>::infinity();
}

double first_char_width(const Page& page, const Word& word, size_t chars) {
  const size_t first = static_cast<size_t>(std::max(word.first_char, 0));
  if (chars >= 2 && word.first_char >= 0 && first + 1 < page.char_x.size()) {
    const double width = page.char_x[first + 1] - page.char_x[first];
    if (width > 0 && width < word.box.width()) return width;
  }
  return word.box.width() / static_cast<double>(chars);
}

}  // namespace coi::tables
