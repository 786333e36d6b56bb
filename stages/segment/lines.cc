// The flow of the segment stage: which lines it reads, what it measures about them.
//
// Step 1: the body size is the font size carrying the most characters of kBody lines; the line
//         pitch is a low percentile (the closest common distance) of the baseline distances
//         between consecutive body-size lines of a page, since paragraph spacing only adds to it;
//         the text column's right edge and left margin are high/low percentiles of line
//         ends (percentiles, not extremes, so an overflowing URL does not move the column).
// Step 2: the flow is every kBody and kBackToContents line in reading order, plus bold
//         part-size lines the layout stage left in the contents list (its "Contents" title).
// Step 3: a line is `interrupted` when a page break, a table's lines or a placed image lie
//         between it and the line before: the vertical gap then says nothing about paragraphs.
//         `after_block` tells a table or image from a mere page break, and `ends_sentence`
//         records whether the line's last word (footnote marks aside) ends in . : ! ? or an
//         ellipsis, closing quotes and brackets aside: Word puts a table between paragraphs,
//         so text after one continues the paragraph before only where that visibly went on.
// Step 4: each line's opening: a paragraph number ("4.1.1"), a bullet ("•") or an ordered
//         marker ("ii.") counts only when a tab-sized gap (marker_gap) follows it, so a line
//         that merely begins with "2." inside a sentence is not a new item.
// Step 5: a paragraph number followed by less than that gap still opens a numbered paragraph
//         when Word's tab merely had little room left after a long number: its text starts at
//         the tab stop the note's other numbered paragraphs use (the commonest text_x of step
//         4's numbers, within indent_tolerance), its number sits where theirs do, and it is the
//         next number after the last numbered paragraph (4.1.9 -> 4.1.10, 4.2.1 or 5.1.1). A
//         number that a sentence wraps to the start of a line meets all three only by chance.
//
//   4.1.1 ⇥ France is a signatory to the 1951 UN   -> start {kNumber "4.1.1", text_x 121}
//           Refugee Convention ...                 -> no start
//   4.1.10⇥ The CAES are temporary ...              -> gap 3.9 pt, text at 121: step 5 numbers it
#include <algorithm>
#include <cmath>
#include <map>

#include "stages/segment/segment_internal.h"

namespace coi::segment {

namespace {

double round_to(double v, double step) { return std::round(v / step) * step; }

template <typename T>
T mode_of(const std::map<T, double>& weights, T fallback) {
  T best = fallback;
  double best_weight = 0;
  for (const auto& [value, weight] : weights) {
    if (weight > best_weight) best = value, best_weight = weight;
  }
  return best;
}

double percentile(std::vector<double> values, double fraction, double fallback) {
  if (values.empty()) return fallback;
  const size_t k = static_cast<size_t>(std::lround(fraction * static_cast<double>(values.size() - 1)));
  std::nth_element(values.begin(), values.begin() + static_cast<long>(k), values.end());
  return values[k];
}

size_t char_count(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

Metrics measure(const Doc& doc) {
  Metrics m;
  std::map<double, double> sizes;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kBody) continue;
      for (int w : line.words) sizes[round_to(line.font_size, 0.5)] += char_count(page.words[w].text);
    }
  }
  m.body_size = mode_of(sizes, 12.0);
  std::vector<double> pitches, rights, lefts;
  for (const Page& page : doc.pages) {
    const Line* previous = nullptr;
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kBody || std::abs(line.font_size - m.body_size) > 0.5) {
        previous = nullptr;
        continue;
      }
      rights.push_back(line.box.x1);
      lefts.push_back(line.box.x0);
      if (previous) {
        const double delta = line.baseline - previous->baseline;
        if (delta > 0.8 * m.body_size && delta < 2.5 * m.body_size) pitches.push_back(delta);
      }
      previous = &line;
    }
  }
  // Lines inside a paragraph are the closest common distance; paragraph breaks only add to it.
  m.pitch = percentile(pitches, 0.1, 1.2 * m.body_size);
  m.right = percentile(rights, 0.98, doc.pages.empty() ? 0 : doc.pages[0].width);
  m.margin = percentile(lefts, 0.02, 0);
  return m;
}

bool is_bullet(const std::string& word, const SegmentConfig& config) {
  return std::find(config.bullets.begin(), config.bullets.end(), word) != config.bullets.end();
}

// What the line's first word would open (a number, a bullet, an ordered marker), gap aside.
LineStart read_opening(const Page& page, const SegLine& line, const SegmentConfig& config) {
  LineStart start;
  if (line.words.size() < 2) return start;
  const Word& first = page.words[line.words[0]];
  const std::string text = normalize_text(first.text);
  std::vector<std::string> groups;
  if (config.paragraph_number.full_match(text, groups)) {
    start.kind = LineStart::Kind::kNumber;
    start.number = groups.empty() ? text : groups[0];
  } else if (is_bullet(text, config)) {
    start.kind = LineStart::Kind::kBullet;
  } else if (config.ordered_marker.full_match(text)) {
    start.kind = LineStart::Kind::kOrdered;
  } else {
    return start;
  }
  start.marker_x = first.box.x0;
  start.text_x = page.words[line.words[1]].box.x0;
  return start;
}

LineStart detect_start(const Page& page, const SegLine& line, const SegmentConfig& config) {
  LineStart start = read_opening(page, line, config);
  if (start.kind == LineStart::Kind::kNone) return start;
  const Word& first = page.words[line.words[0]];
  if (start.text_x - first.box.x1 < config.marker_gap * first.font_size) return LineStart{};
  return start;
}

