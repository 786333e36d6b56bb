// Steps 1 and 2 of the layout stage (see layout.cc): words into lines, lines into reading order,
// and the body font size of the document.
//
// The body size is not simply the size most characters are set in: a note citing heavily or
// made mostly of tables sets more of its characters in its footnotes' size (two points under the
// body) or its tables' (one under), and with the body size taken to be theirs its footnote area
// reads as body text and every footnote is lost. What says "body text" is prose: lines of running
// text across the column (reads_as_prose). Table rows are not (their cells are parted by column
// gaps, or narrow); footnotes are, and may outweigh the paragraphs, but are always smaller than
// them; headings are larger but few. So the body size is the largest size carrying a fair share
// (body_min_prose_share) of the prose's characters.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "pipeline/decimal.h"
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

// Whether char_count(utf8) > 0: some byte opens a character.
bool has_chars(const std::string& utf8) {
  return std::any_of(utf8.begin(), utf8.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; });
}

// Characters per font size, for "the size carrying the most characters" of a line or document.
class SizeTally {
 public:
  // std::lround's value without its library call per word (round_half_away is inline).
  static long key(double size) {
    const double scaled = size * kSizesPerPoint;
    if (!(std::fabs(scaled) < 0x1p52)) return std::lround(scaled);  // huge, or not finite
    return static_cast<long>(round_half_away(scaled));
  }
  void add(double size, const std::string& text) { add(size, char_count(text)); }
  // Counts `n` characters set in `size`.
  void add(double size, size_t n) {
    chars_[key(size)] += n;
    total_ += n;
  }
  size_t total() const { return total_; }
  // The size with the most characters (the smallest of a tie), 0 when none was counted.
  double dominant() const {
    long best = 0;
    size_t most = 0;
    for (const auto& [size, n] : chars_) {
      if (n > most) most = n, best = size;
    }
    return static_cast<double>(best) / kSizesPerPoint;
  }
  // The largest size carrying at least `least` characters, 0 when none does.
  double largest_with(double least) const {
    for (auto it = chars_.rbegin(); it != chars_.rend(); ++it) {
      if (it->second > 0 && static_cast<double>(it->second) >= least) {
        return static_cast<double>(it->first) / kSizesPerPoint;
      }
    }
    return 0;
  }

