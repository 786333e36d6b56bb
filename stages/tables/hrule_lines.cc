#include "stages/tables/hrule_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/median.h"
#include "stages/tables/cell_text.h"

namespace coi::tables::hrule {

namespace {

// The printed line a raised word (a footnote mark) belongs to: that of the word it is set
// after (ending where the mark starts, its baseline at or below the mark's), else the nearest
// line whose baseline lies at or below the mark's. By baseline alone a mark raised over its row
// would join a line set between rows (a \multirow label centred there) and leave its own row.
// A mark is raised by less than the body's font size `em`; -1 when no line lies that near below.
int base_line_of(const Page& page, const std::vector<TextLine>& lines, int mark, double em) {
  const Word& m = page.words[mark];
  int best = -1;
  double best_gap = 1e9;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].baseline < m.baseline || lines[i].baseline - m.baseline > em) continue;
    for (int w : lines[i].words) {
      const Word& base = page.words[w];
      if (std::fabs(base.box.x1 - m.box.x0) <= m.font_size / 2) return static_cast<int>(i);
    }
    if (lines[i].baseline - m.baseline < best_gap) {
      best_gap = lines[i].baseline - m.baseline;
      best = static_cast<int>(i);
    }
  }
  return best;
}

// A footnote mark layout did not see: a superscript (cell_text.h) of a word of `by_end` (a
// region's words sorted by right edge) that ends where it starts. lines_in runs for every rule a
// region grows through, so a pass over all the region's words per word made it quadratic; the
// sorted edges narrow the words to those ending near the mark, and the test decides as before.
bool follows_raised(const Page& page, const std::vector<int>& by_end, int mark,
                    const TablesConfig& config) {
  // Wider than the test by far more than rounding, so that the window never drops a word the
  // test takes.
  constexpr double kWindowSlack = 1.0;
  const Word& m = page.words[mark];
  const double reach = config.snap_tolerance + kWindowSlack;
  auto it = std::lower_bound(by_end.begin(), by_end.end(), m.box.x0 - reach,
                             [&](int w, double x) { return page.words[w].box.x1 < x; });
  for (; it != by_end.end() && page.words[*it].box.x1 <= m.box.x0 + reach; ++it) {
    const Word& base = page.words[*it];
    if (*it != mark && std::fabs(base.box.x1 - m.box.x0) <= config.snap_tolerance &&
        superscript_of(m, base, config)) {
      return true;
    }
  }
  return false;
}

}  // namespace

PageText body_text(const Page& page, const RunningFooter* footer) {
  PageText out;
  std::vector<double> sizes;
  const std::vector<Box> footer_lines = footer_line_boxes(page);
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kHeader) {
      out.header.insert(out.header.end(), line.words.begin(), line.words.end());
    }
    if (line.role != LineRole::kBody) continue;
    for (int w : line.words) {
      if (footer != nullptr && in_running_footer(footer_lines, page.words[w], *footer)) continue;
      out.words.push_back(w);
      sizes.push_back(page.words[w].font_size);
    }
  }
  if (!sizes.empty()) {
    out.em = std::max(upper_median(std::move(sizes)), 1.0);
  }
  return out;
}

std::vector<TextLine> lines_in(const Page& page, const PageText& text, const Region& r,
                               const TablesConfig& config) {
  std::vector<int> inside;
  auto take = [&](const std::vector<int>& words) {
    for (int w : words) {
      const Word& word = page.words[w];
      const double cx = centre_x(word), cy = centre_y(word);
      // A word overflowing the last column past the rules' end starts between them.
      const bool within = (cx >= r.x0 && cx <= r.x1) || (word.box.x0 >= r.x0 && word.box.x0 < r.x1);
      if (within && cy > r.top && cy < std::max(r.bottom, r.label_bottom)) {
        inside.push_back(w);
      }
    }
  };
  take(text.words);
  if (!r.open_top) take(text.header);
  std::sort(inside.begin(), inside.end(),
            [&](int a, int b) { return page.words[a].baseline < page.words[b].baseline; });
  // Marks that layout, reading a row and a label centred beside it as one line, left unraised.
  std::vector<bool> raised(page.words.size(), false);
  if (may_hold_superscripts(page, inside, config)) {
    std::vector<int> by_end = inside;
    std::sort(by_end.begin(), by_end.end(),
              [&](int a, int b) { return page.words[a].box.x1 < page.words[b].box.x1; });
    for (int w : inside) raised[w] = page.words[w].raised || follows_raised(page, by_end, w, config);
  } else {
    for (int w : inside) raised[w] = page.words[w].raised;
  }
  std::vector<TextLine> out;
  double line_baseline = 0;
  for (int w : inside) {
    const Word& word = page.words[w];
    if (raised[w]) continue;
    if (out.empty() || word.baseline - line_baseline > config.line_tolerance * text.em) {
      out.emplace_back();
      out.back().baseline = line_baseline = word.baseline;
    }
    out.back().words.push_back(w);
  }
  for (int w : inside) {
    if (!raised[w]) continue;
    const int owner = base_line_of(page, out, w, text.em);
    if (owner >= 0) {
      out[static_cast<size_t>(owner)].words.push_back(w);
    } else {
      out.push_back(TextLine{{w}, 0, 0, page.words[w].baseline});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const TextLine& a, const TextLine& b) { return a.baseline < b.baseline; });
  for (TextLine& line : out) span_words(page, line);
  for (TextLine& line : out) {
    std::sort(line.words.begin(), line.words.end(),
              [&](int a, int b) { return page.words[a].box.x0 < page.words[b].box.x0; });
  }
  return out;
}

void span_words(const Page& page, TextLine& line) {
  line.top = 1e9, line.bottom = -1e9;
  for (int w : line.words) {
    line.top = std::min(line.top, page.words[static_cast<size_t>(w)].box.y0);
    line.bottom = std::max(line.bottom, page.words[static_cast<size_t>(w)].box.y1);
  }
}

bool paragraph_number(const std::string& s) {
  bool inner_dot = false;  // a dot between digits: "4.1", not the "1." of a list
  for (size_t i = 0; i < s.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(s[i])) != 0;
    if (!digit && s[i] != '.') return false;
    if (s[i] == '.' && i > 0 && i + 1 < s.size() && s[i + 1] != '.') inner_dot = true;
  }
  return inner_dot && std::isdigit(static_cast<unsigned char>(s.front()));
}

}  // namespace coi::tables::hrule
