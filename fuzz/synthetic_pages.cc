#include "fuzz/synthetic_pages.h"

#include <algorithm>
#include <string>
#include <utility>

#include "stages/extract/page_bounds.h"

namespace coi::fuzz {

namespace {

constexpr double kPageWidth = 595, kPageHeight = 842, kMargin = 72, kBodySize = 11;
constexpr double kNoteSize = 8, kColumnRight = kPageWidth - kMargin;

// Places words left to right on lines that move down the page, as a text column does.
class PageWriter {
 public:
  PageWriter(Page& page, ByteReader& in) : page_(page), in_(in) {}

  // One line of `text`'s words from `x`, in `size` points; long lines wrap.
  void line(const std::string& text, double x, double size, bool bold = false) {
    double at = x;
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      const std::string word = text.substr(start, end - start);
      start = end + 1;
      if (word.empty()) continue;
      const double width = 0.5 * size * static_cast<double>(word.size());
      if (at + width > kColumnRight && at > x) newline(size), at = x;
      add(word, at, size, bold, false);
      at += width + 0.25 * size;
    }
    newline(size);
  }

  // A marker ("4.1.1", "•") at `x` and its text from the tab stop at `text_x`, as Word sets them.
  void marked_line(const std::string& marker, const std::string& text, double x, double text_x,
                   double size, bool bold = false) {
    add(marker, x, size, bold, false);
    line(text, text_x, size, bold);
  }

  // A raised footnote mark after the last word placed.
  void mark(int number) {
    if (page_.words.empty()) return;
    const Word& last = page_.words.back();
    const double size = 0.6 * last.font_size;
    Word w = make(std::to_string(number), last.box.x1, last.box.y0 - 0.2 * size, size, false);
    page_.words.push_back(w);
  }

  // A link annotation over the last word placed (external, or internal to another page).
  void link_last(int pages) {
    if (page_.words.empty()) return;
    LinkArea area;
    area.box = page_.words.back().box;
    if (in_.flag()) area.uri = "https://example.org/" + in_.word();
    else area.dest_page = in_.below(pages) + 1, area.dest_y = in_.below(800);
    page_.links.push_back(area);
    page_.words.back().link = static_cast<int>(page_.links.size()) - 1;
  }

  void skip(double points) { y_ += points; }
  void move_to(double y) { y_ = y; }
  double y() const { return y_; }
  void newline(double size) { y_ += 1.25 * size + (in_.below(8) == 0 ? in_.below(20) : 0); }

  void add(const std::string& text, double x, double size, bool bold, bool newline_after) {
    page_.words.push_back(make(text, x, y_, size, bold));
    if (newline_after) newline(size);
  }

 private:
  Word make(const std::string& text, double x, double top, double size, bool bold) {
    Word w;
    w.text = text;
    w.font_size = size;
    w.box = Box{x, top, x + 0.5 * size * static_cast<double>(text.size()), top + size};
    w.baseline = top + 0.8 * size;
    w.bold = bold;
    w.font = font_index(page_.fonts, bold ? "Arial-BoldMT" : "ArialMT");
    w.space_after = true;
    return w;
  }

  Page& page_;
  ByteReader& in_;
  double y_ = kMargin;
};

Page blank_page(int number) {
  Page page;
  page.number = number;
  page.width = kPageWidth;
  page.height = kPageHeight;
  return page;
}

// Paragraph numbers as a note prints them: increasing, "1.1.1", "1.1.2", "1.2.1", "2.1.1"...
class Numbering {
 public:
  std::string heading(ByteReader& in) {
    if (in.flag()) ++section_, sub_ = 0;
    ++sub_, paragraph_ = 0;
    return std::to_string(section_) + "." + std::to_string(sub_);
  }
  std::string paragraph() {
    return std::to_string(section_) + "." + std::to_string(sub_) + "." +
           std::to_string(++paragraph_);
  }

