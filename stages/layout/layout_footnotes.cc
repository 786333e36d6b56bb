// Step 6 of the layout stage (see layout.cc): where each page's footnote area starts.
//
// Every producer sets its notes the same way in substance: at the foot of the page, below the
// body, each note opening with its number, the numbers running on from page to page in the
// order of the marks printed above them. The dress differs: Word and LibreOffice draw a short
// rule and raise the numbers; TeX draws a short rule and raises the numbers inside an indented
// box; a CSS engine (WeasyPrint's `float: footnote`) draws a border as wide as the text and
// prints the numbers on the baseline, in a size that may equal the body's. So the area's top is
// the first of these, tried in order:
//
//   (a) a short separator: an isolated horizontal rule (as [rules] defines one, no vertical rule
//       near it, not running on into another rule as a table's rule drawn cell by cell does) in the lower part of the page, at most footnote_rule_max_width wide, with a
//       smaller-type line just below it and nothing ruled below it (a booktabs table's
//       \cmidrule is short and isolated too, but its \midrule follows). Higher up (notes that
//       fill more than the lower part of their page), the line below must also open the note
//       the sequence expects next, its mark printed above;
//   (b) a wide separator: the same but wider, which a table's top or header rule could also be,
//       so the band of lines below it must read as notes: nothing ruled in it, no line bigger
//       than the body, and its first line opening the note the sequence expects next (its
//       number at the band's left edge or raised, and a mark of that number already printed in
//       the body above: raised, or on a line of its own where a line break left it). A band in
//       the lower part that opens with a note's continuation (lines without a number, in the
//       notes' type: no larger than the note it leads to; or, with no note opening, some line
//       in the page before's notes' size) is taken when the page before had an area and either a
//       later line opens the expected note (the band's first line, opening no note marked
//       above, where the page before's last line had no room left for its first word, and the
//       lines before that note parted by no column gap: else that note ended there and the band
//       is a table's rows under its header's rule) or the rule spans as a wide separator taken
//       on an earlier page did. Either way, as when a later line opens the first note marked on
//       the page, a band whose first line opens no note is taken only where the note before ran
//       on into it: no room left for its first word, no column gap in it (opens_with_notes);
//   (c) no separator: the run of small-type body lines at the bottom, from its first line that
//       starts with a raised number, or with the number of the note the sequence expects next
//       (or, a note lost before, of the first note marked on the page past it, as (b) resumes)
//       on the baseline at the run's left edge, its mark printed above, the note's text after it
//       on its line with no column gap in it (a table's year printed a digit a line, "1 121
//       49,574 N/A" or "08" alone, opens a row, not a note: text_follows) (a CSS engine's notes
//       under a template that draws no separator; a number a sentence wraps to a line's start
//       is not the expected note's, or not at the edge). When the page before had an area, the
//       lines of the run right above that line, set as the notes are (their size, at the run's
//       left edge, each within footnote_continuation_max_gap of the line below or no farther
//       from it than the lines of one note below are from each other: notes set 1.3 apart,
//       XeLaTeX seeds 1820 and 1912), are the rest of the page before's last note, carried
//       over: the area starts at them (XeLaTeX and LibreOffice, seeds 1550 and 1542: "47), 11
//       November 2017" above note 14). Such lines above the lower part of the page are that rest
//       only where the page before's last note ran on into the first of them (a long note's
//       rest, LibreOffice, seed 2336 p. 17). A page opening no note may hold that rest alone:
//       the run of lines at its foot set as the page before's notes (their size, at the text's
//       left edge, no column gap in a line) is the area when the last note's last line had no room
//       for the run's first word, so that the producer wrapped it there (XeLaTeX, seed 1908
//       p. 79: "2022" under a table; LibreOffice, seed 1913 p. 9: "(December 2025)' ..." on a
//       page of nothing else).
// Rules that decorate text are never separators: a rule inside a line's box, no wider than its
// words, is that line's underline (CSS engines and Word underline links, and in the footnote area
// those underlines are short isolated rules). Lines of the area set larger than its notes that
// open no note, or printed over a line that opens one, are the body's, printed over the area (a
// TeX table cell run down over the notes, a row label set below its table).
//
// The sequence: after each page, the lines of its area that open the expected number (raised, or
// at the area's left edge with its mark printed above the area or on a page before) advance it;
// lines starting with any other number ("2025" wrapped to the start of a line) do not, nor does
// the expected number on the baseline with no mark printed yet ("23 May 2018" wrapped under note
// 17, mark 23 printed on the next page), but for the first note marked on the page: when a note
// was lost on an earlier page, the sequence resumes there rather than expecting the lost note
// forever.
//
//   | ... claims in 2021.¹⁴ The police ...    |  body; raised "14": marks printed so far <= 14
//   | ──────────────────────────────────────  |  wide isolated rule, nothing ruled below
//   | 14 Home Office, correspondence with ... |  opens 14, the number expected: area from the rule
//   | 15 EUAA, Factsheet on reception ...     |  opens 15: the next page expects 16
//   |             Page 5 of 18                |  footer
#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "pipeline/decimal.h"
#include "stages/layout/layout_parts.h"
#include "stages/rules/rule_shape.h"

