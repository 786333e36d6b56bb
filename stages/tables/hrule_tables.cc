// Tables ruled with horizontal lines only. Word's plain and simple table styles, many house
// templates and LaTeX's booktabs draw a rule above and below the table, a rule under the header
// (often thinner) and sometimes one between rows, but no vertical line and no shading: the rules
// give the table's top, bottom and width, the text has to give its columns and rows. Borderless
// tables (aligned_tables.h) are the same problem without the rules; here the rules are the
// evidence that lets two columns and multi-line cells count.
//
// Step 1: the page's horizontal rules ([rules] lines, joined where drawn per cell: rule_segments.h)
//         outside grid tables, top to bottom. Rules whose left and right ends agree within
//         `extent_tolerance` form a stack: they could rule one table.
// Step 2: columns of a set of printed lines (words of body lines clustered by baseline): the
//         x-intervals covered by words, merged where less than `column_gap` font-size units
//         apart (raised footnote marks left out: they reach into the padding). A gap is a
//         column border only when no word of any line crosses it, so prose between two rules
//         gives one column and is never a table. Where a long word overflows its narrow cell
//         (LaTeX's p columns print it past the border) and closes the gap, the columns still
//         split at an x where every line with text right of it starts a word (within
//         `aligned_tolerance`), at least two of them after a gap of `column_gap` (or, where no
//         word crosses x, `narrow_gap_min_lines` after a gap of `narrow_column_gap`: a column
//         too narrow for every one of its cells). A word Poppler glued to the next cell's
//         ("DisproportionatelyUnaccompanied") starts one at x when one of its characters does
//         (Page::char_x); such words are cut there (word_cuts.h) and the page read again.
// Step 3: regions. Down a stack, the bands between consecutive rules join one region while
//         their lines together still give at least two columns and no fewer than before (a
//         paragraph or another table's text below the bottom rule loses columns). A table that a
//         page break cuts is closed by a rule on one side only (LibreOffice draws the top rule on
//         the first row, the bottom rule on the last): the first or last rule of a stack opens
//         onto the page's edge when every body line between them lies within its width and keeps
//         the columns, with at least `open_min_columns` of them (a heading's rule over numbered
//         paragraphs gives two).
// Step 4: rows. Each cell's lines start on the row's first line (text is top-aligned), so a
//         printed line starts a new row when a rule lies above it, when it has text in a column
//         that was empty on the line above, or when the first word of one of its columns would
//         have fitted at the end of that column on the line above (a producer wraps only a word
//         that does not fit, so a fit must leave `wrap_slack` to spare; a line ending in a
//         hyphen was wrapped). Where rules separate the rows (two or more across the table),
//         each band between rules is one row and the text is not asked. A column's right edge is
//         the next column's start less twice the padding seen between the rule's left end and
//         the first column, or the rule's right end less that padding.
// Step 4b: LaTeX's \multirow centres a spanning cell's text over its rows: a line nearer than
//         `centred_max_pitch` of the usual line distance to the line on one side and within
//         twice that of the other (a rule's spacing widens one side), with text only where both
//         are empty, spans the rows on both sides (and as many more above as below while those
//         stay empty there and no other such label holds them). The line under it starts a row
//         when it has text in every column of the line above it, none opening in lower case.
//         Text centred on one row's line cannot be told from a cell with empty cells above and
//         below, and stays in that row. A footnote mark raised over its row stays on its row's
//         line, not on a label's centred between rows.
// Step 4c: a cell set top-aligned over the rows it spans (Word, LibreOffice, CSS) prints its
//         text on its first row and leaves the rows below blank where no rule can say so: a
//         row whose leading cells are blank while a cell right of them has text continues the
//         cell above each blank (a label grouping the rows under it, as a printed pandas index
//         leaves repeats blank), unless a rule crosses that column between the two rows or the
//         two rows differ in weight (a plain body row under a bold header row). A leading cell
//         whose text opens with a lower-case letter is the rest of the label above, too long for
//         its first row ("Ye" / "ar" in a narrow column), and continues it alike. A blank in the
//         middle or at the end of a row is an empty cell. In a column where step 4b saw a label
//         centred between rows, the producer centres its labels (\multirow): a label on one row's
//         line first takes as many blanks above it as below, and the blanks left then continue
//         the label above them. With `leading_blank_spans` off, every blank is an empty cell.
// Step 4d: a \multirow label over rows that a page break cuts is centred over all of them, so
//         LaTeX prints it below the page's bottom rule (longtable breaks rows, not labels). The
//         page's last body line, alone below a table's bottom rule within its width and within
//         `escaped_label_max_drop` font sizes of it, is the last row's text when that row is blank
//         in its columns; the rows of the next page then continue it (cut_rows.h).
// Step 5: the fragment: column borders one padding left of each column's leftmost word, row
//         borders on the rules or halfway between rows. Fewer than `min_rows` rows, or a first column of
//         paragraph numbers ("4.1.1"), is no table. Rows above the first rule that spans the
//         table are its header by the rule when some row below is not ruled off (booktabs'
//         \midrule; a style ruling every row says nothing of the header), else bold decides
//         (cell_text.h).
//
//   ────────────────────────────────────     top rule
//   Year    Claims     Outcome               header: above the first full inner rule
//   ────────────────────────────────────
//   2021    68,403     Most were refused     "after" fits on the line above: no, so this
//                      after appeal          line continues row 1
//   2022    67,142     Granted               "2022" in a column empty above: a new row
//           70,310     Pending               leading blank: "2022" spans rows 3 and 4
//   ────────────────────────────────────     bottom rule
#include "stages/tables/hrule_tables.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

#include <unicode/uchar.h>

#include "pipeline/utf8.h"
#include "stages/tables/cell_text.h"
#include "stages/tables/row_pitch.h"
#include "stages/tables/rule_segments.h"
#include "stages/tables/word_cuts.h"