 private:
  int section_ = 1, sub_ = 1, paragraph_ = 0;
};

// The body of a flowing page: headings, numbered and unnumbered paragraphs, bullets, marks.
void write_body(PageWriter& out, ByteReader& in, Numbering& numbers, int pages, int& next_mark,
                double bottom) {
  while (out.y() < bottom && !in.done()) {
    switch (in.below(6)) {
      case 0:
        out.marked_line(numbers.heading(in), in.phrase(4), kMargin, kMargin + 36, 14, true);
        break;
      case 1:
        out.marked_line("•", in.phrase(12), kMargin + 18, kMargin + 36, kBodySize);
        break;
      case 2:
        out.line(in.phrase(30), kMargin + (in.flag() ? 36 : 0), kBodySize);
        break;
      default:
        out.marked_line(numbers.paragraph(), in.phrase(40), kMargin, kMargin + 36, kBodySize);
        break;
    }
    if (in.flag()) out.mark(next_mark++);
    if (in.below(4) == 0) out.link_last(pages);
    out.skip(in.below(12));
  }
}

// The footnote area below the body: a short rule, then notes in small type opening with raised
// numbers, as many as fit above the footer.
void write_footnotes(Page& page, PageWriter& out, ByteReader& in, int first, int last) {
  if (first > last) return;
  const double top = out.y() + 8 + in.below(40);
  page.rules.push_back(Rule{Box{kMargin, top, kMargin + 144, top + 0.5}, in.flag()});
  out.move_to(top + 4);
  for (int n = first; n <= last && out.y() < kPageHeight - 60; ++n) {
    const double size = in.below(5) == 0 ? kBodySize : kNoteSize;
    out.add(std::to_string(n), kMargin, 0.6 * size, false, false);  // raised: smaller, same top
    out.line(in.phrase(16), kMargin + 8, size);
    if (in.flag()) out.link_last(1);
  }
}

void write_footer(PageWriter& out, int number, int pages) {
  out.move_to(kPageHeight - 40);
  out.line("Page " + std::to_string(number) + " of " + std::to_string(pages), 260, 9);
}

// A grid of `rows` x `cols` cells at the writer's position; ruled ones draw their borders
// (some inner ones left out: spanning cells).
void write_grid(Page& page, PageWriter& out, ByteReader& in, bool ruled, int rows, int cols,
                const std::string& header) {
  std::vector<double> xs{kMargin};
  for (int c = 0; c < cols; ++c) xs.push_back(xs.back() + 40 + in.below(120));
  const double right = std::min(xs.back(), kColumnRight);
  const double top = out.y();
  std::vector<double> ys{top};
  for (int r = 0; r < rows; ++r) {
    const std::string row_text = r == 0 && !header.empty() ? header : "";
    for (int c = 0; c < cols; ++c) {
      out.move_to(ys.back() + 3);
      const std::string text = row_text.empty() ? in.phrase(3) : row_text;
      out.line(text, std::min(xs[static_cast<size_t>(c)] + 3, right - 10), kBodySize, r == 0);
    }
    ys.push_back(ys.back() + 18 + in.below(3) * 14);
  }
  out.move_to(ys.back() + 12);
  if (!ruled) return;
  for (size_t r = 0; r < ys.size(); ++r) {
    if (r > 0 && r + 1 < ys.size() && in.below(6) == 0) continue;
    page.rules.push_back(Rule{Box{kMargin, ys[r], right, ys[r] + 0.5}, in.flag()});
  }
  for (size_t c = 0; c < xs.size(); ++c) {
    const double x = std::min(xs[c], right);
    if (c > 0 && c + 1 < xs.size() && in.below(6) == 0) continue;
    page.rules.push_back(Rule{Box{x, top, x + 0.5, ys.back()}, in.flag()});
  }
}

// A document of one to `max_pages` pages, each filled by `write(page, number, pages)` and then
// held to extract's contract.
template <typename WritePage>
Doc synthetic_doc(ByteReader& in, int max_pages, WritePage write) {
  Doc doc;
  doc.source_name = "fuzz.pdf";
  const int pages = in.below(max_pages) + 1;
  for (int p = 1; p <= pages; ++p) {
    Page page = blank_page(p);
    write(page, p, pages);
    extract::keep_inside_page(page);
    doc.pages.push_back(std::move(page));
  }
  doc.info.page_count = pages;
  return doc;
}

}  // namespace

Doc scattered_pages(ByteReader& in) {
  return synthetic_doc(in, 4, [&](Page& page, int, int pages) {
    for (int links = in.below(3); links > 0; --links) {
      LinkArea area;
      area.box = Box{double(in.below(595)), double(in.below(842)), 0, 0};
      area.box.x1 = area.box.x0 + in.below(200);
      area.box.y1 = area.box.y0 + in.below(20);
      if (in.flag()) area.uri = "https://example.org/" + std::to_string(in.below(50));
      else area.dest_page = in.below(pages + 2), area.dest_y = in.below(842);
      page.links.push_back(area);
    }
    for (int words = in.below(120); words > 0 && !in.done(); --words) {
      Word w;
      w.text = in.word();
      w.font_size = 6 + in.below(12);
      const double x = in.below(560), top = in.below(820);
      w.box = Box{x, top, x + 0.5 * w.font_size * double(w.text.size()), top + w.font_size};
      w.baseline = top + 0.8 * w.font_size;
      w.bold = in.flag();
      w.space_after = in.flag();
      w.link = in.below(static_cast<int>(page.links.size()) + 1) - 1;
      w.font = font_index(page.fonts, w.bold ? "LiberationSans-Bold" : "LiberationSans");
      page.words.push_back(w);
    }
    for (int rules = in.below(30); rules > 0; --rules) {
      const double x = in.below(560), y = in.below(820);
      const bool horizontal = in.flag();
      const double length = in.below(500);
      page.rules.push_back(Rule{horizontal ? Box{x, y, x + length, y + 0.5}
                                           : Box{x, y, x + 0.5, y + length},
                                in.flag()});
    }
  });
}

Doc flowing_pages(ByteReader& in) {
  int next_mark = 1;
  Numbering numbers;
  return synthetic_doc(in, 4, [&](Page& page, int number, int pages) {
    PageWriter out(page, in);
    const int first_mark = next_mark;
    write_body(out, in, numbers, pages, next_mark, 480 + in.below(160));
    write_footnotes(page, out, in, first_mark, next_mark - 1 + in.below(2) - in.below(2));
    write_footer(out, number, pages);
  });
}

Doc table_pages(ByteReader& in) {
  int next_mark = 1;
  Numbering numbers;
  std::string header;  // a table left open at the bottom of the previous page
  return synthetic_doc(in, 3, [&](Page& page, int number, int pages) {
    PageWriter out(page, in);
    for (int tables = in.below(3) + 1; tables > 0 && out.y() < 600 && !in.done(); --tables) {
      write_body(out, in, numbers, pages, next_mark, out.y() + in.below(150));
      const bool ruled = in.flag();
      const int cols = in.below(5) + 2, rows = in.below(8) + 2;
      if (header.empty()) header = in.phrase(2);
      write_grid(page, out, in, ruled, rows, cols, header);
      if (!in.flag()) header.clear();  // kept: the next page opens with the same header row
    }
    write_footer(out, number, pages);
  });
}

}  // namespace coi::fuzz
