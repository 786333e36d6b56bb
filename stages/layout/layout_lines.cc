// Steps 1 and 2 of the layout stage (see layout.cc): words into lines, lines into reading order,
// and the body font size of the document.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "stages/layout/layout_parts.h"

namespace coi::layout {

namespace {

// Font sizes are told apart to 1/100 pt: a PDF's text matrices blur a size in its last digits
// (11.9999 for 12), and no two sizes a document means to differ are that close.
constexpr double kSizesPerPoint = 100;

size_t char_count(const std::string& utf8) {
  size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

// Characters per font size, for "the size carrying the most characters" of a line or document.
class SizeTally {
 public:
  static long key(double size) { return std::lround(size * kSizesPerPoint); }
  void add(double size, const std::string& text) { chars_[key(size)] += char_count(text); }
  // The size with the most characters (the smallest of a tie), 0 when none was counted.
  double dominant() const {
    long best = 0;
    size_t most = 0;
    for (const auto& [size, n] : chars_) {
      if (n > most) most = n, best = size;
    }
    return static_cast<double>(best) / kSizesPerPoint;
  }

 private:
  std::map<long, size_t> chars_;
};

double vertical_overlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

// Whether `w` is a superscript beside `big`: smaller and standing above its baseline.
bool raised_beside(const Word& w, const Word& big, const LayoutConfig& config) {
  return w.font_size <= config.raised_max_size_ratio * big.font_size &&
         w.baseline <= big.baseline - config.raised_min_rise * big.font_size;
}

// Dominant size and baseline of a line: those of the size with the most characters, superscripts
// left out. Counted with them, a short last line ("25)" + mark "227") could take the mark's size
// as its own, and the mark would then not read as raised.
void set_line_metrics(const Page& page, Line& line, const LayoutConfig& config) {
  const Word* biggest = nullptr;
  for (int i : line.words) {
    const Word& w = page.words[static_cast<size_t>(i)];
    if (biggest == nullptr || w.font_size > biggest->font_size) biggest = &w;
  }
  if (biggest == nullptr) return;
  SizeTally sizes;
  for (int i : line.words) {
    const Word& w = page.words[static_cast<size_t>(i)];
    if (!raised_beside(w, *biggest, config)) sizes.add(w.font_size, w.text);
  }
  line.font_size = sizes.dominant();
  const long size = SizeTally::key(line.font_size);
  size_t longest = 0;
  for (int i : line.words) {
    const Word& w = page.words[static_cast<size_t>(i)];
    if (SizeTally::key(w.font_size) == size && w.text.size() >= longest) {
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
    set_line_metrics(page, line, config);
    mark_raised(page, line, config);
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return a.box.y0 != b.box.y0 ? a.box.y0 < b.box.y0 : a.box.x0 < b.box.x0;
  });
  page.lines = std::move(lines);
}

double measure_body_font_size(const Doc& doc) {
  SizeTally sizes;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      for (int i : line.words) sizes.add(line.font_size, page.words[static_cast<size_t>(i)].text);
    }
  }
  return sizes.dominant();
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

bool is_body_size(const Line& line, const Doc& doc, const LayoutConfig& config) {
  return std::fabs(line.font_size - doc.body_font_size) <=
         config.body_size_tolerance * doc.body_font_size;
}

}  // namespace coi::layout
