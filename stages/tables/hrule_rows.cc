#include "stages/tables/hrule_rows.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "pipeline/median.h"
#include "pipeline/utf8.h"
#include "stages/tables/cell_text.h"
#include "stages/tables/centred_extent.h"
#include "stages/tables/grouped_digits.h"
#include "stages/tables/interleaved_lines.h"
#include "stages/tables/number_cut.h"
#include "stages/tables/row_pitch.h"
#include "stages/tables/stacked_figures.h"

namespace coi::tables::hrule {

namespace {

// The column a word of a table's line is in: the one under its centre, or the one it starts in,
// in that column's left half (a word wider than its column overflows it to the right: XeLaTeX's
// "Unaccompanied" centred past the next column's start), as the cells take it (cell_grid.h).
size_t column_of(const Word& word, const std::vector<Column>& columns) {
  const int c = column_at(columns, centre_x(word));
  const int from = column_at(columns, word.box.x0);
  if (from < c) {
    const double x0 = columns[static_cast<size_t>(from)].x0;
    const double x1 = columns[static_cast<size_t>(from) + 1].x0;
    if (word.box.x0 - x0 < x1 - word.box.x0) return static_cast<size_t>(from);
  }
  return static_cast<size_t>(c);
}

// Step 4: a rule of `rules` between y0 and y1 that runs over a word of `line`, or nullptr. A rule
// drawn under some columns only (booktabs' \cmidrule under a year spanning its measures) parts
// no line of the columns beside it: the "r" of a "Yea" / "r" that \multirow centres over two
// header rows, in a column too narrow for "Year", prints under the rule's line but not under it.
const Segment* rule_over(const Page& page, const std::vector<Segment>& rules, double y0, double y1,
                         const TextLine& line) {
  for (const Segment& s : rules) {
    if (s.at <= y0 || s.at >= y1) continue;
    for (int w : line.words) {
      const Box& box = page.words[static_cast<size_t>(w)].box;
      if (box.x1 > s.lo && box.x0 < s.hi) return &s;
    }
  }
  return nullptr;
}

// Step 4: how far the box of `line` reaches above the slot the line pitch gives it: half what
// it is taller than the pitch, 0 where it is not.
double overshoot(const TextLine& line, double pitch) {
  return std::max(0.0, (line.bottom - line.top - pitch) / 2);
}

LineColumns split(const Page& page, const TextLine& line, const std::vector<Column>& columns) {
  LineColumns out{std::vector<int>(columns.size(), -1), std::vector<int>(columns.size(), -1)};
  for (int w : line.words) {
    const size_t c = column_of(page.words[w], columns);
    if (out.first[c] < 0) out.first[c] = w;
    out.last[c] = w;
  }
  return out;
}

// True when every word of `line` but its footnote marks is bold: a header's line.
bool all_bold(const Page& page, const TextLine& line) {
  return std::all_of(line.words.begin(), line.words.end(), [&](int w) {
    const Word& word = page.words[static_cast<size_t>(w)];
    return word.raised || word.bold;
  });
}

// A word space, in font-size units: 0.28-0.33 in the fonts notes use. Taking the wide end makes
// "the word would have fitted" (a new row) the claim that needs room to spare.
constexpr double kSpace = 0.3;

// A word wrapped after its hyphen ("46%-" / "29%"); a hyphen alone is a cell's whole text (the
// "-" of a missing value), after which the next line's word may well have fitted, unless it
// `continues` a cell of its row (hyphen_alone).
bool ends_with_hyphen(const std::string& s) {
  for (const char* hyphen : {"-", "\u2010", "\u00ad"}) {
    const std::string_view h(hyphen);
    if (s.size() > h.size() && s.ends_with(h)) return true;
  }
  return false;
}

// A number cut inside it, whose rest the next line starts: WeasyPrint breaks a number too wide
// for its column between any two characters, a thousands comma or a decimal point alone ending
// a line ("€2" / "1," / "52" / "4", "73" / "." / "4" / "%"), where the rest would have fitted.
// A figure's comma or point ends no cell, so the cell goes on (number_cut.h's shapes too).
bool number_goes_on(const std::string& above, const std::string& below) {
  const bool digit_below = !below.empty() && is_ascii_digit(below.front());
  const bool comma = above.size() >= 2 && above.back() == ',' &&
                     is_ascii_digit(above[above.size() - 2]);
  return (digit_below && (comma || above == ".")) || number_cut(above, {below});
}

// Step 4: the width of `text`'s word `first` with the footnote marks glued to its end: a
// producer breaks no line between a word and its mark ("453,41" / "4¹²³" in a narrow column:
// "4" alone would have fitted on the line above, "4¹²³" did not).
double width_with_marks(const Page& page, const TextLine& text, int first,
                        const TablesConfig& config) {
  const Word& word = page.words[first];
  double x1 = word.box.x1;
  auto it = std::find(text.words.begin(), text.words.end(), first);
  for (++it; it < text.words.end(); ++it) {
    const Word& mark = page.words[*it];
    if (std::fabs(mark.box.x0 - x1) > config.snap_tolerance ||
        !(mark.raised || superscript_of(mark, word, config))) {
      break;
    }
    x1 = mark.box.x1;
  }
  return x1 - word.box.x0;
}

// Step 4: true when `line` (the printed line `text`) starts a row rather than continuing the one
// `above` belongs to. Its words are measured with the footnote marks glued to them, which wrap
// with them: a number broken between its digits in a narrow column ("1,4" / "6" / "5" with mark
// 31) has "5" alone fit after "6", but not "5" and its mark, which is why it wrapped. Text in a
// column of centred labels (`labels`) says nothing where the line has text elsewhere:
// a label centred over its rows may fall on a wrapped row's second line. A hyphen alone at the
// end of a column whose cell the row's lines above `above` already print (`wrapped`) is no
// missing value's "-" (a cell's whole text starts on its row's first line) but a piece of a
// range a column narrower than it cut between characters ("42%" / "-" / "38" / "%"): the next
// line goes on with it. A footnote mark opens no cell: one that wrapped alone to the next line
// ("53.5%" / "⁷⁰", though it would have fitted after "53.5%") goes on with the cell above, so
// a column whose text on `line` opens with a raised mark says nothing of a new row.
bool starts_row(const Page& page, const LineColumns& above, const LineColumns& line,
                const TextLine& text, const std::vector<double>& right_edge, double space,
                const std::vector<bool>& labels, const std::vector<bool>& wrapped,
                const TablesConfig& config) {
  bool unlabelled = false;
  for (size_t c = 0; c < line.first.size(); ++c) unlabelled |= line.first[c] >= 0 && !labels[c];
  for (size_t c = 0; c < line.first.size(); ++c) {
    if (line.first[c] < 0 || page.words[line.first[c]].raised) continue;
    if (above.first[c] < 0) {
      if (labels[c] && unlabelled) continue;
      return true;
    }
    const Word& end = page.words[above.last[c]];
    if (ends_with_hyphen(end.text)) continue;
    if (number_goes_on(end.text, page.words[line.first[c]].text)) continue;
    if (wrapped[c] && above.first[c] == above.last[c] && hyphen_alone(end.text)) continue;
    // A figure alone over a figure alone: no cell wraps onto a second figure
    // (stacked_figures.h). Alone, since a column that took in two (an overflowing word closed
    // their gap) holds one cell's last word above and the other's wrapped rest below.
    if (!end.raised && above.first[c] == above.last[c] && line.first[c] == line.last[c] &&
        figures_stacked(end.text, page.words[line.first[c]].text)) {
      return true;
    }
    const double width = width_with_marks(page, text, line.first[c], config);
    if (end.box.x1 + space + width <= right_edge[c] - config.hrules.wrap_slack) return true;
  }
  return false;
}

// Step 4: the baseline most of `line`'s words sit on, footnote marks aside. Two printed lines
// a few points apart read as one: "r", the end of a "Year" broken over lines in a narrow column,
// beside the next header row's "Capital" six points lower. The row steps are measured from
// where that row's words are, or "status" under "Refugee" would lie a row's step below "r".
double words_baseline(const Page& page, const TextLine& line) {
  std::vector<double> baselines;
  for (int w : line.words) {
    if (!page.words[w].raised) baselines.push_back(page.words[w].baseline);
  }
  return baselines.empty() ? line.baseline : upper_median(baselines);
}

// How many columns `line` has text in.
int cells_on(const LineColumns& line) {
  return static_cast<int>(
      std::count_if(line.first.begin(), line.first.end(), [](int w) { return w >= 0; }));
}

// Step 4b: lines set between two rows rather than on one: nearer than `centred_max_pitch` of the
// usual distance between lines (`pitch`) to the lines on both sides, with text only in columns
// empty on both (LaTeX's \multirow centres a cell's text over the rows it spans).
std::vector<bool> centred_lines(const std::vector<TextLine>& lines,
                                const std::vector<LineColumns>& split_lines, double pitch,
                                double share) {
  std::vector<bool> out(lines.size(), false);
  if (lines.size() < 3) return out;
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
    if (opens_lower_case(page.words[static_cast<size_t>(line.first[c])].text)) return false;
  }
  return true;
}

// Step 4b: a label of a column of centred labels: a span from a centred line, or a row's own
// text in the column.
struct Label {
  int span;                // index into Rows::spans, or -1: the row's own text
  int r0, r1;              // the rows it lies on or between
  std::vector<size_t> of;  // its printed lines
};

// Step 4b: rows a label may span: its own (first), then every run of rows blank in its column
// that centres it where it is printed (centred_extent.h).
struct Choice {
  int r0, r1;
  double cost = 0;  // of the best choices down the column to this one
  int from = -1;    // the choice of the label above it that cost is reached with
};

// Step 4b: whether the page prints body text above the table and below it. A table opened
// under text has no page before whose label its first rows could carry on, and a table closed
// over text no page after that its last label could run on to. Nor does a table whose last
// label the page prints below its bottom rule (step 4d): that label is its last row's.
struct PageEdges {
  bool text_above = false, text_below = false;
  bool run_on = false;  // the last label may span rows of the page after
};

PageEdges page_edges(const Finder& finder, const Region& region) {
  PageEdges out;
  for (int w : finder.text.words) {
    const double y = finder.page.words[static_cast<size_t>(w)].box.centre_y();
    out.text_above |= y < region.top;
    out.text_below |= y > std::max(region.bottom, region.label_bottom);
  }
  out.run_on = !out.text_below && region.label_bottom <= 0;
  return out;
}

// Step 4b: how a producer centres a label over the rows it spans (centred_extent.h): over as
// many lines `pitch` apart as rows (`by_lines`), or over the rows' height.
struct Centring {
  double pitch = 0;
  bool by_lines = false;
};

// Step 4b: column c's labels, top to bottom, with each one's choices of rows, centred `how`.
// Where the rows may run on past the page (`run_on`: no text below the table) and labels are
// centred over as many lines as rows (or every row is one line, which the two ways centre
// alike), the last label may span rows past the last: longtable breaks the rows a \multirow
// spans, and the label stays centred over all of them.
std::vector<Label> column_labels(size_t c, const std::vector<TextLine>& lines,
                                 const std::vector<LineColumns>& split_lines,
                                 const std::vector<size_t>& label_line, double tolerance,
                                 bool run_on, const Rows& rows, Centring how,
                                 std::vector<std::vector<Choice>>& choices) {
  const int n = static_cast<int>(rows.lines.size());
  std::vector<bool> held(static_cast<size_t>(n), false);
  std::vector<Label> column;
  for (int r = 0; r < n; ++r) {
    Label own{-1, r, r, {}};
    for (size_t i : rows.lines[static_cast<size_t>(r)]) {
      if (split_lines[i].first[c] >= 0) own.of.push_back(i);
    }
    if (own.of.empty()) continue;
    column.push_back(own);
    held[static_cast<size_t>(r)] = true;
  }
  for (size_t k = 0; k < rows.spans.size(); ++k) {
    const Span& s = rows.spans[k];
    if (s.c != static_cast<int>(c)) continue;
    column.push_back(Label{static_cast<int>(k), s.r0, s.r1, {label_line[k]}});
    for (int r = s.r0; r <= s.r1; ++r) held[static_cast<size_t>(r)] = true;
  }
  std::sort(column.begin(), column.end(),
            [](const Label& a, const Label& b) { return a.r0 < b.r0; });
  auto free_row = [&](int r) { return r >= 0 && r < n && !held[static_cast<size_t>(r)]; };
  const std::vector<RowBox> boxes = row_boxes(lines, rows.lines);
  const bool one_line = std::all_of(rows.lines.begin(), rows.lines.end(),
                                    [](const std::vector<size_t>& row) { return row.size() == 1; });
  choices.clear();
  for (const Label& label : column) {
    const LabelBox box = label_box(lines, label.of);
    choices.push_back({Choice{label.r0, label.r1}});
    // A label left on its own rows where they do not centre it (between the two lines of a
    // row: a label of one row is set on the row's first line) costs as a blank row does.
    if (!centred_over(boxes, box, how.pitch, how.by_lines, label.r0, label.r1, tolerance)) {
      choices.back().front().cost = 1;
    }
    int lo = label.r0, hi = label.r1;
    while (free_row(lo - 1)) --lo;
    while (free_row(hi + 1)) ++hi;
    const int last = hi == n - 1 && run_on && (how.by_lines || one_line) ? hi + n : hi;
    for (int a = lo; a <= label.r0; ++a) {
      for (int b = std::max(label.r1, a + 1); b <= last; ++b) {
        if (centred_over(boxes, box, how.pitch, how.by_lines || b >= n, a, b, tolerance)) {
          choices.back().push_back(Choice{a, b});
        }
      }
    }
  }
  return column;
}

// Step 4b: column c's labels and their choices of rows centred `how`, each choice costed down
// the column, and the choice of the last label the best reading ends with (`pick`, -1 for none)
// at its cost (`total`), its labels lying `offset` points in all from where it centres them and
// `scatter` points in all from their usual offset (the median's: a producer sets every label the
// same way, a fixed distance off the centre it computes).
struct ColumnReading {
  std::vector<Label> column;
  std::vector<std::vector<Choice>> choices;
  int pick = -1;
  double total = 0;
  double offset = 0;
  double scatter = 0;
};

// Step 4b: the best reading of column c's labels centred `how`: the choice down the column that
// leaves the fewest blank rows between two labels to no label and the fewest labels on rows
// that do not centre them. Blank rows above the first label (or under the header's own text)
// and below the last may carry on labels of the pages before and after, unless the page prints
// text above or below the table (`edges`): then they count as any blank row does, and a label
// centred over them takes them in.
ColumnReading read_column(size_t c, const std::vector<TextLine>& lines,
                          const std::vector<LineColumns>& split_lines,
                          const std::vector<size_t>& label_line, double tolerance,
                          const PageEdges& edges, const Rows& rows, Centring how) {
  const int n = static_cast<int>(rows.lines.size());
  ColumnReading out;
  out.column = column_labels(c, lines, split_lines, label_line, tolerance, edges.run_on, rows,
                             how, out.choices);
  if (out.column.empty()) return out;
  std::vector<std::vector<Choice>>& choices = out.choices;
  // The blank rows under the header's own text in the column carry on a label of the page
  // before as much as they start the first label's.
  const bool header_first = out.column[0].span < 0 && out.column[0].r0 == 0 &&
                            choices[0].size() == 1 && !edges.text_above;
  for (size_t k = 1; k < choices.size(); ++k) {
    for (Choice& choice : choices[k]) {
      const double own = choice.cost;
      choice.cost = 1e9;
      for (size_t i = 0; i < choices[k - 1].size(); ++i) {
        const Choice& above = choices[k - 1][i];
        if (above.r1 >= choice.r0) continue;
        const int blank = k == 1 && header_first ? 0 : choice.r0 - above.r1 - 1;
        if (above.cost + blank + own < choice.cost) {
          choice.cost = above.cost + blank + own;
          choice.from = static_cast<int>(i);
        }
      }
    }
  }
  auto total = [&](const Choice& choice) {
    return choice.cost + (edges.text_below ? n - 1 - choice.r1 : 0);
  };
  out.pick = 0;
  for (size_t j = 1; j < choices.back().size(); ++j) {
    if (total(choices.back()[j]) < total(choices.back()[static_cast<size_t>(out.pick)])) {
      out.pick = static_cast<int>(j);
    }
  }
  out.total = total(choices.back()[static_cast<size_t>(out.pick)]);
  const std::vector<RowBox> boxes = row_boxes(lines, rows.lines);
  std::vector<double> offsets;
  for (size_t k = choices.size(), pick = static_cast<size_t>(out.pick); k-- > 0;) {
    const Choice& choice = choices[k][pick];
    offsets.push_back(signed_offset(boxes, label_box(lines, out.column[k].of), how.pitch,
                                    how.by_lines || choice.r1 >= n, choice.r0, choice.r1));
    if (choice.from < 0) break;
    pick = static_cast<size_t>(choice.from);
  }
  const double usual = upper_median(offsets);
  for (double off : offsets) {
    out.offset += std::fabs(off);
    out.scatter += std::fabs(off - usual);
  }
  return out;
}

// Step 4b: the rows each label of column c spans, where the producer centres its labels there
// (`label_line`: each span's centred line). Every label may span its own rows or any run of rows
// that centres it. In a table of one-line rows a label is centred over the rows around it as
// much as over one row more on each side, so each label's rows are chosen with its neighbours'
// (read_column). A table whose rows are padded does not say whether Word or CSS centred its
// labels over the rows' height or TeX's \multirow over as many one-line rows' steps as rows
// (a template's \arraystretch pads TeX's rows too): the column is read both ways, and the way
// that leaves fewer rows to no label, or fewer labels off their rows' centre, is the
// producer's. Where both leave as few, the way its labels lie alike off where it centres them
// is: a producer sets every label the same way, \multirow a fixed 1.9 pt above the middle of
// its lines whatever the rows' height, while read the other way the labels beside a wrapped row
// lie off by more than the rest (seed 2312's "Île-de-France" over a wrapped row and three
// one-line ones, 1.9 pt off four row steps like every label of its column, 2.8 pt off the
// height of three rows where the others lie 1.8 pt off theirs). Where the two scatter within
// `tolerance` pitches of each other (one label, or no wrapped row to part the ways), the way
// that puts the labels nearer where it centres them (the height's on a tie). One way for the
// whole column: a producer centres every label alike.
void span_centred_column(size_t c, const std::vector<TextLine>& lines,
                         const std::vector<LineColumns>& split_lines,
                         const std::vector<size_t>& label_line, double tolerance,
                         const PageEdges& edges, Rows& rows) {
  const int n = static_cast<int>(rows.lines.size());
  ColumnReading best = read_column(c, lines, split_lines, label_line, tolerance, edges, rows,
                                   Centring{rows.pitch, rows.by_lines});
  if (best.column.empty()) return;
  const double row_step = rows.by_lines ? 0 : one_line_row_step(lines, rows.lines);
  if (row_step > 0) {
    ColumnReading tex = read_column(c, lines, split_lines, label_line, tolerance, edges, rows,
                                    Centring{row_step, true});
    const bool alike = std::fabs(tex.scatter - best.scatter) <= tolerance * rows.pitch;
    if (tex.total < best.total ||
        (tex.total == best.total &&
         (alike ? tex.offset < best.offset : tex.scatter < best.scatter))) {
      best = std::move(tex);
    }
  }
  for (size_t k = best.choices.size(), pick = static_cast<size_t>(best.pick); k-- > 0;) {
    const Choice& choice = best.choices[k][pick];
    const int r1 = std::min(choice.r1, n - 1);  // rows past the page go on in the next fragment
    if (best.column[k].span >= 0) {
      rows.spans[static_cast<size_t>(best.column[k].span)] =
          Span{choice.r0, r1, static_cast<int>(c)};
    } else if (r1 > choice.r0) {
      rows.spans.push_back(Span{choice.r0, r1, static_cast<int>(c)});
    }
    if (choice.from < 0) break;
    pick = static_cast<size_t>(choice.from);
  }
}

// Step 4b: column c (not the last) holds leading labels: some row is blank from the first
// column through c and has text right of it, and no row blank in c has text left of it (a blank
// there is an empty cell, no label's row).
bool leading_labels(const Rows& rows, const std::vector<LineColumns>& split_lines, size_t c) {
  const size_t width = split_lines.empty() ? 0 : split_lines.front().first.size();
  if (c + 1 >= width) return false;
  bool blank_leading = false;
  for (const std::vector<size_t>& row : rows.lines) {
    std::vector<bool> text(width, false);
    for (size_t i : row) {
      for (size_t k = 0; k < width; ++k) text[k] = text[k] || split_lines[i].first[k] >= 0;
    }
    if (text[c]) continue;
    for (size_t k = 0; k < c; ++k) {
      if (text[k]) return false;
    }
    blank_leading |=
        std::find(text.begin() + static_cast<long>(c) + 1, text.end(), true) != text.end();
  }
  return blank_leading;
}

// Step 4a: `words` as a printed line, its box and baseline (its words', footnote marks aside).
TextLine line_of(const Page& page, std::vector<int> words) {
  TextLine out{std::move(words)};
  span_words(page, out);
  std::vector<double> baselines;
  for (int w : out.words) {
    const Word& word = page.words[static_cast<size_t>(w)];
    if (!word.raised) baselines.push_back(word.baseline);
  }
  out.baseline = baselines.empty() ? page.words[static_cast<size_t>(out.words.front())].baseline
                                   : *std::min_element(baselines.begin(), baselines.end());
  return out;
}

// Step 4a: the column of `line`'s words on one side of the widest step between their baselines,
// when that step is wider than `gap` and those words are all of the line's in one column, blank
// on the lines `above` and `below`; -1 otherwise.
int brushed_column(const Page& page, const TextLine& line, const std::vector<Column>& columns,
                   const LineColumns& above, const LineColumns& below, double gap) {
  std::vector<int> words;
  for (int w : line.words) {
    if (!page.words[static_cast<size_t>(w)].raised) words.push_back(w);
  }
  std::sort(words.begin(), words.end(),
            [&](int a, int b) { return page.words[a].baseline < page.words[b].baseline; });
  size_t cut = 0;
  double widest = gap;
  for (size_t k = 1; k < words.size(); ++k) {
    const double step = page.words[words[k]].baseline - page.words[words[k - 1]].baseline;
    if (step > widest) widest = step, cut = k;
  }
  if (cut == 0) return -1;
  // Either side may be the label: above the line it brushes ("Corse" over "Ouest-1"), or below
  // it ("Grand Est" under "Centre-1").
  for (const auto& [from, to] : {std::pair{size_t{0}, cut}, std::pair{cut, words.size()}}) {
    const size_t c = column_of(page.words[words[from]], columns);
    bool one = above.first[c] < 0 && below.first[c] < 0;
    for (size_t k = 0; k < words.size(); ++k) {
      const bool inside = k >= from && k < to;
      one = one && (column_of(page.words[words[k]], columns) == c) == inside;
    }
    if (one) return static_cast<int>(c);
  }
  return -1;
}

}  // namespace