namespace coi::tables {

namespace {

// A printed line inside a region: words sharing a baseline, left to right.
struct TextLine {
  std::vector<int> words;
  double top = 0, bottom = 0, baseline = 0;
};

// A column: from its leftmost word start to its rightmost word end.
struct Column {
  double x0 = 0, x1 = 0;
};

// A candidate table: the rules' extent, and its top and bottom (a rule's y, or the page's text
// edge where `open_*`).
struct Region {
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  bool open_top = false, open_bottom = false;
  double label_bottom = 0;  // below a \multirow label escaped under the bottom rule (step 4d), or 0
};

struct PageText {
  std::vector<int> words;   // words of the page's body lines
  std::vector<int> header;  // words of running-header lines: a header row repeated at the top of
                            // every page a table runs over looks like one to layout
  double em = 10;           // the body words' median font size
};

PageText body_text(const Page& page) {
  PageText out;
  std::vector<double> sizes;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kHeader) {
      out.header.insert(out.header.end(), line.words.begin(), line.words.end());
    }
    if (line.role != LineRole::kBody) continue;
    for (int w : line.words) {
      out.words.push_back(w);
      sizes.push_back(page.words[w].font_size);
    }
  }
  if (!sizes.empty()) {
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
    out.em = std::max(sizes[sizes.size() / 2], 1.0);
  }
  return out;
}

double centre_x(const Word& w) { return (w.box.x0 + w.box.x1) / 2; }
double centre_y(const Word& w) { return (w.box.y0 + w.box.y1) / 2; }

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

// A footnote mark layout did not see: a superscript (cell_text.h) of a word of `words` that ends
// where it starts.
bool follows_raised(const Page& page, const std::vector<int>& words, int mark,
                    const TablesConfig& config) {
  const Word& m = page.words[mark];
  return std::any_of(words.begin(), words.end(), [&](int w) {
    const Word& base = page.words[w];
    return w != mark && std::fabs(base.box.x1 - m.box.x0) <= config.snap_tolerance &&
           superscript_of(m, base, config);
  });
}

// Step 2: the body words whose centre lies in the region, as printed lines (raised marks on
// the line of the word they follow); running-header words too when a rule closes the region
// above them.
std::vector<TextLine> lines_in(const Page& page, const PageText& text, const Region& r,
                               const TablesConfig& config) {
  std::vector<int> inside;
  auto take = [&](const std::vector<int>& words) {
    for (int w : words) {
      const Word& word = page.words[w];
      const double cx = centre_x(word), cy = centre_y(word);
      if (cx >= r.x0 && cx <= r.x1 && cy > r.top && cy < std::max(r.bottom, r.label_bottom)) {
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
  for (int w : inside) raised[w] = page.words[w].raised || follows_raised(page, inside, w, config);
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
  for (TextLine& line : out) {
    line.top = 1e9, line.bottom = -1e9;
    for (int w : line.words) {
      line.top = std::min(line.top, page.words[w].box.y0);
      line.bottom = std::max(line.bottom, page.words[w].box.y1);
    }
  }
  for (TextLine& line : out) {
    std::sort(line.words.begin(), line.words.end(),
              [&](int a, int b) { return page.words[a].box.x0 < page.words[b].box.x0; });
  }
  return out;
}

// Step 2, once the region is known (columns_of with a tolerance): whether column `col` of
// `lines`, whose gap at x some line closed, splits at x: every line with text in it right of x
// starts a word at x (within `tolerance`), at least two of them after text that ends an empty gap
// of `gap` before x (the padding a column border leaves; a hanging indent has no text before
// it), or `narrow.min_lines` after a gap of `narrow.gap` with no word crossing x (every cell of a
// column too narrow for its text overflowing into the padding alike: "1990" in a Year column),
// and more lines start a word there than bridge x with one word (an overflowing word glued to the
// next cell's). A word Poppler glued across x (word_cuts.h) starts one there. A word that merely
// follows the same first word on several lines ("CAES Sud-1", "CAES Nord-2") starts elsewhere on
// the other lines, and one a space after a word of equal width ("12 March", "15 April") never
// follows a gap. A line whose text right of x starts past x, after a column gap or with nothing
// left of x, says nothing of x (a cell empty at x; a header cell spanning the columns right).
struct NarrowGap {
  double gap = 0;     // font-size units of the word after the gap (a space is the font's)
  int min_lines = 0;  // lines after such a gap
};

bool splits_at(const Page& page, const std::vector<TextLine>& lines, const Column& col, double x,
               double gap, const NarrowGap& narrow, double tolerance) {
  int starts = 0, after_gap = 0, after_narrow = 0, bridged = 0, closed = 0;
  for (const TextLine& line : lines) {
    bool left = false;    // text left of x on this line (none: no gap seen)
    double left_end = x;  // where it ends: at or just past x for a word cut where x starts
    for (int w : line.words) {
      const Word& word = page.words[w];
      if (word.raised || word.box.x1 < col.x0 || word.box.x0 > col.x1) continue;
      if (word.box.x0 < x - tolerance) {
        if (word.box.x1 > x + tolerance) {
          if (char_start_at(page, word, x, tolerance) > 0) {
            ++starts, ++closed;  // glued: its next cell's text starts at x
          } else {
            ++bridged;
          }
          break;
        }
        left_end = left ? std::max(left_end, word.box.x1) : word.box.x1;
        left = true;
        continue;
      }
      if (word.box.x0 > x + tolerance) {
        if (left && word.box.x0 - left_end < gap) return false;
        // Nothing at x: a cell further right, a column gap after this line's text left of x (a
        // cell empty at x), or with nothing left of x (a header cell spanning the columns right).
        break;
      }
      ++starts;
      if (left && x - left_end >= gap) ++after_gap;
      if (left && x - left_end < gap) ++closed;
      if (left && x - left_end < gap && x - left_end >= narrow.gap * word.font_size) ++after_narrow;
      break;
    }
  }
  const bool padded =
      after_gap >= 2 || (bridged == 0 && after_gap + after_narrow >= narrow.min_lines);
  return padded && starts > bridged && bridged + closed > 0;
}

// Step 2: `col` split at the word starts where splits_at holds, left to right.
void split_aligned(const Page& page, const std::vector<TextLine>& lines, Column col, double gap,
                   const NarrowGap& narrow, double tolerance, std::vector<Column>& out) {
  std::vector<double> starts;
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[w];
      if (!word.raised && word.box.x0 > col.x0 + tolerance && word.box.x0 <= col.x1) {
        starts.push_back(word.box.x0);
      }
    }
  }
  std::sort(starts.begin(), starts.end());
  for (size_t i = 0; i < starts.size(); ++i) {
    if (i > 0 && starts[i] - starts[i - 1] <= tolerance) continue;  // the same edge
    if (!splits_at(page, lines, col, starts[i], gap, narrow, tolerance)) continue;
    Column left{col.x0, col.x0};
    for (const TextLine& line : lines) {
      for (int w : line.words) {
        const Word& word = page.words[w];
        if (!word.raised && word.box.x0 >= col.x0 && word.box.x0 < starts[i] - tolerance) {
          left.x1 = std::max(left.x1, word.box.x1);
        }
      }
    }
    out.push_back(left);
    col.x0 = starts[i];
  }
  out.push_back(col);
}

// Step 2: the x-intervals the lines' words cover, merged across gaps narrower than `gap`, then
// split where the next column's text starts though a word overflowing its cell closed the gap
// (splits_at). Raised footnote marks are left out: set after a cell's last word, they reach into
// the padding and would close the gap to the next column ("24,378,750¹⁵⁵" against "91").
// The region search (step 3) passes a negative `aligned_tolerance`: no split, since a numbered
// paragraph's number and its text's indent look like two such columns.
std::vector<Column> columns_of(const Page& page, const std::vector<TextLine>& lines, double gap,
                               const NarrowGap& narrow, double aligned_tolerance) {
  std::vector<Column> spans;
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      if (!page.words[w].raised) spans.push_back({page.words[w].box.x0, page.words[w].box.x1});
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Column& a, const Column& b) { return a.x0 < b.x0; });
  std::vector<Column> out;
  for (const Column& s : spans) {
    if (!out.empty() && s.x0 - out.back().x1 < gap) {
      out.back().x1 = std::max(out.back().x1, s.x1);
    } else {
      out.push_back(s);
    }
  }
  if (aligned_tolerance < 0) return out;
  std::vector<Column> split;
  for (const Column& col : out) {
    split_aligned(page, lines, col, gap, narrow, aligned_tolerance, split);
  }
  return split;
}