 private:
  std::map<long, size_t> chars_;
  size_t total_ = 0;
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
  // Most lines are set in one size, which is then the one with the most characters as soon as
  // they have any: their characters are counted only where sizes differ.
  bool one_size = true, any_chars = false, counted = false;
  long only = 0;
  for (int i : line.words) {
    const Word& w = page.words[static_cast<size_t>(i)];
    if (raised_beside(w, *biggest, config)) continue;
    const long key = SizeTally::key(w.font_size);
    one_size = one_size && (!counted || key == only);
    only = key, counted = true;
    any_chars = any_chars || has_chars(w.text);
  }
  if (one_size) {
    line.font_size = any_chars ? static_cast<double>(only) / kSizesPerPoint : 0;
  } else {
    SizeTally sizes;
    for (int i : line.words) {
      const Word& w = page.words[static_cast<size_t>(i)];
      if (!raised_beside(w, *biggest, config)) sizes.add(w.font_size, w.text);
    }
    line.font_size = sizes.dominant();
  }
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

// Whether `line` is set as running text: at least prose_min_width of the page wide, and no
// column gap in it (without_column_gap). A table's row (its cells' words one line, parted by the
// columns' gaps) and a narrow cell's lines are not; a paragraph's and a footnote's full lines
// are, whatever their size.
bool reads_as_prose(const Page& page, const Line& line, const LayoutConfig& config) {
  if (line.words.empty() || line.box.width() < config.prose_min_width * page.width) return false;
  return without_column_gap(page, line, config);
}

void mark_raised(Page& page, const Line& line, const LayoutConfig& config) {
  for (int i : line.words) {
    Word& w = page.words[static_cast<size_t>(i)];
    w.raised = w.font_size <= config.raised_max_size_ratio * line.font_size &&
               w.baseline <= line.baseline - config.raised_min_rise * line.font_size;
  }
}

// Whether two sizes differ by more than overprint_size_step of the larger.
bool sizes_differ(double a, double b, const LayoutConfig& config) {
  return std::fabs(a - b) > config.overprint_size_step * std::max(a, b);
}

// Whether some word of group `a` is printed over some word of group `b`.
bool groups_printed_over(const Page& page, const std::vector<int>& a, const std::vector<int>& b,
                         const LayoutConfig& config) {
  return std::any_of(a.begin(), a.end(), [&](int i) {
    return std::any_of(b.begin(), b.end(), [&](int j) {
      return printed_over(page.words[static_cast<size_t>(i)], page.words[static_cast<size_t>(j)],
                          config);
    });
  });
}

// The words of `level` in groups: by baseline, overprint_baseline_gap (of the larger size) apart,
// or else by size, overprint_size_step apart.
std::vector<std::vector<int>> level_groups(const Page& page, std::vector<int> level,
                                           bool by_baseline, const LayoutConfig& config) {
  auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  auto key = [&](int i) { return by_baseline ? word(i).baseline : word(i).font_size; };
  std::stable_sort(level.begin(), level.end(), [&](int a, int b) { return key(a) < key(b); });
  std::vector<std::vector<int>> groups;
  for (int i : level) {
    const Word& w = word(i);
    const Word* last = groups.empty() ? nullptr : &word(groups.back().back());
    const bool apart =
        last == nullptr ||
        (by_baseline ? w.baseline - last->baseline >
                           config.overprint_baseline_gap * std::max(w.font_size, last->font_size)
                     : sizes_differ(w.font_size, last->font_size, config));
    if (apart) groups.emplace_back();
    groups.back().push_back(i);
  }
  return groups;
}

// Puts each raised word with a group it stands raised beside, the nearest across, not one it is
// printed over where another is beside it ("18" under "Corse" is note 18's number, beside "WHO,");
// false when a raised word stands beside none.
bool attach_raised(const Page& page, const std::vector<int>& raised,
                   std::vector<std::vector<int>>& groups, const LayoutConfig& config) {
  auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  for (int i : raised) {
    size_t best = groups.size();
    double nearest = 0;
    bool best_over = true;
    for (size_t g = 0; g < groups.size(); ++g) {
      for (int j : groups[g]) {
        if (!raised_beside(word(i), word(j), config)) continue;
        const bool over = printed_over(word(i), word(j), config);
        const double across = std::max({0.0, word(j).box.x0 - word(i).box.x1,
                                        word(i).box.x0 - word(j).box.x1});
        if (best == groups.size() || (best_over && !over) ||
            (over == best_over && across < nearest)) {
          best = g, nearest = across, best_over = over;
        }
      }
    }
    if (best == groups.size()) return false;
    groups[best].push_back(i);
  }
  return true;
}

// Of over_an_opening_mark's groups (the words over the number, the rest), the rest's words
// standing on the baseline of the words over the number and not on that of the rest's first
// word move over: the rest of a label printed over a note's number, on its own baseline
// ("d'Azur" after "Provence-Alpes-Côte", 3 pt above note 233's words: seed 1809 p. 96). On one
// baseline, only the words covering the number can be told from the note's.
void take_words_on_its_baseline(const Page& page, std::vector<std::vector<int>>& groups,
                                const LayoutConfig& config) {
  auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  std::vector<int>& over = groups[0];
  std::vector<int>& rest = groups[1];
  const auto first = std::min_element(rest.begin(), rest.end(), [&](int a, int b) {
    return word(a).box.x0 < word(b).box.x0;
  });
  const double label = word(over.front()).baseline, note = word(*first).baseline;
  auto on = [&](const Word& w, double baseline) {
    return std::fabs(w.baseline - baseline) <= config.overprint_baseline_gap * w.font_size;
  };
  std::vector<int> kept;
  for (int i : rest) (on(word(i), label) && !on(word(i), note) ? over : kept).push_back(i);
  rest = std::move(kept);
}

// The words of `level` printed over a raised mark that opens the others (none of them starts
// left of it: a note's number), and the others, each a line of its own; none when no mark is so
// covered. A word covers no mark of its own line, and this holds in one size, where the sizes do
// not part the lines: a TeX row label set below its table in the notes' size, on a note's first
// line ("Corse" over note 18's number and "WHO,", seed 1902 p. 8) or across it ("Mayotte" 7 pt
// above note 55's words, over its number and "OECD,", seed 1905 p. 24).
std::vector<std::vector<int>> over_an_opening_mark(const Page& page, const std::vector<int>& level,
                                                   const std::vector<int>& raised,
                                                   const LayoutConfig& config) {
  auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  for (int mark : raised) {
    std::vector<std::vector<int>> groups(2);
    for (int i : level) groups[printed_over(word(i), word(mark), config) ? 0 : 1].push_back(i);
    const bool opens = std::none_of(groups[1].begin(), groups[1].end(), [&](int i) {
      return word(i).box.x0 < word(mark).box.x0;
    });
    if (groups[0].empty() || groups[1].empty() || !opens) continue;
    take_words_on_its_baseline(page, groups, config);
    if (attach_raised(page, raised, groups, config)) return groups;
  }
  return {};
}

// A line's words as printed over each other, in groups each of which is a line of its own:
//  - on baselines overprint_baseline_gap apart, each group in a size of its own (a TeX table
//    cell running down over the footnote area, "readmission ... were not" at 10.9 pt on the
//    baseline of a note's "The Guardian ..." at 10 pt 4.4 pt lower);
//  - on about one baseline, in sizes of their own whose words cover each other (a cell's
//    "returned under the" at 10.9 pt over note 146's words at 9, seed 1908 p. 63);
//  - else the words covering a raised mark that opens the others, and the others
//    (over_an_opening_mark: row labels in the notes' size, seeds 1902 and 1905).
// Each raised word goes with a group it stands raised beside (attach_raised); a word a smaller
// one stands raised beside is not raised (a note's words under a larger row label). None when
// the line holds no such groups (almost every line: one size on one baseline). One size on two
// baselines is one producer's line (cells of a row centred apart), or a cell run down beside the
// page's footer ("that" over "29 / 45", seed 1815 p. 29: the tables stage reads the footer out
// of it), unless its words cover a note's number.
std::vector<std::vector<int>> overprinted_groups(const Page& page, const Line& line,
                                                 const LayoutConfig& config) {
  auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  double low = word(line.words.front()).baseline, high = low;
  double smallest = word(line.words.front()).font_size, largest = smallest;
  for (int i : line.words) {
    low = std::min(low, word(i).baseline);
    high = std::max(high, word(i).baseline);
    smallest = std::min(smallest, word(i).font_size);
    largest = std::max(largest, word(i).font_size);
  }
  if (high - low <= config.overprint_baseline_gap * smallest &&
      !sizes_differ(smallest, largest, config)) {
    return {};
  }
  // A word with a smaller one raised beside it stands on a baseline of its own, whatever larger
  // word it is printed under: a note's words under a TeX row label 3 pt larger ("Forum" under
  // "Mayotte", note 42's number raised beside it: seed 2118 p. 13) are a line, not superscripts.
  const size_t n = line.words.size();
  std::vector<char> beside(n, 0), raises(n, 0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (a != b && raised_beside(word(line.words[a]), word(line.words[b]), config)) {
        beside[a] = 1, raises[b] = 1;
      }
    }
  }
  std::vector<int> raised, level;
  for (size_t k = 0; k < n; ++k) {
    (beside[k] && !raises[k] ? raised : level).push_back(line.words[k]);
  }
  // A raised mark's baseline stands apart from its line's: the words it stands beside decide.
  std::vector<std::vector<int>> groups = level_groups(page, level, true, config);
  const bool by_baseline = groups.size() >= 2;
  if (!by_baseline) groups = level_groups(page, level, false, config);
  if (groups.size() < 2) return over_an_opening_mark(page, level, raised, config);
  // On baselines apart, every group in a size of its own; on one, groups covering each other.
  bool sizes_apart = by_baseline, covering = false;
  for (size_t a = 0; a < groups.size(); ++a) {
    for (size_t b = a + 1; b < groups.size(); ++b) {
      for (int i : groups[a]) {
        for (int j : groups[b]) {
          sizes_apart = sizes_apart && sizes_differ(word(i).font_size, word(j).font_size, config);
        }
      }
      covering =
          covering || (!by_baseline && groups_printed_over(page, groups[a], groups[b], config));
    }
  }
  if (!covering && !sizes_apart) return over_an_opening_mark(page, level, raised, config);
  if (!attach_raised(page, raised, groups, config)) return {};
  return groups;
}