std::vector<TextLine> part_brushed_labels(const Page& page, std::vector<TextLine> lines,
                                          const std::vector<Column>& columns, double gap) {
  const std::vector<LineColumns> split_lines = split_all(page, lines, columns);
  std::vector<TextLine> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const int c = i > 0 && i + 1 < lines.size()
                      ? brushed_column(page, lines[i], columns, split_lines[i - 1],
                                       split_lines[i + 1], gap)
                      : -1;
    if (c < 0) {
      out.push_back(std::move(lines[i]));
      continue;
    }
    std::vector<int> label, rest;
    for (int w : lines[i].words) {
      (static_cast<int>(column_of(page.words[w], columns)) == c ? label : rest).push_back(w);
    }
    out.push_back(line_of(page, std::move(label)));
    out.push_back(line_of(page, std::move(rest)));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TextLine& a, const TextLine& b) { return a.baseline < b.baseline; });
  return out;
}

std::vector<Segment> inner_rules(const std::vector<Segment>& rules, const Region& r, double tol) {
  std::vector<Segment> out;
  for (const Segment& s : rules) {
    if (s.lo >= r.x0 - tol && s.hi <= r.x1 + tol && s.at > r.top + tol && s.at < r.bottom - tol) {
      out.push_back(s);
    }
  }
  return out;
}

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