// The column under x: the last whose start lies left of it.
int column_at(const std::vector<Column>& columns, double x) {
  int c = 0;
  while (c + 1 < static_cast<int>(columns.size()) && columns[c + 1].x0 <= x) ++c;
  return c;
}

// Step 1: the page's horizontal rules outside grid tables, top to bottom.
std::vector<Segment> horizontal_rules(const Page& page, const std::vector<Fragment>& ruled,
                                      const TablesConfig& config) {
  std::vector<Segment> all =
      join_collinear(border_segments(page, config).horizontal, config.snap_tolerance);
  std::vector<Segment> out;
  for (const Segment& s : all) {
    const double mid = (s.lo + s.hi) / 2, snap = config.snap_tolerance;
    const bool in_grid = std::any_of(ruled.begin(), ruled.end(), [&](const Fragment& f) {
      return mid >= f.box.x0 - snap && mid <= f.box.x1 + snap && s.at >= f.box.y0 - snap &&
             s.at <= f.box.y1 + snap;
    });
    if (!in_grid) out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const Segment& a, const Segment& b) { return a.at < b.at; });
  return out;
}

// Step 1: rules of the same extent, each stack top to bottom.
std::vector<std::vector<Segment>> stacks_of(const std::vector<Segment>& rules, double tolerance) {
  std::vector<std::vector<Segment>> out;
  for (const Segment& s : rules) {
    auto same = [&](const std::vector<Segment>& stack) {
      return std::fabs(stack.front().lo - s.lo) <= tolerance &&
             std::fabs(stack.front().hi - s.hi) <= tolerance;
    };
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it == out.end()) out.push_back({s});
    else it->push_back(s);
  }
  return out;
}

struct Finder {
  const Page& page;
  const PageText& text;
  const TablesConfig& config;

  std::vector<TextLine> lines(const Region& r) const {
    return lines_in(page, text, r, config);
  }
  std::vector<Column> columns(const Region& r) const {
    return columns_of(page, lines(r), config.hrules.column_gap * text.em, NarrowGap{}, -1);
  }

  // Step 3: the page's text edge beyond a rule at y (below or above it), when every body word
  // there lies within the rule's width; false when some word lies outside or there is none.
  bool open_edge(const Segment& rule, bool below, double& edge) const {
    bool any = false;
    edge = rule.at;
    for (int w : text.words) {
      const Word& word = page.words[w];
      const double cy = centre_y(word);
      if (below ? cy <= rule.at : cy >= rule.at) continue;
      const double cx = centre_x(word);
      if (cx < rule.lo || cx > rule.hi) return false;
      any = true;
      edge = below ? std::max(edge, word.box.y1 + 1) : std::min(edge, word.box.y0 - 1);
    }
    return any;
  }

  // Step 3: extends `region` through the open page edge beyond `rule` when the columns hold
  // and some line there fills two of them (a closing "Source: ..." line fills one).
  bool try_open(const Segment& rule, bool below, Region& region, size_t had_columns) const {
    Region open = region, beyond = region;
    double edge = 0;
    if (!open_edge(rule, below, edge)) return false;
    (below ? open.bottom : open.top) = edge;
    (below ? open.open_bottom : open.open_top) = true;
    beyond.top = below ? rule.at : edge;
    beyond.bottom = below ? edge : rule.at;
    const std::vector<Column> cols = columns(open);
    if (cols.size() < static_cast<size_t>(config.hrules.open_min_columns) ||
        cols.size() < had_columns) {
      return false;
    }
    bool row_like = false;
    for (const TextLine& line : lines(beyond)) {
      std::vector<bool> used(cols.size(), false);
      for (int w : line.words) used[static_cast<size_t>(column_at(cols, centre_x(page.words[w])))] = true;
      row_like |= std::count(used.begin(), used.end(), true) >= 2;
    }
    if (!row_like) return false;
    region = open;
    return true;
  }

