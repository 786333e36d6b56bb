// A small builder for hand-made documents, so that most stage tests need no PDF:
//
//   DocBuilder b;
//   b.page().line("4.1.1 France is a party to ...", 72, 100).line("Page 12 of 100", 260, 800, 9);
//   Doc doc = b.build();
//
// Words are laid out left to right with a fixed advance per character (0.5 em), which is all the
// layout heuristics need: positions, sizes and fonts.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/model.h"

namespace coi::testing {

struct WordStyle {
  double size = 12;
  bool bold = false;
  bool italic = false;
  bool raised = false;  ///< a superscript (footnote mark)
  std::string font = "LiberationSans";
};

/// Table text as the table tests set it: 10 pt, bold for header cells.
inline WordStyle cell_style(bool bold) {
  WordStyle s;
  s.size = 10;
  s.bold = bold;
  return s;
}

class PageBuilder {
 public:
  PageBuilder(int number, double width, double height) {
    page_.number = number;
    page_.width = width;
    page_.height = height;
  }
  /// Adds one word whose top-left corner is at (x, top); returns the x after it.
  double word(const std::string& text, double x, double top, const WordStyle& style = {}) {
    Word w;
    w.text = text;
    const double advance = 0.5 * style.size * static_cast<double>(count_chars(text));
    w.box = Box{x, top, x + advance, top + style.size};
    w.baseline = top + 0.8 * style.size;
    w.font_size = style.size;
    w.font = font_index(page_.fonts, style.bold ? style.font + "-Bold" : style.font);
    w.bold = style.bold;
    w.italic = style.italic;
    w.raised = style.raised;
    w.space_after = true;
    page_.words.push_back(w);
    return x + advance;
  }
  /// Adds `a` at x and `b` at bx on one line as ONE word, with its characters' left edges
  /// (Page::char_x), as Poppler reads two cells' text when the first overflows up to or over the
  /// second ("Disproportionately" + "Unaccompanied"). Returns the word's index.
  int glued(const std::string& a, double x, const std::string& b, double bx, double top,
            const WordStyle& style = {}) {
    const int index = static_cast<int>(page_.words.size());
    word(a + b, x, top, style);
    Word& w = page_.words.back();
    w.first_char = static_cast<int>(page_.char_x.size());
    const double advance = 0.5 * style.size;
    for (size_t i = 0; i < count_chars(a); ++i) page_.char_x.push_back(static_cast<float>(x + advance * i));
    for (size_t i = 0; i < count_chars(b); ++i) page_.char_x.push_back(static_cast<float>(bx + advance * i));
    w.box.x1 = bx + advance * static_cast<double>(count_chars(b));
    return index;
  }
  /// Adds the space-separated words of `text` on one line starting at (x, top).
  PageBuilder& line(const std::string& text, double x, double top, const WordStyle& style = {}) {
    Line recorded;
    recorded.font_size = style.size;
    recorded.baseline = top + 0.8 * style.size;
    const size_t first_word = page_.words.size();
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) x = word(text.substr(start, end - start), x, top, style) + 0.25 * style.size;
      start = end + 1;
    }
    if (!page_.words.empty()) page_.words.back().space_after = false;
    for (size_t i = first_word; i < page_.words.size(); ++i) {
      recorded.words.push_back(static_cast<int>(i));
      recorded.box = i == first_word ? page_.words[i].box : unite(recorded.box, page_.words[i].box);
    }
    if (recorded.words.empty()) return *this;
    // A second call at the same top continues the line (a number, a tab, then its text).
    if (!lines_.empty() && lines_.back().baseline == recorded.baseline) {
      Line& last = lines_.back();
      last.words.insert(last.words.end(), recorded.words.begin(), recorded.words.end());
      last.box = unite(last.box, recorded.box);
    } else {
      lines_.push_back(recorded);
    }
    return *this;
  }
  /// Sets the role of the line added last (for build_with_lines).
  PageBuilder& role(LineRole role) {
    if (!lines_.empty()) lines_.back().role = role;
    return *this;
  }
  /// An internal link annotation over `box` to (dest_page, dest_y).
  PageBuilder& internal_link(const Box& box, int dest_page, double dest_y) {
    LinkArea area;
    area.box = box;
    area.dest_page = dest_page;
    area.dest_y = dest_y;
    page_.links.push_back(area);
    return *this;
  }
  /// A placed image.
  PageBuilder& image(const Box& box) {
    page_.images.push_back(box);
    return *this;
  }
  /// The lines recorded by line(), as the layout stage would give them (role kBody unless set).
  const std::vector<Line>& lines() const { return lines_; }
  PageBuilder& line(const std::string& text, double x, double top, double size) {
    WordStyle style;
    style.size = size;
    return line(text, x, top, style);
  }
  /// Adds a superscript mark (a footnote number) for a line of `line_size` text whose top is at
  /// `line_top`: 0.6 of the size, its top level with the line's, so its baseline sits higher.
  /// Returns the x after it.
  double raised(const std::string& text, double x, double line_top, double line_size = 12) {
    WordStyle style;
    style.size = 0.6 * line_size;
    const double after = word(text, x, line_top, style);
    page_.words.back().space_after = false;
    return after;
  }
  /// A horizontal or vertical rule (stroked line) from (x0, y0) to (x1, y1).
  PageBuilder& rule(double x0, double y0, double x1, double y1) {
    page_.rules.push_back(Rule{Box{x0, y0, x1, y1}, false});
    return *this;
  }
  /// An external link annotation over `box`.
  PageBuilder& link(const Box& box, const std::string& uri) {
    LinkArea area;
    area.box = box;
    area.uri = uri;
    page_.links.push_back(area);
    return *this;
  }
  /// Groups the words into Lines as the layout stage would (words with the same top are one
  /// line; lines top to bottom), each kBody, or kFootnote from `footnote_top` down (which also
  /// sets Page::footnote_top when >= 0). Call once, after adding every word.
  PageBuilder& make_lines(double footnote_top = -1) {
    page_.footnote_top = footnote_top;
    page_.lines.clear();
    std::vector<int> order(page_.words.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      const Box &x = page_.words[a].box, &y = page_.words[b].box;
      return x.y0 != y.y0 ? x.y0 < y.y0 : x.x0 < y.x0;
    });
    for (int w : order) {
      const Word& word = page_.words[w];
      if (page_.lines.empty() || page_.lines.back().box.y0 != word.box.y0) {
        Line line;
        line.box = word.box;
        line.baseline = word.baseline;
        line.font_size = word.font_size;
        line.role = footnote_top >= 0 && word.box.y0 >= footnote_top ? LineRole::kFootnote
                                                                      : LineRole::kBody;
        page_.lines.push_back(line);
      }
      page_.lines.back().words.push_back(w);
      page_.lines.back().box = unite(page_.lines.back().box, word.box);
    }
    return *this;
  }
  /// Adds `text` as words and as one Line of `role` (for stages that run after layout).
  PageBuilder& role_line(const std::string& text, double x, double top, LineRole role,
                         const WordStyle& style = {}) {
    const size_t first = page_.words.size();
    line(text, x, top, style);
    Line l;
    for (size_t i = first; i < page_.words.size(); ++i) {
      l.words.push_back(static_cast<int>(i));
      l.box = i == first ? page_.words[i].box : unite(l.box, page_.words[i].box);
    }
    l.baseline = top + 0.8 * style.size;
    l.font_size = style.size;
    l.role = role;
    page_.lines.push_back(l);
    return *this;
  }
  /// Marks the last word added as raised (a superscript).
  PageBuilder& raise_last() {
    page_.words.back().raised = true;
    return *this;
  }
  Page& page() { return page_; }

 private:
  static size_t count_chars(const std::string& utf8) {
    size_t n = 0;
    for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
    return n;
  }
  Page page_;
  std::vector<Line> lines_;
};