// The words `order` (sorted by top) in lines: each word joins the open line it overlaps most
// vertically, by at least line_min_overlap of the smaller height, or opens one.
std::vector<Line> join_overlapping(const Page& page, const std::vector<int>& order,
                                   const LayoutConfig& config) {
  auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  std::vector<Line> lines;
  std::vector<size_t> open;  // lines a later word may still join (their bottom is below its top)
  std::vector<size_t> line_of;  // the line each word of `order` joins
  line_of.reserve(order.size());
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
    line_of.push_back(best);
  }
  // Each line's words in the order they joined it, in a list allocated once at its size (grown
  // word by word, a line's list was allocated four or five times).
  std::vector<size_t> word_count(lines.size(), 0);
  for (const size_t l : line_of) ++word_count[l];
  for (size_t l = 0; l < lines.size(); ++l) lines[l].words.reserve(word_count[l]);
  for (size_t k = 0; k < order.size(); ++k) lines[line_of[k]].words.push_back(order[k]);
  return lines;
}

}  // namespace

bool without_column_gap(const Page& page, const Line& line, const LayoutConfig& config,
                        size_t from) {
  for (size_t k = from + 1; k < line.words.size(); ++k) {
    const Box& before = page.words[static_cast<size_t>(line.words[k - 1])].box;
    const Box& after = page.words[static_cast<size_t>(line.words[k])].box;
    if (after.x0 - before.x1 > config.prose_max_gap * line.font_size) return false;
  }
  return true;
}

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
  auto by_top = [&](int a, int b) { return word(a).box.y0 < word(b).box.y0; };
  std::stable_sort(order.begin(), order.end(), by_top);
  std::vector<Line> lines = join_overlapping(page, order, config);
  std::vector<Line> parted;
  parted.reserve(lines.size());
  for (Line& joined : lines) {
    std::vector<std::vector<int>> groups = overprinted_groups(page, joined, config);
    if (groups.empty()) {
      parted.push_back(std::move(joined));
      continue;
    }
    // Each group joined again: lines the parted words alone bridged fall apart (a row label
    // 10.9 pt high across two note lines 8 pt high, 11.6 pt apart, made one line of all three:
    // seed 2118 p. 13).
    for (std::vector<int>& words : groups) {
      std::stable_sort(words.begin(), words.end(), by_top);
      for (Line& line : join_overlapping(page, words, config)) parted.push_back(std::move(line));
    }
  }
  lines = std::move(parted);
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