  // Step 4d: `r` with the page's last printed line below its bottom rule taken in, when that line
  // is the only body text below the rule, lies within the rule's width and starts within
  // `escaped_label_max_drop` font sizes of it; false when there is no such line.
  bool with_label_below(const Region& r, Region& out) const {
    if (r.open_bottom) return false;
    Region below{r.x0, r.x1, r.bottom, 1e9, false, false, 0};
    for (int w : text.words) {
      const Word& word = page.words[static_cast<size_t>(w)];
      if (centre_y(word) <= r.bottom) continue;
      if (centre_x(word) < r.x0 || centre_x(word) > r.x1) return false;
    }
    const std::vector<TextLine> found = lines(below);
    const double max_drop = config.hrules.escaped_label_max_drop * text.em;
    if (found.size() != 1 || found.front().top - r.bottom > max_drop) {
      return false;
    }
    out = r;
    out.label_bottom = found.front().bottom + 1;
    return true;
  }

  // Step 3 for one stack.
  std::vector<Region> regions(const std::vector<Segment>& stack) const {
    std::vector<Region> out;
    const size_t n = stack.size();
    size_t i = 0;
    while (i < n) {
      Region r{stack[i].lo, stack[i].hi, stack[i].at, stack[i].at, false, false};
      size_t j = i, had = 0;
      while (j + 1 < n) {
        Region next = r;
        next.bottom = stack[j + 1].at;
        const size_t c = columns(next).size();
        if (c < 2 || c < had) break;
        r = next, had = c, ++j;
      }
      bool found = j > i;
      if (j == n - 1 && try_open(stack[j], /*below=*/true, r, had)) found = true;
      // Open above only a stack's first rule that closes nothing below: a closed table's first
      // rule is its top, and the short line above it (a caption, a heading) is no row.
      if (!found && i == 0 && try_open(stack[i], /*below=*/false, r, had)) found = true;
      if (found) out.push_back(r);
      i = found ? j + 1 : i + 1;
    }
    return out;
  }
};

// Per printed line and column: whether it has text, its first word and where its text ends.
struct LineColumns {
  std::vector<int> first;  // first word in each column, -1 when none
  std::vector<int> last;   // last word in each column
};

LineColumns split(const Page& page, const TextLine& line, const std::vector<Column>& columns) {
  LineColumns out{std::vector<int>(columns.size(), -1), std::vector<int>(columns.size(), -1)};
  for (int w : line.words) {
    const size_t c = static_cast<size_t>(column_at(columns, centre_x(page.words[w])));
    if (out.first[c] < 0) out.first[c] = w;
    out.last[c] = w;
  }
  return out;
}

// A word space, in font-size units: 0.28-0.33 in the fonts notes use. Taking the wide end makes
// "the word would have fitted" (a new row) the claim that needs room to spare.
constexpr double kSpace = 0.3;

// A word wrapped after its hyphen ("46%-" / "29%"); a hyphen alone is a cell's whole text (the
// "-" of a missing value), after which the next line's word may well have fitted.
bool ends_with_hyphen(const std::string& s) {
  for (const char* hyphen : {"-", "\u2010", "\u00ad"}) {
    const std::string_view h(hyphen);
    if (s.size() > h.size() && s.ends_with(h)) return true;
  }
  return false;
}

// Step 4: true when `line` starts a row rather than continuing the one `above` belongs to.
bool starts_row(const Page& page, const LineColumns& above, const LineColumns& line,
                const std::vector<double>& right_edge, double space, double slack) {
  for (size_t c = 0; c < line.first.size(); ++c) {
    if (line.first[c] < 0) continue;
    if (above.first[c] < 0) return true;
    const Word& end = page.words[above.last[c]];
    if (ends_with_hyphen(end.text)) continue;
    const double width = page.words[line.first[c]].box.width();
    if (end.box.x1 + space + width <= right_edge[c] - slack) return true;
  }
  return false;
}

// Step 5: paragraph numbers ("4.1.1", "12.3.") down the first column mean numbered paragraphs.
bool paragraph_number(const std::string& s) {
  bool inner_dot = false;  // a dot between digits: "4.1", not the "1." of a list
  for (size_t i = 0; i < s.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(s[i])) != 0;
    if (!digit && s[i] != '.') return false;
    if (s[i] == '.' && i > 0 && i + 1 < s.size() && s[i + 1] != '.') inner_dot = true;
  }
  return inner_dot && std::isdigit(static_cast<unsigned char>(s.front()));
}

// Rules inside the region (any width), by y; the region's own top and bottom excluded.
std::vector<Segment> inner_rules(const std::vector<Segment>& rules, const Region& r, double tol) {
  std::vector<Segment> out;
  for (const Segment& s : rules) {
    if (s.lo >= r.x0 - tol && s.hi <= r.x1 + tol && s.at > r.top + tol && s.at < r.bottom - tol) {
      out.push_back(s);
    }
  }
  return out;
}

// A rule between y0 and y1, or nullptr.
const Segment* rule_between(const std::vector<Segment>& rules, double y0, double y1) {
  for (const Segment& s : rules) {
    if (s.at > y0 && s.at < y1) return &s;
  }
  return nullptr;
}

std::vector<LineColumns> split_all(const Page& page, const std::vector<TextLine>& lines,
                                   const std::vector<Column>& columns) {
  std::vector<LineColumns> out;
  for (const TextLine& line : lines) out.push_back(split(page, line, columns));
  return out;
}

// A cell that text centred between rows covers: rows r0..r1 of column c.
struct Span {
  int r0 = 0, r1 = 0, c = 0;
};

struct Rows {
  std::vector<std::vector<size_t>> lines;  // the printed lines of each row
  std::vector<Span> spans;
};

