// Steps 1 and 2 of the layout stage (see layout.cc): words into lines, lines into reading order.
#include <algorithm>
#include <cmath>
#include <map>

#include "stages/layout/layout_parts.h"

namespace coi::layout {

namespace {

double vertical_overlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

// Dominant size and baseline of a line: those of the size with the most characters; a tie goes
// to the larger size, since marks and sub/superscripts are smaller than the text they sit in
// ("25)" and its mark "227" must not make the line mark-sized, hiding that the mark is raised).
void set_line_metrics(const Page& page, Line& line) {
  std::map<long, size_t> chars;
  for (int i : line.words) {
    const Word& w = page.words[static_cast<size_t>(i)];
    chars[std::lround(w.font_size * 100)] += w.text.size();
  }
  long size = 0;
  size_t most = 0;
  for (const auto& [s, n] : chars) {
    if (n >= most) most = n, size = s;  // ascending sizes: the larger wins a tie
  }
  line.font_size = static_cast<double>(size) / 100;
  size_t longest = 0;
  for (int i : line.words) {
    const Word& w = page.words[static_cast<size_t>(i)];
    if (std::lround(w.font_size * 100) == size && w.text.size() >= longest) {
      longest = w.text.size();
      line.baseline = w.baseline;
    }
  }
}

void mark_raised(Page& page, const Line& line, const LayoutConfig& config) {
  for (int i : line.words) {
    Word& w = page.words[static_cast<size_t>(i)];
    w.raised = w.font_size <= config.raised_max_size_ratio * line.font_size &&
               w.baseline <= line.baseline - config.raised_min_rise * line.font_size;
  }
}

}  // namespace

void build_lines(Page& page, const LayoutConfig& config) {
  // Words with non-finite geometry (hostile PDFs) are left out of every line: they would
  // break the orderings below.
  std::vector<int> order;
  for (size_t i = 0; i < page.words.size(); ++i) {
    const Word& w = page.words[i];
    if (std::isfinite(w.box.x0) && std::isfinite(w.box.y0) && std::isfinite(w.box.x1) &&
        std::isfinite(w.box.y1) && std::isfinite(w.font_size) && std::isfinite(w.baseline)) {
      order.push_back(static_cast<int>(i));
    }
  }
  auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return word(a).box.y0 < word(b).box.y0;
  });
  std::vector<Line> lines;
  std::vector<size_t> open;  // lines a later word may still join (their bottom is below its top)
  for (int i : order) {
    const Box& box = word(i).box;
    std::erase_if(open, [&](size_t l) { return lines[l].box.y1 < box.y0; });
    size_t best = lines.size();
    double best_overlap = 0;
    for (size_t l : open) {
      const double overlap = vertical_overlap(lines[l].box, box);
      const double smaller = std::min(lines[l].box.height(), box.height());
      if (overlap > best_overlap && overlap >= config.line_min_overlap * smaller) {
        best = l, best_overlap = overlap;
      }
    }
    if (best == lines.size()) {
      lines.emplace_back();
      lines.back().box = box;
      open.push_back(best);
    } else {
      lines[best].box = unite(lines[best].box, box);
    }
    lines[best].words.push_back(i);
  }
  for (Line& line : lines) {
    std::sort(line.words.begin(), line.words.end(),
              [&](int a, int b) { return word(a).box.x0 < word(b).box.x0; });
    set_line_metrics(page, line);
    mark_raised(page, line, config);
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return a.box.y0 != b.box.y0 ? a.box.y0 < b.box.y0 : a.box.x0 < b.box.x0;
  });
  page.lines = std::move(lines);
}

std::string line_text(const Page& page, const Line& line, const LayoutConfig& config) {
  std::string text;
  const Word* previous = nullptr;
  for (int i : line.words) {
    const Word& w = page.words[static_cast<size_t>(i)];
    // A visible gap counts as a space even where the PDF has none (table cells, tab stops).
    if (previous && (previous->space_after || w.box.x0 - previous->box.x1 >= config.space_min_gap * w.font_size)) {
      text += ' ';
    }
    text += w.text;
    previous = &w;
  }
  return text;
}

bool is_body_size(const Line& line, const DocFacts& facts, const LayoutConfig& config) {
  return std::fabs(line.font_size - facts.body_size) <= config.body_size_tolerance * facts.body_size;
}

}  // namespace coi::layout