double measure_body_font_size(const Doc& doc, const LayoutConfig& config) {
  SizeTally all;
  SizeTally prose;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      // Every word of a line counts in the line's size: its characters are tallied once.
      size_t chars = 0;
      for (int i : line.words) chars += char_count(page.words[static_cast<size_t>(i)].text);
      all.add(line.font_size, chars);
      if (reads_as_prose(page, line, config)) prose.add(line.font_size, chars);
    }
  }
  const double body =
      prose.largest_with(config.body_min_prose_share * static_cast<double>(prose.total()));
  return body > 0 ? body : all.dominant();
}

std::string line_text(const Page& page, const Line& line, const LayoutConfig& config) {
  // Allocated once: every line of the note is read so (furniture, contents).
  size_t length = line.words.size();  // a space before each word at most
  for (int i : line.words) length += page.words[static_cast<size_t>(i)].text.size();
  std::string text;
  text.reserve(length);
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

// Words of one line follow each other; a producer's kerning or a mark set tight after its word
// overlaps them by a sliver at most.
bool printed_over(const Word& a, const Word& b, const LayoutConfig& config) {
  const double cover = std::min(a.box.x1, b.box.x1) - std::max(a.box.x0, b.box.x0);
  return cover > 0 && cover >= config.overprint_min_cover * std::min(a.box.width(), b.box.width());
}

bool is_body_size(const Line& line, const Doc& doc, const LayoutConfig& config) {
  return std::fabs(line.font_size - doc.body_font_size) <=
         config.body_size_tolerance * doc.body_font_size;
}

}  // namespace coi::layout