// Step 4b: lines set between two rows rather than on one: nearer than `centred_max_pitch` of the
// usual distance between lines to the lines on both sides, with text only in columns empty on
// both (LaTeX's \multirow centres a cell's text over the rows it spans).
std::vector<bool> centred_lines(const std::vector<TextLine>& lines,
                                const std::vector<LineColumns>& split_lines, double share) {
  std::vector<bool> out(lines.size(), false);
  if (lines.size() < 3) return out;
  std::vector<double> steps;
  for (size_t i = 1; i < lines.size(); ++i) steps.push_back(lines[i].baseline - lines[i - 1].baseline);
  std::nth_element(steps.begin(), steps.begin() + static_cast<long>(steps.size() / 2), steps.end());
  const double pitch = steps[steps.size() / 2];
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    // Nearer than `share` of a line to one side, and within twice that of the other: a rule's
    // spacing under a header row (booktabs' \cmidrule) widens one side, which \multirow ignores.
    const double up = lines[i].baseline - lines[i - 1].baseline;
    const double down = lines[i + 1].baseline - lines[i].baseline;
    if (std::min(up, down) >= share * pitch || std::max(up, down) >= 2 * share * pitch) continue;
    bool alone = true;
    for (size_t c = 0; c < split_lines[i].first.size(); ++c) {
      if (split_lines[i].first[c] >= 0 &&
          (split_lines[i - 1].first[c] >= 0 || split_lines[i + 1].first[c] >= 0)) {
        alone = false;
      }
    }
    out[i] = alone;
  }
  return out;
}

// Step 4b: `line` has text in every column `above` has text in, none of it opening with a
// lower-case letter (the rest of a word or sentence wrapped in its cell: "Healthca" / "re").
bool covers(const Page& page, const LineColumns& line, const LineColumns& above) {
  for (size_t c = 0; c < line.first.size(); ++c) {
    if (above.first[c] >= 0 && line.first[c] < 0) return false;
    if (line.first[c] < 0) continue;
    char32_t cp = 0;
    const std::string& text = page.words[static_cast<size_t>(line.first[c])].text;
    if (decode_utf8(text, 0, cp) > 0 && u_islower(static_cast<UChar32>(cp))) return false;
  }
  return true;
}

// Step 4: rows as runs of printed lines; a centred line spans the rows on both sides of it, and
// as many more above as below while their cells in its columns stay empty.
Rows group_rows(const Finder& finder, const Region& region, const std::vector<TextLine>& lines,
                const std::vector<LineColumns>& split_lines, const std::vector<Segment>& inner,
                const std::vector<double>& right_edge) {
  const double inner_x0 = region.x0, inner_x1 = region.x1;
  const bool open = region.open_top || region.open_bottom;
  const HRulesConfig& hc = finder.config.hrules;
  const std::vector<bool> centred = centred_lines(lines, split_lines, hc.centred_max_pitch);
  // Rules between rows (two or more across the whole table, and no open side): each band
  // between two rules is one row, whatever its text says.
  const int full = static_cast<int>(std::count_if(inner.begin(), inner.end(), [&](const Segment& r) {
    return r.lo <= inner_x0 + hc.extent_tolerance && r.hi >= inner_x1 - hc.extent_tolerance;
  }));
  const bool ruled_rows = full >= 2 && !open;
  Rows rows;
  std::vector<int> row_of(lines.size(), -1);
  size_t prev = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (centred[i]) continue;
    // A label centred between two lines, the second with text in every column of the first and
    // none of it lower-case at its start, says they are two rows, whether or not a word of the
    // second would have fitted on the first (a header's "2019 2020" over "Withdrawn Men"); a
    // line with fewer cells is more likely the wrapped rest of a row whose label spans the next
    // row too.
    const bool fresh =
        rows.lines.empty() ||
        (centred[i - 1] && covers(finder.page, split_lines[i], split_lines[prev])) ||
        rule_between(inner, lines[prev].bottom, lines[i].top) != nullptr ||
        (!ruled_rows && starts_row(finder.page, split_lines[prev], split_lines[i], right_edge,
                                   kSpace * finder.text.em, hc.wrap_slack));
    if (fresh) rows.lines.emplace_back();
    rows.lines.back().push_back(i);
    row_of[i] = static_cast<int>(rows.lines.size()) - 1;
    prev = i;
  }
  if (!ruled_rows) {  // lines a row's step apart are two rows (row_pitch.h)
    std::vector<double> baselines, sizes;
    for (const TextLine& line : lines) {
      baselines.push_back(line.baseline);
      sizes.push_back(finder.page.words[line.words.front()].font_size);
    }
    rows.lines = split_rows_by_pitch(baselines, sizes, std::move(rows.lines), finder.config);
    for (size_t r = 0; r < rows.lines.size(); ++r) {
      for (size_t i : rows.lines[r]) row_of[i] = static_cast<int>(r);
    }
  }
  const int n = static_cast<int>(rows.lines.size());
  auto empty_in = [&](int r, size_t c) {
    for (size_t i : rows.lines[static_cast<size_t>(r)]) {
      if (split_lines[i].first[c] >= 0) return false;
    }
    return true;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!centred[i]) continue;
    const int above = row_of[i - 1], below = row_of[i + 1];
    for (size_t c = 0; c < split_lines[i].first.size(); ++c) {
      if (split_lines[i].first[c] < 0) continue;
      Span span{above, below, static_cast<int>(c)};
      if (above < 0 || below != above + 1 || !empty_in(above, c) || !empty_in(below, c)) continue;
      rows.spans.push_back(span);
    }
  }
  // Each label centred between two rows spans as many rows more above as below while those are
  // empty and no other label centred between rows holds them (two labels of two rows each, one
  // under the other, leave no empty row between them to share).
  auto held = [&](int r, int c, size_t self) {
    for (size_t k = 0; k < rows.spans.size(); ++k) {
      const Span& s = rows.spans[k];
      if (k != self && s.c == c && r >= s.r0 && r <= s.r1) return true;
    }
    return false;
  };
  for (size_t k = 0; k < rows.spans.size(); ++k) {
    Span& span = rows.spans[k];
    const size_t c = static_cast<size_t>(span.c);
    while (span.r0 > 0 && span.r1 + 1 < n && empty_in(span.r0 - 1, c) &&
           empty_in(span.r1 + 1, c) && !held(span.r0 - 1, span.c, k) &&
           !held(span.r1 + 1, span.c, k)) {
      --span.r0, ++span.r1;
    }
  }
  return rows;
}