namespace coi::layout {

namespace {

// A separator stands alone: table borders meet vertical rules, and a table's rule drawn cell by
// cell runs on into the next cell's segment; a separator meets neither. "Meet" allows twice the
// separator's thickness (a thick rule's neighbours join it farther from its centre line), and at
// least footnote_rule_isolation, since a hairline's thickness allows none. A copy of the rule
// itself (some producers paint a line twice) does not run on.
bool isolated(const Page& page, const Rule& rule, const LayoutConfig& config) {
  const double slack = std::max(2 * rule.box.height(), config.footnote_rule_isolation);
  const Box near{rule.box.x0 - slack, rule.box.y0 - slack, rule.box.x1 + slack,
                 rule.box.y1 + slack};
  return std::none_of(page.rules.begin(), page.rules.end(), [&](const Rule& r) {
    if (is_vertical_rule(r, config.rules)) return overlap_area(near, r.box) > 0;
    const bool runs_on = r.box.x0 < near.x0 || r.box.x1 > near.x1;
    return runs_on && is_horizontal_rule(r, config.rules) && r.box.y0 <= near.y1 &&
           r.box.y1 >= near.y0 && r.box.x0 <= near.x1 && r.box.x1 >= near.x0;
  });
}

// An underline (or strike-through) lies inside the box of the line it decorates, under its words
// and no wider than they are; a separator or a table's rule lies between lines, or crosses a line
// printed over it and reaches past its words (TeX's footnote rule under a row label run down
// from the table above: "Bretagne", 40 pt wide, across a rule of 177 pt).
bool decorates_text(const Page& page, const Rule& rule, const LayoutConfig& config) {
  return std::any_of(page.lines.begin(), page.lines.end(), [&](const Line& line) {
    return rule.box.x0 < line.box.x1 && rule.box.x1 > line.box.x0 && rule.box.y0 >= line.box.y0 &&
           rule.box.y1 <= line.box.y1 &&
           rule.box.x0 >= line.box.x0 - config.underline_overhang * line.font_size &&
           rule.box.x1 <= line.box.x1 + config.underline_overhang * line.font_size;
  });
}

bool small_type(const Line& line, double body_font_size, const LayoutConfig& config) {
  return line.font_size < config.footnote_max_size_ratio * body_font_size;
}

bool starts_with_mark(const Page& page, const Line& line, const LayoutConfig& config) {
  if (line.words.empty()) return false;
  const Word& first = page.words[static_cast<size_t>(line.words.front())];
  return first.raised && config.footnote_mark.full_match(first.text);
}

// The value of a word of digits ("14"), or -1.
int number_of(const Word& word) { return decimal_int(word.text).value_or(-1); }

// The body lines at or below `y`, in reading order.
std::vector<const Line*> band_below(const Page& page, double y) {
  std::vector<const Line*> band;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kBody && line.box.y0 >= y) band.push_back(&line);
  }
  return band;
}