// "10.1.9" -> {10, 1, 9}.
std::vector<int> number_parts(const std::string& number) {
  std::vector<int> parts{0};
  for (char c : number) {
    if (c == '.') parts.push_back(0);
    else parts.back() = parts.back() * 10 + (c - '0');
  }
  return parts;
}

// True when `next` is the number after `previous` at some depth: 4.1.9 -> 4.1.10, 4.2.1, 5.1.1.
bool follows(const std::string& previous, const std::string& next) {
  const std::vector<int> a = number_parts(previous), b = number_parts(next);
  if (a.size() != b.size()) return false;
  for (size_t depth = 0; depth < a.size(); ++depth) {
    bool match = b[depth] == a[depth] + 1;
    for (size_t k = 0; k < depth && match; ++k) match = b[k] == a[k];
    for (size_t k = depth + 1; k < b.size() && match; ++k) match = b[k] == 1;
    if (match) return true;
  }
  return false;
}

// Step 5 (see the file comment): numbers whose tab had little room left.
void rescue_tight_numbers(const Doc& doc, std::vector<SegLine>& lines,
                          const SegmentConfig& config) {
  std::map<double, double> stops, markers;
  for (const SegLine& line : lines) {
    if (line.start.kind != LineStart::Kind::kNumber) continue;
    stops[round_to(line.start.text_x, 1)] += 1;
    markers[round_to(line.start.marker_x, 1)] += 1;
  }
  if (stops.empty()) return;
  const double stop = mode_of(stops, 0.0), marker = mode_of(markers, 0.0);
  std::string last;
  for (SegLine& line : lines) {
    if (line.start.kind == LineStart::Kind::kNumber) last = line.start.number;
    if (line.start.kind != LineStart::Kind::kNone || last.empty()) continue;
    const LineStart candidate = read_opening(doc.pages[line.page - 1], line, config);
    const double tolerance = config.indent_tolerance * line.size;
    if (candidate.kind == LineStart::Kind::kNumber && follows(last, candidate.number) &&
        std::abs(candidate.text_x - stop) <= tolerance &&
        std::abs(candidate.marker_x - marker) <= tolerance) {
      line.start = candidate;
      last = candidate.number;
    }
  }
}

// True when `word` ends a sentence or announces what follows ("below:"); closing quotes and
// brackets after the punctuation do not count ("...it.'", "(see below.)").
bool ends_sentence(std::string word) {
  static const std::vector<std::string> kClosers = {"\u2019", "\u201D", "'", "\"", ")", "]"};
  static const std::vector<std::string> kEnders = {".", ":", "!", "?", "\u2026"};
  auto strip = [&word](const std::vector<std::string>& endings) {
    for (const std::string& e : endings) {
      if (word.size() >= e.size() && word.compare(word.size() - e.size(), e.size(), e) == 0) {
        word.resize(word.size() - e.size());
        return true;
      }
    }
    return false;
  };
  while (strip(kClosers)) {
  }
  return strip(kEnders);
}

SegLine make_line(const Page& page, const Line& line) {
  SegLine s;
  s.page = page.number;
  s.role = line.role;
  s.words = line.words;
  s.box = line.box;
  s.baseline = line.baseline;
  s.size = line.font_size;
  bool any = false, all_bold = true;
  for (int w : line.words) {
    const Word& word = page.words[w];
    if (!s.text.empty()) s.text += ' ';
    s.text += normalize_text(word.text);
    if (word.raised) continue;
    any = true;
    all_bold = all_bold && word.bold;
    s.ends_sentence = ends_sentence(normalize_text(word.text));
  }
  s.bold = any && all_bold;
  s.first_width = page.words[line.words[0]].box.width();
  return s;
}

// True when something printed (an image) sits between y0 and y1 on `page`.
bool image_between(const Page& page, double y0, double y1) {
  return std::any_of(page.images.begin(), page.images.end(), [&](const Box& image) {
    const double mid = 0.5 * (image.y0 + image.y1);
    return mid > y0 && mid < y1;
  });
}

}  // namespace

std::vector<SegLine> collect_lines(const Doc& doc, const SegmentConfig& config, Metrics& metrics) {
  metrics = measure(doc);
  std::vector<SegLine> out;
  for (const Page& page : doc.pages) {
    bool table_seen = false;
    bool first_on_page = true;
    for (const Line& line : page.lines) {
      if (line.words.empty()) continue;
      if (line.role == LineRole::kTable) table_seen = true;
      const bool title_in_contents =
          line.role == LineRole::kContents &&
          line.font_size >= config.part_size_ratio * metrics.body_size;
      if (line.role != LineRole::kBody && line.role != LineRole::kBackToContents &&
          !title_in_contents) {
        continue;
      }
      SegLine s = make_line(page, line);
      if (title_in_contents && !s.bold) continue;
      if (title_in_contents) s.role = LineRole::kBody;
      s.after_block = table_seen || (!first_on_page && !out.empty() &&
                                     image_between(page, out.back().box.y1, s.box.y0));
      s.interrupted = first_on_page || s.after_block;
      s.start = detect_start(page, s, config);
      out.push_back(std::move(s));
      table_seen = false;
      first_on_page = false;
    }
  }
  rescue_tight_numbers(doc, out, config);
  return out;
}

double fit_width(const SegLine& next, const SegmentConfig& config) {
  return next.first_width + (0.25 + config.fit_slack) * next.size;
}

std::string slugify(const std::string& text) {
  std::string slug;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      slug += static_cast<char>(std::tolower(c));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "x" : slug;
}

}  // namespace coi::segment