// Step 4c: the blank leading cells of a fragment's rows, column by column, and the labels they
// continue.
class LeadingBlanks {
 public:
  LeadingBlanks(const Page& page, const std::vector<TextLine>& lines,
                const std::vector<LineColumns>& split_lines, const std::vector<Column>& columns,
                const std::vector<Segment>& inner, Rows& rows)
      : page_(page), lines_(lines), split_lines_(split_lines), columns_(columns), inner_(inner),
        rows_(rows), n_(static_cast<int>(rows.lines.size())), width_(columns.size()),
        centred_owner_(static_cast<size_t>(n_) * width_, -1) {
    for (size_t k = 0; k < rows.spans.size(); ++k) {
      for (int r = rows.spans[k].r0; r <= rows.spans[k].r1; ++r) {
        centred_owner_[slot(r, static_cast<size_t>(rows.spans[k].c))] = static_cast<int>(k);
      }
    }
  }

  // Adds the spans of column c's labels over the blanks that continue them.
  void span_column(size_t c) {
    std::vector<int> owner(static_cast<size_t>(n_), -1);  // span made here covering row r
    std::vector<bool> blank(static_cast<size_t>(n_)), joins(static_cast<size_t>(n_));
    for (int r = 0; r < n_; ++r) {
      // The rest of a label too long for its first row ("Ye" / "ar" in a narrow column) counts
      // as a blank: it continues the label above.
      blank[static_cast<size_t>(r)] = leading_blank(r, c) || runs_on(r, c);
      joins[static_cast<size_t>(r)] = r > 0 && one_cell(r, c);
    }
    auto free_blank = [&](int r) { return blank[static_cast<size_t>(r)] && owner[static_cast<size_t>(r)] < 0; };
    auto claim = [&](int r0, int r1) {
      const int k = static_cast<int>(rows_.spans.size());
      rows_.spans.push_back(Span{r0, r1, static_cast<int>(c)});
      for (int r = r0; r <= r1; ++r) owner[static_cast<size_t>(r)] = k;
    };
    // A producer seen centring a label between two rows (step 4b) centres every label of the
    // column: a label on one row's line with blanks on both sides spans as many above as below.
    const bool centres = std::any_of(rows_.spans.begin(), rows_.spans.end(),
                                     [&](const Span& s) { return s.c == static_cast<int>(c); });
    for (int k = 0; centres && k < n_; ++k) {
      if (!is_label(k, c)) continue;
      int d = 0;
      while (k - d - 1 >= 0 && k + d + 1 < n_ && free_blank(k - d - 1) && free_blank(k + d + 1) &&
             joins[static_cast<size_t>(k - d)] && joins[static_cast<size_t>(k + d + 1)]) {
        ++d;
      }
      if (d > 0) claim(k - d, k + d);
    }
    // Blanks left continue the label above them, set top-aligned over its rows. Blanks under a
    // blank that continues nothing here (the top of a page, under the repeated header) make one
    // empty cell, which the rows cut by the page break (cut_rows.h) join to the label above it.
    for (int r = 1; r < n_; ++r) {
      if (!free_blank(r) || !joins[static_cast<size_t>(r)]) continue;
      const int above = owner[static_cast<size_t>(r - 1)];
      if (above >= 0) {
        rows_.spans[static_cast<size_t>(above)].r1 = r;
        owner[static_cast<size_t>(r)] = above;
      } else if (is_label(r - 1, c) || free_blank(r - 1)) {
        claim(r - 1, r);
      }
    }
  }

 private:
  size_t slot(int r, size_t c) const { return static_cast<size_t>(r) * width_ + c; }
  bool centred(int r, size_t c) const { return centred_owner_[slot(r, c)] >= 0; }

  bool has_text(int r, size_t c) const {
    if (centred(r, c)) return true;
    for (size_t i : rows_.lines[static_cast<size_t>(r)]) {
      if (split_lines_[i].first[c] >= 0) return true;
    }
    return false;
  }

  // Text of its own in row r's cell c, not a centred label's.
  bool is_label(int r, size_t c) const { return !centred(r, c) && has_text(r, c); }

  // Row r is blank from the first column through c, and has text right of c.
  bool leading_blank(int r, size_t c) const {
    for (size_t k = 0; k <= c; ++k) {
      if (has_text(r, k)) return false;
    }
    for (size_t k = c + 1; k < width_; ++k) {
      if (has_text(r, k)) return true;
    }
    return false;
  }

  // Row r is blank before column c and its text in c opens with a lower-case letter, as the
  // rest of a word or sentence does and a label does not.
  bool runs_on(int r, size_t c) const {
    for (size_t k = 0; k < c; ++k) {
      if (has_text(r, k)) return false;
    }
    if (centred(r, c)) return false;
    for (size_t i : rows_.lines[static_cast<size_t>(r)]) {
      const int first = split_lines_[i].first[c];
      if (first < 0) continue;
      char32_t cp = 0;
      const std::string& text = page_.words[static_cast<size_t>(first)].text;
      return decode_utf8(text, 0, cp) > 0 && u_islower(static_cast<UChar32>(cp));
    }
    return false;
  }

  // Rows r - 1 and r may share a cell in column c: no rule crosses the column between them and
  // the cells right of it agree in weight (a bold header row over a plain body row do not).
  bool one_cell(int r, size_t c) const {
    const double y0 = lines_[rows_.lines[static_cast<size_t>(r) - 1].back()].bottom;
    const double y1 = lines_[rows_.lines[static_cast<size_t>(r)].front()].top;
    const double x1 = c + 1 < width_ ? columns_[c + 1].x0 : columns_[c].x1;
    const bool ruled = std::any_of(inner_.begin(), inner_.end(), [&](const Segment& s) {
      return s.at > y0 && s.at < y1 && s.lo < x1 && s.hi > columns_[c].x0;
    });
    return !ruled && weight_right_of(r - 1, c) == weight_right_of(r, c);
  }

  // 1 when every non-raised word right of column c on row r is bold, 0 when some is not, -1
  // when there is none.
  int weight_right_of(int r, size_t c) const {
    int weight = -1;
    for (size_t i : rows_.lines[static_cast<size_t>(r)]) {
      for (int w : lines_[i].words) {
        const Word& word = page_.words[static_cast<size_t>(w)];
        if (word.raised || static_cast<size_t>(column_at(columns_, centre_x(word))) <= c) continue;
        if (!word.bold) return 0;
        weight = 1;
      }
    }
    return weight;
  }