// Walks the pages in order, deciding each page's area and keeping the note sequence.
class AreaFinder {
 public:
  AreaFinder(Doc& doc, const LayoutConfig& config) : doc_(doc), config_(config) {}

  void run() {
    for (Page& page : doc_.pages) {
      double top = -1;
      for (const Rule& rule : page.rules) {
        if (!separator_shape(page, rule)) continue;
        if (top >= 0 && rule.box.y0 >= top) continue;
        if (short_separator(page, rule) || wide_separator(page, rule)) top = rule.box.y0;
      }
      if (top < 0) top = mark_top(page);
      had_area_ = top >= 0;
      if (top >= 0) {
        page.footnote_top = top;
        for (Line& line : page.lines) {
          if (line.role == LineRole::kBody && line.box.y0 >= top) line.role = LineRole::kFootnote;
        }
        give_back_overprinted(page);
        follow_sequence(page);
        notes_size_ = area_notes_size(page);
        run_on_room_ = room_after_notes(page);
      }
      marks_before_ = marks_through(page, top >= 0 ? top : page.height);
    }
  }

 private:
  // The marks printed on this page above `y`: raised numbers of its body lines.
  static std::vector<int> marks_above(const Page& page, double y) {
    std::vector<int> marks;
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kBody || line.box.y1 > y) continue;
      for (int i : line.words) {
        const Word& word = page.words[static_cast<size_t>(i)];
        if (word.raised) marks.push_back(number_of(word));
      }
    }
    return marks;
  }

  // The highest mark printed so far: on this page above `y`, and on the pages before.
  int marks_through(const Page& page, double y) const {
    int highest = marks_before_;
    for (int n : marks_above(page, y)) highest = std::max(highest, n);
    return highest;
  }

  // The lowest mark printed on this page above `y` that is at least `from`, or -1.
  static int first_mark_from(const Page& page, double y, int from) {
    int lowest = -1;
    for (int n : marks_above(page, y)) {
      if (n >= from && (lowest < 0 || n < lowest)) lowest = n;
    }
    return lowest;
  }

  // True when mark `n` stands on a line of its own above `y`, broken off the line before it (a
  // CSS engine's line break before the footnote call; step 7 raises it once the area is known).
  bool broken_off_above(const Page& page, double y, int n) const {
    for (size_t k = 1; k < page.lines.size(); ++k) {
      const Line& lone = page.lines[k];
      if (lone.box.y1 > y ||
          !shaped_as_broken_off_marks(page, lone, page.lines[k - 1], doc_, config_)) {
        continue;
      }
      for (int i : lone.words) {
        if (number_of(page.words[static_cast<size_t>(i)]) == n) return true;
      }
    }
    return false;
  }

  // Isolated, horizontal, and not a line's underline.
  bool separator_shape(const Page& page, const Rule& rule) const {
    return is_horizontal_rule(rule, config_.rules) && isolated(page, rule, config_) &&
           !decorates_text(page, rule, config_);
  }

  // The mark of the note expected next is printed on this page above `y` or on a page before:
  // raised, or on a line of its own where a line break left it.
  bool expected_marked_above(const Page& page, double y) const {
    return expected_ <= marks_through(page, y) || broken_off_above(page, y, expected_);
  }

  // In the lower part of the page, where notes sit. A separator higher up tops notes that fill
  // more than that (notes quoting at length, several on one short paragraph): it is taken only
  // when the band below it opens a note the body marks (opens_marked_note), since a short
  // isolated rule high on a page is as likely a title's or a cover's.
  bool low(const Page& page, const Box& box) const {
    return box.y0 >= config_.footnote_rule_min_y * page.height;
  }

  // The band below `rule` opens the note the sequence expects, its mark printed above the rule;
  // or, when a note was lost on an earlier page, the first note marked on this page past the
  // expected one (so that the lost note does not lose every note after it).
  bool opens_marked_note(const Page& page, const Rule& rule,
                         const std::vector<const Line*>& band) const {
    const bool marked = expected_marked_above(page, rule.box.y0);
    const double left = band_left(page, band);
    if (marked && opens(page, *band.front(), left) == expected_) return true;
    const int first = first_mark_from(page, rule.box.y0, expected_);
    return first > expected_ &&
           std::any_of(band.begin(), band.end(),
                       [&](const Line* line) { return opens(page, *line, left) == first; });
  }

  // The first body line below the rule, when it starts within footnote_rule_max_gap.
  const Line* line_below(const Page& page, const Rule& rule) const {
    const auto below = std::find_if(page.lines.begin(), page.lines.end(), [&](const Line& l) {
      return l.role == LineRole::kBody && l.box.y0 >= rule.box.y0;
    });
    if (below == page.lines.end() ||
        below->box.y0 - rule.box.y1 > config_.footnote_rule_max_gap * doc_.body_font_size) {
      return nullptr;
    }
    return &*below;
  }

  // True when a horizontal rule other than `rule` lies below it, above the bottom of `band`, the
  // lines below it (band_below): a table's rule (a booktabs \cmidrule under a column group is
  // short and isolated, the \midrule and \bottomrule follow it), never a separator, since
  // nothing is ruled in a footnote area but the underlines of its links.
  bool ruled_below(const Page& page, const Rule& rule,
                   const std::vector<const Line*>& band) const {
    const double bottom = band.back()->box.y1;
    return std::any_of(page.rules.begin(), page.rules.end(), [&](const Rule& r) {
      return &r != &rule && is_horizontal_rule(r, config_.rules) && r.box.y0 > rule.box.y1 &&
             r.box.y1 < bottom && !decorates_text(page, r, config_);
    });
  }

  // (a)
  bool short_separator(const Page& page, const Rule& rule) const {
    if (rule.box.width() > config_.footnote_rule_max_width * page.width) return false;
    const Line* below = line_below(page, rule);
    if (below == nullptr || !small_type(*below, doc_.body_font_size, config_)) return false;
    const std::vector<const Line*> band = band_below(page, rule.box.y0);
    return !ruled_below(page, rule, band) &&
           (low(page, rule.box) || opens_marked_note(page, rule, band));
  }

  // (b)
  bool wide_separator(const Page& page, const Rule& rule) const {
    if (rule.box.width() <= config_.footnote_rule_max_width * page.width ||
        line_below(page, rule) == nullptr) {
      return false;
    }
    const std::vector<const Line*> band = band_below(page, rule.box.y0);
    for (const Line* line : band) {
      if (line->font_size > (1 + config_.body_size_tolerance) * doc_.body_font_size) return false;
    }
    if (ruled_below(page, rule, band)) return false;
    if (!opens_with_notes(page, rule, band)) return false;
    if (opens_marked_note(page, rule, band)) return remember(rule);
    // A band opening with the continuation of the page before's last note.
    if (!had_area_ || !low(page, rule.box)) return false;
    const bool marked = expected_marked_above(page, rule.box.y0);
    const double left = band_left(page, band);
    const auto opens_expected = [&](const Line* line) {
      return opens(page, *line, left) == expected_ && marked;
    };
    // The continuation is set in the notes' type: a band opening larger than the note it leads
    // to opens with the body (a paragraph under a table's bottom rule, in a template that draws
    // no separator). And it is where the note before ran on: a band opening with no note whose
    // first word would have fitted on that note's last line opens with the body (a table's rows
    // under its header's rule, in the notes' size: LibreOffice, seeds 2018 p. 11 and 2019 p. 13),
    // and so does one whose lines before the note expected are parted by column gaps, as a
    // table's rows are and a note's lines never (a full last line above rows opening with a year,
    // "1993 347,324 82 0", LibreOffice, seed 2129 p. 10). A band opening with the number of a
    // note marked above opens with a note printed ahead of its turn; one opening with a number
    // no mark calls does not (rows opening "2005 14 124,223" under a note ended with room to
    // spare, LibreOffice, seed 2168 p. 4).
    if (const auto opener = std::find_if(band.begin(), band.end(), opens_expected);
        opener != band.end()) {
      const bool runs_on =
          opens_ahead(page, *band.front(), left, rule.box.y0) ||
          (ran_on_into(page, *band.front()) &&
           std::all_of(band.begin(), opener, [&](const Line* line) {
             return without_column_gap(page, *line, config_);
           }));
      return band.front()->font_size <=
                 (1 + config_.overprint_size_step) * (*opener)->font_size &&
             runs_on && remember(rule);
    }
    // A band of the page before's notes carried over is set in their size: a band with no line
    // in it is the body's, under a table's rule as wide as the separators taken (a paragraph
    // under a table's bottom rule, XeLaTeX, seed 1805 p. 10; a table's rows under its header's
    // rule, LibreOffice, seed 1827 p. 33). A row label printed over the notes' first line (TeX,
    // seed 1632 p. 12) leaves the lines below it in the notes' size.
    const bool notes_type = std::any_of(band.begin(), band.end(), [&](const Line* line) {
      return std::fabs(line->font_size - notes_size_) <= config_.overprint_size_step * notes_size_;
    });
    if (!notes_type) return false;
    return std::any_of(wide_rules_.begin(), wide_rules_.end(), [&](const Box& seen) {
      return std::fabs(seen.x0 - rule.box.x0) <= config_.footnote_rule_isolation &&
             std::fabs(seen.x1 - rule.box.x1) <= config_.footnote_rule_isolation;
    });
  }
  // (b) The band under a wide rule opens with the notes: its first line opens one (raised, the
  // one expected, or one printed ahead of its turn), or is the page before's last note going on,
  // where that note ran on (its last line had no room left for the band's first word, as in
  // rest_alone_top) and no column gap parts the line. A table's rows in the notes' size under its
  // rule open with the body, whatever notes follow them: "1999 64 22 77.5%" under a header's rule
  // as wide as a separator taken before, note 150 above ended "...updated 24 November 2020" 77 pt
  // short of the notes' edge, notes 151 (marked on the page before) and 152 below the rows
  // (LibreOffice, seed 2206 p. 30: note 150 ran on with the rows).
  bool opens_with_notes(const Page& page, const Rule& rule,
                        const std::vector<const Line*>& band) const {
    const Line& first = *band.front();
    const double left = band_left(page, band);
    if (starts_with_mark(page, first, config_) || opens(page, first, left) == expected_ ||
        opens_ahead(page, first, left, rule.box.y0)) {
      return true;
    }
    return had_area_ && ran_on_into(page, first) && without_column_gap(page, first, config_);
  }
  bool remember(const Rule& rule) const {
    wide_rules_.push_back(rule.box);
    return true;
  }

  // (c)
  double mark_top(const Page& page) const {
    size_t start = page.lines.size();
    for (size_t i = page.lines.size(); i-- > 0;) {
      const Line& line = page.lines[i];
      if (line.role != LineRole::kBody) continue;
      if (!small_type(line, doc_.body_font_size, config_)) break;
      start = i;
    }
    std::vector<const Line*> band;
    for (size_t i = start; i < page.lines.size(); ++i) {
      if (page.lines[i].role == LineRole::kBody) band.push_back(&page.lines[i]);
    }
    if (band.empty()) return -1;
    const double left = band_left(page, band);
    for (size_t i = 0; i < band.size(); ++i) {
      const Line& line = *band[i];
      if (starts_with_mark(page, line, config_) || opens_marked(page, line, left)) {
        const double leading = notes_leading(page, {band.begin() + i, band.end()}, left);
        size_t first = i;
        while (had_area_ && first > 0 && carried_over(page, *band[first - 1], *band[first], line,
                                                      left, leading)) {
          --first;
        }
        // A long note's rest may reach above the lower part of the page (LibreOffice, seed 2336
        // p. 17: eleven lines of note 75 from 0.497 of the page down). Lines up there are the
        // rest only where the page before's last note ran on into the first of them; else the
        // rest is the lines in the lower part, as a body line in the notes' type above them is
        // no note's.
        if (first < i && !ran_on_into(page, *band[first])) {
          while (first < i && !low(page, band[first]->box)) ++first;
        }
        return band[first]->box.y0;
      }
    }
    return rest_alone_top(page, band);
  }

  // (c) A page opening no note may print only the rest of the page before's last note: the run
  // of lines at its foot in that page's notes' size, at the text's left edge and parted by no
  // column gap (a table's row is), is that rest when the note's last line had no room left for
  // the run's first word (a producer wraps a line only where the next word does not fit).
  double rest_alone_top(const Page& page, const std::vector<const Line*>& band) const {
    if (!had_area_ || notes_size_ <= 0) return -1;
    const double left = text_left(page);
    size_t first = band.size();
    while (first > 0 && set_as_notes(page, *band[first - 1], left)) --first;
    if (first == band.size()) return -1;
    return ran_on_into(page, *band[first]) ? band[first]->box.y0 : -1;
  }

  // The page before's last note may run on into `line`: its last line had no room left for the
  // line's first word (a producer wraps a line only where the next word does not fit), so a note
  // that ended with room to spare, above a page opening with a table's rows, ended there.
  bool ran_on_into(const Page& page, const Line& line) const {
    const Word& word = page.words[static_cast<size_t>(line.words.front())];
    return run_on_room_ < word.box.width() + config_.footnote_run_on_room * word.font_size;
  }

  // (c) `line` is set as the page before's notes: low, in their size, from the text's `left`
  // edge, no column gap in it.
  bool set_as_notes(const Page& page, const Line& line, double left) const {
    return placed_as_notes(page, line, notes_size_, left) &&
           without_column_gap(page, line, config_);
  }

  // (b) `line` opens a note printed ahead of its turn: a number not below the one expected whose
  // mark is printed above `y` or on a page before (a year opening a table's row is no note's).
  bool opens_ahead(const Page& page, const Line& line, double left, double y) const {
    const int n = opens(page, line, left);
    return n >= expected_ && (n <= marks_through(page, y) || broken_off_above(page, y, n));
  }

  // The leftmost start of the page's text: its body and footnote lines.
  static double text_left(const Page& page) {
    double left = page.width;
    for (const Line& line : page.lines) {
      if (!line.words.empty() &&
          (line.role == LineRole::kBody || line.role == LineRole::kFootnote)) {
        left = std::min(left, page.words[static_cast<size_t>(line.words.front())].box.x0);
      }
    }
    return left;
  }

  // The room the page's last footnote line leaves before the notes' right edge: the farthest end
  // of the area's lines, the column the notes are set in, where a table of the body may reach
  // past it (a TeX header's "Disproportionately" 35 pt into the margin, seed 2002 p. 14); with
  // one line in the area, the farthest end of the page's body and footnote lines.
  static double room_after_notes(const Page& page) {
    double text_right = 0, notes_right = 0;
    const Line* last = nullptr;
    int notes_lines = 0;
    for (const Line& line : page.lines) {
      if (line.words.empty()) continue;
      if (line.role == LineRole::kBody || line.role == LineRole::kFootnote) {
        text_right = std::max(text_right, line.box.x1);
      }
      if (line.role == LineRole::kFootnote) {
        last = &line;
        notes_right = std::max(notes_right, line.box.x1);
        ++notes_lines;
      }
    }
    if (last == nullptr) return page.width;
    return (notes_lines > 1 ? notes_right : text_right) - last->box.x1;
  }

  // (c) `line` opens, on the baseline at the run's left edge, the note the sequence expects, its
  // mark printed above; or, when a note was lost on an earlier page, the first note marked on
  // this page past the expected one (as (b) resumes), so that one area not found does not lose
  // every area after it.
  bool opens_marked(const Page& page, const Line& line, double left) const {
    const int n = opens(page, line, left);
    if (n < 0) return false;
    if (n == expected_) return expected_marked_above(page, line.box.y0);
    return n > expected_ && n == first_mark_from(page, line.box.y0, expected_);
  }

  // (c) The notes' leading: the largest baseline step from a line of the notes (the page's first
  // note and those below it) to the next line of the same note, one opening no note; 0 when no
  // note has two lines.
  double notes_leading(const Page& page, const std::vector<const Line*>& notes,
                       double left) const {
    double leading = 0;
    for (size_t k = 1; k < notes.size(); ++k) {
      const Line& line = *notes[k];
      if (starts_with_mark(page, line, config_) || opens(page, line, left) >= 0) continue;
      leading = std::max(leading, line.baseline - notes[k - 1]->baseline);
    }
    return leading;
  }

  // (c) `line`, right above `below` in the run of small type over the first note of the page,
  // `opener`, is set as the notes are: the rest of the page before's last note. Set as the notes
  // are means as close to the line below as notes set solid are, or as the notes' own `leading`.
  bool carried_over(const Page& page, const Line& line, const Line& below, const Line& opener,
                    double left, double leading) const {
    const double size = opener.font_size;
    const bool close = below.box.y0 - line.box.y1 <= config_.footnote_continuation_max_gap * size ||
                       below.baseline - line.baseline <=
                           leading + config_.footnote_leading_tolerance * size;
    return set_in_notes_type(page, line, size, left) && close;
  }

  // (c) `line` lies where notes of `size` do: low on the page, set in their type.
  bool placed_as_notes(const Page& page, const Line& line, double size, double left) const {
    return low(page, line.box) && set_in_notes_type(page, line, size, left);
  }

  // (c) `line` is in the notes' `size`, its first word at the notes' `left` edge (or within a
  // note number's indent of it).
  bool set_in_notes_type(const Page& page, const Line& line, double size, double left) const {
    const Word& first = page.words[static_cast<size_t>(line.words.front())];
    return std::fabs(line.font_size - size) <= config_.overprint_size_step * size &&
           first.box.x0 <= left + config_.footnote_number_indent * line.font_size;
  }

  // The leftmost start of the band's lines.
  static double band_left(const Page& page, const std::vector<const Line*>& band) {
    double left = page.width;
    for (const Line* line : band) {
      left = std::min(left, page.words[static_cast<size_t>(line->words.front())].box.x0);
    }
    return left;
  }

  // The number a line opens with (raised, or on the baseline at the area's left edge with the
  // note's text after it), or -1.
  int opens(const Page& page, const Line& line, double left) const {
    const Word& first = page.words[static_cast<size_t>(line.words.front())];
    const int n = number_of(first);
    if (n < 0) return -1;
    if (first.raised) return n;
    const bool at_edge = first.box.x0 <= left + config_.footnote_number_indent * line.font_size;
    return at_edge && text_follows(page, line) ? n : -1;
  }

  // A note's number on the baseline is followed on its line by the note's text, set as prose:
  // some word, and no column gap between the words after the number (the gap after it may be a
  // tab's). A year printed a digit or two a line in a table's narrow first column opens its row
  // with a number at the margin: "1 121 49,574 N/A €93" (the "1" of "1997", then "9", "9", "7"
  // alone) under the header's rule read as note 1, the table's rows as notes 1, 7, 8, 9
  // (LibreOffice, seed 2417 p. 3), and "08" alone, the rest of "2008", as note 8, the row above it
  // carried over (seed 1790 p. 6).
  bool text_follows(const Page& page, const Line& line) const {
    return line.words.size() >= 2 && without_column_gap(page, line, config_, 1);
  }

  // The notes' size: the size most words of the page's area have (the smaller of two as
  // common), not a line's, since a TeX table cell printed over a note's line makes that line
  // larger (seed 1817 p. 99: "2018" at 10.9 pt over note 144's words at 9); 0 when the area has
  // no word.
  static double area_notes_size(const Page& page) {
    std::map<double, int> words_of_size;
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kFootnote) continue;
      for (int i : line.words) ++words_of_size[page.words[static_cast<size_t>(i)].font_size];
    }
    double size = 0;
    int most = 0;
    for (const auto& [word_size, n] : words_of_size) {
      if (n > most) {
        size = word_size;
        most = n;
      }
    }
    return size;
  }

  // Lines of the area that open no note are the body's, printed over the area, when set larger
  // than its notes (than the first line opening a note: a TeX table cell taller than the room
  // left runs on down over the notes, "systematically questioned.96" at 10.9 pt among notes at
  // 10) or printed over a line that opens one (covers_an_opening).
  void give_back_overprinted(Page& page) const {
    std::vector<Line*> area;
    for (Line& line : page.lines) {
      if (line.role == LineRole::kFootnote && !line.words.empty()) area.push_back(&line);
    }
    const double left = band_left(page, {area.begin(), area.end()});
    const auto first = std::find_if(area.begin(), area.end(), [&](const Line* line) {
      return opens(page, *line, left) >= 0;
    });
    if (first == area.end()) return;
    const double notes_size = (*first)->font_size;
    for (Line* line : area) {
      if (opens(page, *line, left) >= 0) continue;
      const bool larger = line->font_size > (1 + config_.overprint_size_step) * notes_size;
      if (larger || covers_an_opening(page, *line, area, left)) line->role = LineRole::kBody;
    }
  }

  // `line` is printed over a line of the area that opens a note: they overlap as the words of
  // one line do (line_min_overlap of the lower one's height: a note's lines set tight overlap
  // by a sliver), and a word of each covers the other. A TeX row label set below its table on
  // the note's first line, in the notes' size ("Corse" over note 18's "WHO,", seed 1902 p. 8;
  // layout_lines.cc parts the two).
  bool covers_an_opening(const Page& page, const Line& line, const std::vector<Line*>& area,
                         double left) const {
    return std::any_of(area.begin(), area.end(), [&](const Line* other) {
      const double overlap =
          std::min(line.box.y1, other->box.y1) - std::max(line.box.y0, other->box.y0);
      const double lower = std::min(line.box.height(), other->box.height());
      if (other == &line || overlap < config_.line_min_overlap * lower ||
          opens(page, *other, left) < 0) {
        return false;
      }
      return std::any_of(line.words.begin(), line.words.end(), [&](int i) {
        return std::any_of(other->words.begin(), other->words.end(), [&](int j) {
          return printed_over(page.words[static_cast<size_t>(i)],
                              page.words[static_cast<size_t>(j)], config_);
        });
      });
    });
  }

  // The area's notes advance the sequence, in whatever order the area prints them: a CSS engine
  // sets a table row's notes in the order it lays out the cells, not the marks' ("155 ..." above
  // "154 ...", WeasyPrint, seed 1805 p. 51), so the lines are walked again while a walk advances
  // it. A number on the baseline opens the expected note only where its mark is printed: walked
  // again, a note's date wrapped to the margin ("23 May 2018" under note 17, the area's last
  // note 22: WeasyPrint, seed 2113 p. 13) would else pass for note 23, whose mark and note come
  // on the next page. Where the area opens the first note marked on the page past the expected
  // one (a note was lost before), the sequence resumes there.
  void follow_sequence(const Page& page) {
    std::vector<const Line*> area;
    for (const Line& line : page.lines) {
      if (line.role == LineRole::kFootnote && !line.words.empty()) area.push_back(&line);
    }
    const double left = band_left(page, area);
    const double top = page.footnote_top;
    const int first = first_mark_from(page, top, expected_);
    const auto marked = [&](int n) {
      return n <= marks_through(page, top) || broken_off_above(page, top, n);
    };
    for (int before = -1; before != expected_;) {
      before = expected_;
      for (const Line* line : area) {
        const int n = opens(page, *line, left);
        const bool expected =
            n == expected_ && (starts_with_mark(page, *line, config_) || marked(n));
        if (expected || (n == first && n > expected_)) expected_ = n + 1;
      }
    }
  }

  Doc& doc_;
  const LayoutConfig& config_;
  int expected_ = 1;       // the number the next note opens with
  int marks_before_ = -1;  // the highest mark printed on the pages done
  bool had_area_ = false;  // the page before has a footnote area
  double notes_size_ = 0;  // the size of the last area's notes (area_notes_size)
  double run_on_room_ = 0; // the room the last area's last line left (room_after_notes)
  mutable std::vector<Box> wide_rules_;  // wide separators taken so far
};

}  // namespace

void mark_footnotes(Doc& doc, const LayoutConfig& config) { AreaFinder(doc, config).run(); }

}  // namespace coi::layout