class DocBuilder {
 public:
  /// Starts a new A4 page (595 x 842 pt) and returns its builder.
  PageBuilder& page(double width = 595.0, double height = 842.0) {
    pages_.emplace_back(static_cast<int>(pages_.size()) + 1, width, height);
    return pages_.back();
  }
  /// Sets Doc::body_font_size, which the layout stage measures; 12 pt (the default word size)
  /// unless set.
  DocBuilder& body_font_size(double size) {
    body_font_size_ = size;
    return *this;
  }
  Doc build() const {
    Doc doc;
    doc.source_name = "built.pdf";
    doc.body_font_size = body_font_size_;
    for (const PageBuilder& p : pages_) doc.pages.push_back(const_cast<PageBuilder&>(p).page());
    doc.info.page_count = static_cast<int>(doc.pages.size());
    return doc;
  }
  /// As build(), plus what the layout stage adds: each line() call becomes a Line in order, and
  /// each word under a link annotation points to it.
  Doc build_with_lines() const {
    Doc doc = build();
    for (size_t p = 0; p < pages_.size(); ++p) {
      Page& page = doc.pages[p];
      page.lines = pages_[p].lines();
      for (Word& w : page.words) {
        const double cx = 0.5 * (w.box.x0 + w.box.x1), cy = 0.5 * (w.box.y0 + w.box.y1);
        for (size_t k = 0; k < page.links.size(); ++k) {
          const Box& b = page.links[k].box;
          if (cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1) w.link = static_cast<int>(k);
        }
      }
    }
    return doc;
  }

 private:
  std::vector<PageBuilder> pages_;
  double body_font_size_ = 12;
};

/// A page of one body line per entry (words separated by spaces), top to bottom, as the layout
/// stage gives them: running text for the vocabulary and hyphenation tests.
inline Doc body_lines_note(const std::vector<std::string>& lines) {
  DocBuilder b;
  auto& p = b.page();
  double top = 100;
  for (const std::string& line : lines) {
    p.role_line(line, 72, top, LineRole::kBody);
    top += 14;
  }
  return b.build();
}

}  // namespace coi::testing