  const Page& page_;
  const std::vector<TextLine>& lines_;
  const std::vector<LineColumns>& split_lines_;
  const std::vector<Column>& columns_;
  const std::vector<Segment>& inner_;
  Rows& rows_;
  const int n_;
  const size_t width_;
  std::vector<int> centred_owner_;  // per slot: the step 4b span covering it, or -1
};

// Step 5: the cells of the fragment's grid, one per position except where a span covers several.
std::vector<GridCell> grid_cells(const Fragment& f, const std::vector<Span>& spans) {
  std::vector<int> owner(static_cast<size_t>(f.row_count() * f.column_count()), -1);
  auto at = [&](int r, int c) -> int& { return owner[static_cast<size_t>(r * f.column_count() + c)]; };
  for (size_t k = 0; k < spans.size(); ++k) {
    for (int r = spans[k].r0; r <= spans[k].r1; ++r) at(r, spans[k].c) = static_cast<int>(k);
  }
  std::vector<GridCell> cells;
  for (int r = 0; r < f.row_count(); ++r) {
    for (int c = 0; c < f.column_count(); ++c) {
      const int k = at(r, c);
      if (k >= 0 && spans[static_cast<size_t>(k)].r0 != r) continue;  // covered from above
      GridCell cell;
      cell.row = r, cell.col = c;
      cell.rowspan = k >= 0 ? spans[static_cast<size_t>(k)].r1 - r + 1 : 1;
      cell.box = Box{f.xs[c], f.ys[r], f.xs[c + 1], f.ys[r + cell.rowspan]};
      cells.push_back(cell);
    }
  }
  return cells;
}

// The columns between `borders` (a table's, carried over from the page before), each from the
// words under it, or one padding inside its left border where none is.
std::vector<Column> columns_within(const Page& page, const std::vector<TextLine>& lines,
                                   const std::vector<double>& borders, double em) {
  std::vector<Column> out(borders.size() - 1, Column{1e9, -1e9});
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[w];
      if (word.raised) continue;
      const long right =
          std::upper_bound(borders.begin(), borders.end(), centre_x(word)) - borders.begin();
      const long c = std::clamp(right - 1, 0L, static_cast<long>(out.size()) - 1);
      Column& col = out[static_cast<size_t>(c)];
      col = Column{std::min(col.x0, word.box.x0), std::max(col.x1, word.box.x1)};
    }
  }
  double pad = em;
  for (size_t c = 0; c < out.size(); ++c) {
    if (out[c].x1 >= out[c].x0) pad = std::clamp(out[c].x0 - borders[c], 0.0, pad);
  }
  for (size_t c = 0; c < out.size(); ++c) {
    if (out[c].x1 < out[c].x0) out[c] = Column{borders[c] + pad, borders[c] + pad};
  }
  return out;
}

// Step 4d: a \multirow label spanning the last row of a page and rows of the next is centred
// over them, below the page's bottom rule (longtable breaks the rows, not the label): it is the
// last row's text when it stands alone on its own row and the last row is blank in each of its
// columns. Moves the label's line into the last row; false when it does not fit there.
bool label_joins_last_row(size_t label, const std::vector<LineColumns>& split_lines, Rows& rows) {
  const size_t n = rows.lines.size();
  if (n < 2 || rows.lines.back() != std::vector<size_t>{label}) return false;
  for (size_t c = 0; c < split_lines[label].first.size(); ++c) {
    if (split_lines[label].first[c] < 0) continue;
    for (size_t i : rows.lines[n - 2]) {
      if (split_lines[i].first[c] >= 0) return false;
    }
  }
  rows.lines.pop_back();
  rows.lines.back().push_back(label);
  return std::none_of(rows.spans.begin(), rows.spans.end(),
                      [&](const Span& s) { return s.r1 >= static_cast<int>(n) - 1; });
}

// A page word to cut before its code point `at` (word_cuts.h).
struct Cut {
  int word = 0;
  size_t at = 0;
  bool operator<(const Cut& o) const { return word != o.word ? word < o.word : at > o.at; }
  bool operator==(const Cut& o) const { return word == o.word && at == o.at; }
};

// Step 2: the words of `lines` that Poppler glued across a column's start.
std::vector<Cut> glued_words(const Page& page, const std::vector<TextLine>& lines,
                             const std::vector<Column>& columns, double tolerance) {
  std::vector<Cut> out;
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[static_cast<size_t>(w)];
      for (size_t c = 1; c < columns.size() && !word.raised; ++c) {
        const double x = columns[c].x0;
        if (word.box.x0 >= x - tolerance || word.box.x1 <= x + tolerance) continue;
        if (const size_t k = char_start_at(page, word, x, tolerance); k > 0) out.push_back({w, k});
      }
    }
  }
  return out;
}