Rows group_rows(const Finder& finder, const Region& region, const std::vector<TextLine>& lines,
                const std::vector<LineColumns>& split_lines, const std::vector<Segment>& inner,
                const std::vector<double>& right_edge) {
  const double inner_x0 = region.x0, inner_x1 = region.x1;
  const bool open = region.open_top || region.open_bottom;
  const HRulesConfig& hc = finder.config.hrules;
  // The usual distance between lines is taken between lines that share a column (two lines
  // of a cell, a row under the row above): where labels are centred between most rows (a small
  // table of two-row labels), every other step is half a line and the median of every step
  // would be that half.
  const double cell_pitch = cell_line_pitch(lines, split_lines);
  const double pitch = cell_pitch > 0 ? cell_pitch : line_pitch(lines);
  std::vector<bool> centred = centred_lines(lines, split_lines, pitch, hc.centred_max_pitch);
  // Lines of one cell on both sides of a line are no rows it is centred between: the line
  // below neither starts a row after the line above nor covers its columns (as the rows around
  // a label do; interleaved_lines.h, step 0). No column is a labels column yet, and no row
  // is read yet that a line could go on with.
  const std::vector<bool> none(right_edge.size(), false);
  drop_interleaved(finder.page, centred, lines, split_lines, inner, finder.text.em, cell_pitch,
                   finder.config,
                   [&](size_t above, size_t below) {
                     return covers(finder.page, split_lines[below], split_lines[above]) ||
                            starts_row(finder.page, split_lines[above], split_lines[below],
                                       lines[below], right_edge, kSpace * finder.text.em,
                                       none, none, finder.config);
                   });
  // The columns of labels seen centred, one cell to a line, between two lines that are not (a
  // header whose words break over lines in narrow columns interleaves its lines without
  // centring anything): the producer centres its labels there.
  std::vector<bool> labels(right_edge.size(), false);
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    if (!centred[i] || centred[i - 1] || centred[i + 1] || cells_on(split_lines[i]) != 1) {
      continue;
    }
    for (size_t c = 0; c < labels.size(); ++c) {
      labels[c] = labels[c] || split_lines[i].first[c] >= 0;
    }
  }
  // Where the note's tables centre their labels (finder.centred_labels), so does a first
  // column that some line leaves blank while it has text right of it, as the rows a label
  // spans do: "Guadeloupe", centred over three rows of two lines ("PRAHDA" / "Nord-1", ...) as
  // \multirow centres it over three lines, on the first row's second line.
  if (finder.centred_labels && labels.size() > 1) {
    labels[0] = labels[0] || std::any_of(split_lines.begin(), split_lines.end(),
                                         [](const LineColumns& line) {
                                           return line.first[0] < 0 && cells_on(line) > 0;
                                         });
  }
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
    // The columns the row so far prints above the line above: there, that line's text is the
    // rest of a cell, not a cell of its own.
    std::vector<bool> wrapped(right_edge.size(), false);
    if (!rows.lines.empty()) {
      for (size_t k : rows.lines.back()) {
        for (size_t c = 0; k != prev && c < wrapped.size(); ++c) {
          wrapped[c] = wrapped[c] || split_lines[k].first[c] >= 0;
        }
      }
    }
    // A rule under the middle of the line above starts a row with this line wholly below it:
    // a header word overflowing its row reaches down across the rule under the header
    // (LibreOffice's "Y" / "e" / "a" / "r" in a column narrower than "Year"), over a first
    // body line that may be a footnote mark alone, wrapped there after a page break. Wholly
    // below but for its box's overshoot: a box taller than the line pitch reaches above its line
    // by half the difference, over a rule set right above it (WeasyPrint's unpadded cells put
    // the header's rule 0.2-0.4 pt inside the first body line's box).
    // A label centred between two lines, the second with text in every column of the first and
    // none of it lower-case at its start, says they are two rows, whether or not a word of the
    // second would have fitted on the first (a header's "2019 2020" over "Withdrawn Men"); a
    // line with fewer cells is more likely the wrapped rest of a row whose label spans the next
    // row too. Nor does a line start a row under lines less than a line above it, in other
    // columns, that are all the row holds: they are a tall cell's top, poking above the row
    // (interleaved_lines.h, step 3).
    const bool fresh =
        rows.lines.empty() ||
        (centred[i - 1] && covers(finder.page, split_lines[i], split_lines[prev])) ||
        rule_over(finder.page, inner, (lines[prev].top + lines[prev].bottom) / 2,
                  lines[i].top + overshoot(lines[i], pitch), lines[i]) != nullptr ||
        (!ruled_rows &&
         !pokes_above_row(lines, split_lines, rows.lines.back(), i, finder.text.em,
                          finder.config) &&
         starts_row(finder.page,
                    line_above(lines, split_lines, centred, i, prev, finder.text.em, cell_pitch,
                               finder.config),
                    split_lines[i], lines[i], right_edge, kSpace * finder.text.em, labels,
                    wrapped, finder.config));
    if (fresh) rows.lines.emplace_back();
    rows.lines.back().push_back(i);
    row_of[i] = static_cast<int>(rows.lines.size()) - 1;
    prev = i;
  }
  if (!ruled_rows) {  // lines a row's step apart are two rows (row_pitch.h)
    std::vector<double> baselines, sizes;
    for (const TextLine& line : lines) {
      baselines.push_back(words_baseline(finder.page, line));
      sizes.push_back(finder.page.words[line.words.front()].font_size);
    }
    // A line carries on cells of the line above where it has text in fewer columns, all of them
    // columns that line has text in (two rows of figures, the next too wide to have fitted on
    // the line above, fill the same columns), below the first row or, in it, going on with a
    // word (a lower-case start, or a hyphen ending the word above): a header of two rows,
    // "Transferred" under "2019", looks the same but for that. A first row not set in bold is
    // no header (cell_text.h reads a table's header as its leading bold rows) but a body row,
    // where such a line carries on the cell above too: "Documentation" under ACCORD's
    // "Austrian Centre ... Research and" in an acronyms table with no header (held21 2581,
    // 2568), its rows unpadded and stepped as its lines are, each line once a row of its own.
    // So does a line with text in the same columns going on with a word in the row the text
    // gave it: the next line of a tall cell alone on its lines, as a page carrying on a row the
    // break cut shows it ("interior ministry" under "During the reporting period, the"), whose
    // step is a line's.
    const bool first_row_body =
        !rows.lines.empty() && !all_bold(finder.page, lines[rows.lines.front().front()]);
    std::vector<bool> carries_on(lines.size(), false);
    for (size_t i = 1; i < lines.size(); ++i) {
      const bool same_row = row_of[i] == row_of[i - 1];
      bool fewer = cells_on(split_lines[i]) < cells_on(split_lines[i - 1]);
      bool within = true;  // every column of the line has text on the line above
      bool word_goes_on = false;
      for (size_t c = 0; c < split_lines[i].first.size(); ++c) {
        const int w = split_lines[i].first[c];
        if (w < 0) continue;
        if (split_lines[i - 1].first[c] < 0) {
          fewer = within = false;
          continue;
        }
        word_goes_on = word_goes_on ||
                       opens_lower_case(finder.page.words[static_cast<size_t>(w)].text) ||
                       ends_with_hyphen(finder.page.words[split_lines[i - 1].last[c]].text);
      }
      carries_on[i] = (fewer && (row_of[i] > 0 || word_goes_on || first_row_body)) ||
                      (within && same_row && word_goes_on);
    }
    rows.lines = split_rows_by_pitch(baselines, sizes, std::move(rows.lines), finder.config,
                                     carries_on, finder.note_line_em, &rows.pitch_seen);
    for (size_t r = 0; r < rows.lines.size(); ++r) {
      for (size_t i : rows.lines[r]) row_of[i] = static_cast<int>(r);
    }
  }
  auto empty_in = [&](int r, size_t c) {
    for (size_t i : rows.lines[static_cast<size_t>(r)]) {
      if (split_lines[i].first[c] >= 0) return false;
    }
    return true;
  };
  // A centred line spans the rows on both sides of it, or the row whose two lines it lies
  // between (a label centred on a wrapped row, or over a first row of two lines and the next).
  std::vector<size_t> label_line;  // per span: its centred line
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!centred[i]) continue;
    const int above = row_of[i - 1], below = row_of[i + 1];
    for (size_t c = 0; c < split_lines[i].first.size(); ++c) {
      if (split_lines[i].first[c] < 0) continue;
      Span span{above, below, static_cast<int>(c)};
      if (above < 0 || (below != above + 1 && below != above) || !empty_in(above, c) ||
          !empty_in(below, c)) {
        continue;
      }
      // Between two lines of one row, one label: not a row's second centred line in its
      // column, the rest of a label above broken over lines ("Y" / "e" / "a" / "r" down a
      // column too narrow for "Year"), nor a line of several cells (a header's words broken
      // over lines, interleaved with those letters).
      const bool covered = std::any_of(rows.spans.begin(), rows.spans.end(), [&](const Span& s) {
        return s.c == span.c && above >= s.r0 && above <= s.r1;
      });
      if (below == above && (covered || cells_on(split_lines[i]) != 1)) continue;
      rows.spans.push_back(span);
      label_line.push_back(i);
    }
  }
  rows.pitch = pitch;
  rows.by_lines = unpadded_rows(lines, rows.lines, hc.centred_label_tolerance);
  // A label printed below the table's bottom rule (step 4d) is centred over rows the page
  // break cut, as one between two rows' lines is.
  for (const Span& s : rows.spans) rows.label_between = std::max(rows.label_between, s.r0);
  if (region.label_bottom > 0) rows.label_between = static_cast<int>(rows.lines.size()) - 1;
  const PageEdges edges = page_edges(finder, region);
  // Columns where a centred line spans rows: the producer centres its labels there (step 4c
  // reads them alike). So it does in a column of leading labels where the note's tables centre
  // their labels, though none of this table lies between two rows.
  for (size_t c = 0; c < labels.size(); ++c) {
    const bool centres = std::any_of(rows.spans.begin(), rows.spans.end(),
                                     [&](const Span& s) { return s.c == static_cast<int>(c); });
    if (centres || (finder.centred_labels && leading_labels(rows, split_lines, c))) {
      span_centred_column(c, lines, split_lines, label_line, hc.centred_label_tolerance, edges,
                          rows);
    }
  }
  return rows;
}

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

}  // namespace coi::tables::hrule