// Steps 4 and 5 for one region; false when it is no table, or when words glued across its
// columns are to be cut first (added to `cuts`). The columns come from the text, or from
// `borders` when given.
bool make_fragment(const Finder& finder, const std::vector<Segment>& rules, const Region& region,
                   const std::vector<double>& borders, Fragment& out, std::vector<Cut>& cuts) {
  const Page& page = finder.page;
  const TablesConfig& config = finder.config;
  const std::vector<TextLine> lines = finder.lines(region);
  const NarrowGap narrow{config.hrules.narrow_column_gap, config.hrules.narrow_gap_min_lines};
  const std::vector<Column> columns =
      borders.size() >= 2
          ? columns_within(page, lines, borders, finder.text.em)
          : columns_of(page, lines, config.hrules.column_gap * finder.text.em, narrow,
                       config.hrules.aligned_tolerance);
  if (columns.size() < 2 || lines.empty()) return false;
  const std::vector<Cut> glued = glued_words(page, lines, columns, config.hrules.aligned_tolerance);
  if (!glued.empty()) {
    cuts.insert(cuts.end(), glued.begin(), glued.end());
    return false;
  }
  const double em = finder.text.em;
  const double pad = std::clamp(columns.front().x0 - region.x0, 0.0, em);
  std::vector<double> right_edge;
  for (size_t c = 0; c < columns.size(); ++c) {
    right_edge.push_back(c + 1 < columns.size() ? columns[c + 1].x0 - 2 * pad : region.x1 - pad);
  }
  const std::vector<Segment> inner = inner_rules(rules, region, config.hrules.extent_tolerance);
  const std::vector<LineColumns> split_lines = split_all(page, lines, columns);
  Rows rows = group_rows(finder, region, lines, split_lines, inner, right_edge);
  if (region.label_bottom > 0 && !label_joins_last_row(lines.size() - 1, split_lines, rows)) {
    return false;
  }
  if (config.hrules.leading_blank_spans) {
    LeadingBlanks blanks(page, lines, split_lines, columns, inner, rows);
    for (size_t c = 0; c + 1 < columns.size(); ++c) blanks.span_column(c);
  }
  // A page carrying on a table (`borders` given) may show a single row of it.
  const int min_rows = borders.size() >= 2 ? 1 : config.hrules.min_rows;
  if (static_cast<int>(rows.lines.size()) < min_rows) return false;
  int numbered = 0;
  for (const std::vector<size_t>& row : rows.lines) {
    const int first = split_lines[row.front()].first[0];
    if (first >= 0 && paragraph_number(page.words[first].text)) ++numbered;
  }
  if (2 * numbered >= static_cast<int>(rows.lines.size())) return false;
  // Step 5: the grid.
  out = Fragment{};
  out.page = page.number;
  out.ruled = false;
  // A column's border lies one padding left of its text, where the cell's border would be, so
  // that cell_text.h measures the cell's text width right; pushed right of the text of the
  // column before it, but never past its own column's start: a word overflowing into it
  // ("Subsidiary" over the next column's "–") belongs left by its centre anyway.
  out.xs.push_back(region.x0);
  for (size_t c = 1; c < columns.size(); ++c) {
    out.xs.push_back(std::min(
        std::max(columns[c].x0 - std::max(pad, 1.0), columns[c - 1].x1 + 0.5), columns[c].x0));
  }
  out.xs.push_back(region.x1);
  if (borders.size() >= 2) out.xs = borders;
  out.ys.push_back(region.open_top ? lines.front().top - 1 : region.top);
  std::vector<bool> ruled_off;  // per inner row border: a rule lies on it
  for (size_t r = 1; r < rows.lines.size(); ++r) {
    const double above = lines[rows.lines[r - 1].back()].bottom;
    const double below = lines[rows.lines[r].front()].top;
    const Segment* rule = rule_between(inner, above, below);
    out.ys.push_back(rule != nullptr ? rule->at : (above + below) / 2);
    ruled_off.push_back(rule != nullptr);
  }
  out.ys.push_back(region.open_bottom ? lines.back().bottom + 1
                                      : std::max(region.bottom, region.label_bottom));
  out.box = Box{out.xs.front(), out.ys.front(), out.xs.back(), out.ys.back()};
  out.cells = grid_cells(out, rows.spans);
  // The header by the rule: rows above the first rule spanning the table, when a row border
  // below it is not ruled.
  const double tol = config.hrules.extent_tolerance;
  for (size_t k = 0; k < ruled_off.size(); ++k) {
    if (!ruled_off[k]) continue;
    const Segment* rule = rule_between(inner, out.ys[k + 1] - 0.01, out.ys[k + 1] + 0.01);
    if (rule == nullptr || rule->lo > region.x0 + tol || rule->hi < region.x1 - tol) continue;
    const bool body_unruled =
        std::find(ruled_off.begin() + static_cast<long>(k) + 1, ruled_off.end(), false) !=
        ruled_off.end();
    if (body_unruled) out.rule_header_rows = static_cast<int>(k) + 1;
    break;
  }
  return true;
}

// Steps 1 to 5 on the page as it is; `cuts` gets the words glued across a table's columns.
std::vector<Fragment> fragments_of(const Page& page, const std::vector<Fragment>& ruled,
                                   const TablesConfig& config, std::vector<Cut>& cuts) {
  const std::vector<Segment> rules = horizontal_rules(page, ruled, config);
  if (rules.empty()) return {};
  const PageText text = body_text(page);
  const Finder finder{page, text, config};
  std::vector<Fragment> out;
  for (const std::vector<Segment>& stack : stacks_of(rules, config.hrules.extent_tolerance)) {
    for (const Region& region : finder.regions(stack)) {
      Fragment f;
      Region labelled;
      const bool found = (finder.with_label_below(region, labelled) &&
                          make_fragment(finder, rules, labelled, {}, f, cuts)) ||
                         make_fragment(finder, rules, region, {}, f, cuts);
      if (!found) continue;
      // Stacks of different widths may rule overlapping regions: the first found keeps it.
      const bool taken = std::any_of(out.begin(), out.end(), [&](const Fragment& o) {
        return overlap_area(o.box, f.box) > 0;
      });
      if (!taken) out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace

std::vector<Fragment> find_hrule_fragments(Page& page, const std::vector<Fragment>& ruled,
                                           const TablesConfig& config) {
  std::vector<Cut> cuts;
  std::vector<Fragment> out = fragments_of(page, ruled, config, cuts);
  if (cuts.empty()) return out;
  // Each word's cuts from its last character back, so that the earlier ones still fall in it;
  // then the tables are found again on the words as printed.
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  for (const Cut& cut : cuts) cut_word(page, cut.word, cut.at);
  std::vector<Cut> none;
  return fragments_of(page, ruled, config, none);
}

bool find_open_fragment(const Page& page, const Box& region, const std::vector<double>& borders,
                        const TablesConfig& config, Fragment& out) {
  const PageText text = body_text(page);
  const Finder finder{page, text, config};
  std::vector<Cut> cuts;  // words glued across the carried columns leave the page as it is
  return make_fragment(finder, {}, Region{region.x0, region.x1, region.y0, region.y1, true, true},
                       borders, out, cuts);
}

}  // namespace coi::tables
