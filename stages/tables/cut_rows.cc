// Rows cut by a page break.
//
// Word's default for every table row is "Allow row to break across pages", and LibreOffice does
// the same: a row too tall for what is left of the page prints its first lines there and the
// rest at the top of the next page, under the repeated header. Both producers draw a border
// under the first part, so the rules do not tell a cut row from two rows; the text and its
// geometry do. R is the table's last row so far, N the first body row of the next page.
//
// Step 1: N must line up with R: each cell of N starts where a cell covering R starts, with the
//         same column span, and N covers exactly the columns R covers (a rowspan reaching into
//         R from above counts). A cell of R that is a header cell never takes text.
// Step 2: each cell X of N is read against the cell T above it (the cell covering R there):
//         - X empty: nothing to carry on (T's text ended, or T's rowspan continues);
//         - T a span from a row above R (a label set over rows, or a blank R leaves at its start
//           read as one: hrule_tables.h, step 4c) whose last line on R's page lies above R's
//           first line there, by more than `line_tolerance` font sizes: a cell the break cut
//           prints a line beside each of R's, so T's text ended above R and X is fresh text,
//           whatever the widths say (WeasyPrint moves a Year cell too tall for the page's foot
//           whole to the next page: "1994" in a column a digit wide, under the "1" / "9" / "9"
//           / "3" of the label above, is no number broken between two digits);
//         - X starts with a lower-case letter after a word T's last line broke at a hyphen
//           ("back-" / "wards"): it runs on, however much room T leaves below (a row taller
//           than the page, whose side borders run to the text area's edge);
//         - T empty, or T's last line ends well above T's bottom (more than `cut_row_max_gap`
//           font-size units, or T's line pitch where it is longer: a template spacing its lines
//           1.5 apart leaves up to a pitch of 1.725 font sizes blank under a last line when
//           the next would not fit; and one of T's lines more when T starts in R, its line
//           pitch as step 3c measures it, or `cut_row_widow_gap` where no page prints two: a
//           producer's widow control moves a cell's last line but one to the next page with
//           the last, WeasyPrint's "... applications from" / "Côte d’Ivoire, Guinea-Bissau
//           and" / "São Tomé rose sharply.", a line's room left blank below T; both at once
//           in held21 2560, page 57, 3.3 font sizes blank under "... reported that the"):
//           T's text ended on its page, so X is fresh text;
//         - T's last line is a number cut between two characters by the break (number_cut.h:
//           "46.3" / "%", "US$2." / "7 billion", "17," / "77" / "2", its pieces glued into
//           one word in their cell): it runs on with no space, whatever the widths say, as
//           inside a cell (cell_text.cc, Step 3c): WeasyPrint breaks numbers where a character
//           more would have fitted ("17," then "772" with room for the "7");
//         - T's last line is one word and X opens with a hyphen alone on its line, more of X
//           under it: a range a column narrower than it cut between characters ("22%" / "-" /
//           "13%"; a missing value's "-" is a cell's whole text): it runs on with no space;
//         - X starts with a lower-case letter, or with a footnote mark (no cell opens with one:
//           the producer wrapped the mark of T's last word, with no room left after it, onto
//           the next page, "2017" / "⁵⁴"): it runs on;
//         - X's first word would have fitted after T's last line (with `wrap_slack` font-size
//           units of room for the space, and the footnote marks glued to the word, which no
//           producer parts from it): the line did not wrap there, so X opening with a
//           capital or a digit is fresh text (a bracket or quote may open a second paragraph
//           of the same cell: nothing tells);
//         - T's last line is one word, X opens with a lower-case letter and not even its first
//           character would have followed that word: a word broken between two characters
//           ("Employme" / "nt", "Subsidiar" / "y": LibreOffice and WeasyPrint break a word too
//           wide for its column anywhere), which runs on with no space, unless the note's
//           words say two words (cell_text.h's two_words, as for a break inside a cell:
//           "reception" / "centres");
//         - T's last line holds numbers only and X starts with one: two values, not one cut
//           in two, unless T's last line is that one number and not even X's first character
//           would have followed it (its width from the PDF's character edges): a number wider
//           than its column, broken between two digits ("201" / "0", "45,8" / "23,4" / "19",
//           whose last group the cell's next line finishes), which runs on with no space; or T ends open (below): a range cut
//           after its dash ("48%-" / "56%", "(2019–" / "2024)") runs on. A line of words
//           ending in a number is a sentence, not a value: "... domestic law in 2013" /
//           "(2015–2024). The courts ..." tells nothing (a bracketed range or a figure goes on
//           a sentence as often as it opens one);
//         - T's last line ends open (a comma, semicolon, hyphen, dash, slash, bracket): it runs
//           on; otherwise nothing tells.
//         What would have followed T's last line is measured to T's text edge: its box less its
//         padding, and no further than its column's text width on that page from where its text
//         starts (cell_grid.h's column_text_widths, as cell_text.cc's step 3 reads a break inside
//         a page): where no rule draws the column borders, the grid's are guesses between the
//         columns' text (LibreOffice's "€647 mill" / "ion" in a cell guessed 28 pt wide, its
//         column's text 17).
// Step 3: N carries on R when it fills exactly the cells R left empty, one at least with text to
//         its right (or R's shape, the columns it fills, is no shape of a body row above it: a
//         cell moved whole from the end of R), and leaves empty every cell R fills (a producer that moves a cell's text whole to the
//         next page: WeasyPrint; a cell R leaves blank at its start, read as the label above
//         going on, counts as empty: the span ends above R and N's cell takes R's; a cell R
//         fills counts as left empty where N's text there runs on: WeasyPrint moves a name
//         too tall for the page's foot whole to the next page while the description beside it
//         breaks there, "" | "NGO" | "... returnees noted" over "World Health Organization"
//         | "" | "that the state ..."), or
//         when no cell of N is fresh text and some cell runs on, or, failing that
//         evidence, when N leaves empty a cell that R fills while it has text elsewhere and its
//         shape (the columns it fills) is not the shape of a body row already in the table: a
//         fresh row fills its cells as the table's rows do ("Age:" | "" after "Sex:" | ""), a
//         cut row's overflow rarely does. Each cell's lines are then appended to the lines of
//         the cell above and its text rebuilt from them by the shared inline builder, as a
//         paragraph cut by a page break is: "Anti-" / "Exploitation" keeps its hyphen and no
//         space. A cell of N that spans further down lengthens the span of the cell it carries on.
// Step 3b: a tall cell may break between two of its paragraphs, its last line on the page short
//         and the next page's first word a capital that would have fitted there: step 2 reads
//         that as fresh text, and so is a row's first line. N still carries on R when it has
//         text exactly in the cells of R whose text reaches R's foot on its page (step 2's
//         room, within the same max gap) and leaves empty exactly the cells whose text stopped
//         above it (higher, or on an earlier page), in columns every body row of the table
//         fills with a cell of its own: R's name and type ended, its description went on, and
//         no row of the table leaves a name blank. A row under a label set over several rows
//         leaves that column blank in other rows, or its cells all reach the foot together
//         (one-line rows), so a blank there says nothing. XeLaTeX breaks a row taller than
//         ROW_SHARE of a page between sentences; Word and LibreOffice at any line, so between
//         two paragraphs of a cell too. This is paragraph_rows.h's step 1 over a page break
//         (one rule: paragraph_ends.h). Its evidence is XeLaTeX's, and its re-prints by
//         Ghostscript and Cairo read the same (held17 seeds 2102-2104, 2119: 12 cells each); the
//         generated LibreOffice and WeasyPrint notes hold one paragraph a cell, so a row they
//         break goes on mid-paragraph and this step changes none of them (held17, 16 notes each).
// Step 3c: a row cut into several rows (XeLaTeX's longtable rows of a tall cell's sentences,
//         padded not at all between them) may show more than one of them on the next page, the
//         first carried on by step 3 or 3b, the next under it a row of its own under blank
//         cells, the same shape as a fresh paragraph of the cell (paragraph_rows.h parts them on
//         one page only under a row that fills every column: a page that prints nothing else
//         holds no such row). Each row M under the part P just carried carries R on too when M
//         lines up with R as P does, has text only in cells where P has, each of whose first
//         line steps from P's last line in it by the cell's own line pitch (within
//         `carried_part_pitch_tolerance` font sizes: a row's padding or a paragraph's spacing
//         lies further down), with no rule between, and is blank in at least one cell, in
//         columns every body row of the table fills with a cell of its own (a name no row
//         leaves out; a label set over several rows leaves its column blank). held19 seed 2327,
//         XeLaTeX: page 38 prints nothing but the rest of IRB's description, two parts 13.5 pt
//         apart, its line pitch; a row under it lies 3 pt further down. P may also be a row
//         printed whole atop the page, no cut row, that became R (table_join.h, step 3):
//         XeLaTeX moved IRB's two-part row whole to page 51 of held18 2204, closed by the
//         bottom rule, two rows too few for paragraph_rows.h to judge.
// Step 3d: a row R at a page's foot that is blank where the row P above it stopped above P's
//         last line, text of its own where P's text reaches it, and under spans of P's there
//         (step 4c's reading of R's blanks) may be P's cells' next paragraph, which
//         paragraph_rows.h (its step 3) leaves a row since the producer may have moved R's name
//         and type whole to the next page (WeasyPrint). N settles it: blank exactly where R is,
//         text exactly where R has, R is folded into P (its lines appended to P's cells, P's
//         spans ended in P) when N then carries P on by steps 3 and 3b; else R stays. XeLaTeX
//         breaks a tall description into rows of sentences: held20 seed 2434, page 29 prints
//         two of the Institut für Migrationsforschung's, page 30 two more, under blank name
//         and type (once three rows, the name spanning them).
// Step 4: otherwise N is a row of its own, but a rowspan of R may still carry on into it: a cell
//         of N under a rowspan that started above R, or spanning rows itself, continues that
//         span when it is empty or when its text carries on (not fresh, and not opening with a
//         capital or digit as a new label would): it is taken into the span and leaves N. So
//         is a blank leading cell of N under a cell of R with text (with `leading_blank_spans`):
//         the label R opened, set top-aligned, goes on over the page break.
//
//   page 8:  | Temporary residence    | New     | 131 |      page 9: | (Article L. 425-1) | Renewal    | 160 |
//            | permit                 |         |     |              |                    | Withdrawal |  12 |
//   -> | Temporary residence permit (Article L. 425-1) | New | 131 |   (rowspan 3)
//      |                                                | Renewal | 160 |  ...
#include "stages/tables/cut_rows.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>

#include "pipeline/table_grid.h"
#include "pipeline/utf8.h"
#include "stages/rules/rule_shape.h"
#include "stages/tables/cell_grid.h"
#include "stages/tables/cell_text.h"
#include "stages/tables/number_cut.h"
#include "stages/tables/paragraph_ends.h"

namespace coi::tables {

namespace {

// kBroken: X opens with the rest of T's last word, broken between two characters: it runs on
// with no space.
enum class Evidence { kEmpty, kRunsOn, kBroken, kNothing, kFresh };

const Word& word_at(const Doc& doc, WordRef ref) { return doc.pages[ref.page - 1].words[ref.word]; }

char32_t first_code_point(const std::string& text) {
  char32_t cp = 0;
  if (!text.empty()) decode_utf8(text, 0, cp);
  return cp;
}

// Digits with the signs and separators numbers carry ("225-12-6", "€1.5", "22.1%"), no letter.
bool is_number(const std::string& text) {
  bool digit = false;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    i += std::max<size_t>(decode_utf8(text, i, cp), 1);
    if (u_isalpha(static_cast<UChar32>(cp))) return false;
    digit |= u_isdigit(static_cast<UChar32>(cp)) != 0;
  }
  return digit;
}

// Every word of `line` but its raised marks is a number ("2011", "60,705,"): a line of
// values, not a sentence ending in one ("domestic law in 2013").
bool numbers_only(const Doc& doc, const TextLine& line) {
  bool any = false;
  for (WordRef ref : line) {
    const Word& w = word_at(doc, ref);
    if (w.raised) continue;
    if (!is_number(w.text)) return false;
    any = true;
  }
  return any;
}

bool ends_open(const std::string& text) {
  const char32_t last = last_code_point(text);
  return last == U',' || last == U';' || last == U'-' || last == U'/' || last == U'(' ||
         last == U'\u2013' || last == U'\u2014' || last == U'\u2010';
}

// A word broken by a hyphen at the line's end ("back-", "back‐"): a letter, then the hyphen.
bool ends_hyphenated(const std::string& text) {
  for (const char* hyphen : {"-", "\u2010", "\u00ad"}) {
    const std::string_view h(hyphen);
    if (text.size() > h.size() && text.ends_with(h)) {
      const std::string_view word = std::string_view(text).substr(0, text.size() - h.size());
      return u_isalpha(static_cast<UChar32>(last_code_point(word)));
    }
  }
  return false;
}

// A capital or a digit opens a new label or value; "(", a quote or a lower-case letter may not.
bool opens_label(const std::string& text) {
  const UChar32 cp = static_cast<UChar32>(first_code_point(text));
  return u_isupper(cp) || u_istitle(cp) || u_isdigit(cp);
}

// The last non-raised word of a line (a footnote mark may follow it).
const Word* last_word(const Doc& doc, const TextLine& line) {
  for (auto it = line.rbegin(); it != line.rend(); ++it) {
    const Word& w = word_at(doc, *it);
    if (!w.raised) return &w;
  }
  return nullptr;
}

// `line`'s words but its raised marks, glued into one word ("17" + ",", "US" + "$4.": pieces
// rejoined in their cell, cell_text.h step 3); empty when a space parts two of them.
std::string glued_word(const Doc& doc, const TextLine& line) {
  std::string word;
  const Word* end = nullptr;
  for (WordRef ref : line) {
    const Word& w = word_at(doc, ref);
    if (w.raised) continue;
    if (end != nullptr && end->space_after) return {};
    end = &w;
    word += w.text;
  }
  return word;
}

// What X's lines may start: the first word, then its line's words glued into one ("77" + "2",
// a number cut again and rejoined in its cell: "772"), then that run on with the word of each
// next line that holds one alone ("77" / "2" left apart: "772").
std::vector<std::string> runs_of(const Doc& doc, const std::vector<TextLine>& x) {
  std::vector<std::string> runs{word_at(doc, x.front().front()).text};
  const std::string glued = glued_word(doc, x.front());
  if (glued.empty()) return runs;
  runs.push_back(glued);
  for (size_t k = 1; k < x.size() && x[k].size() == 1; ++k) {
    runs.push_back(runs.back() + word_at(doc, x[k].front()).text);
  }
  return runs;
}

// The width of the marks glued to the end of `line`'s first word (raised words each starting
// within `snap` of where the last ended): a producer breaks no line between a word and its
// footnote mark, so the word moved down with them ("3" / "0²³": not "0" but "0²³" did not fit).
double glued_marks_width(const Doc& doc, const TextLine& line, double snap) {
  double end = word_at(doc, line.front()).box.x1, width = 0;
  for (size_t k = 1; k < line.size(); ++k) {
    const Word& w = word_at(doc, line[k]);
    if (!w.raised || std::fabs(w.box.x0 - end) > snap) break;
    width += w.box.width();
    end = w.box.x1;
  }
  return width;
}

// The digits of `number` after each of its thousands commas are three ("260,530", not
// "78,09531%-27%"): two values printed one under the other do not join into one number. The
// last group may be short when it ends `number`: the rest of the next page's piece, broken
// again on the cell's next line ("45,8" / "23,4" / "19"), finishes it.
bool keeps_thousands_groups(const std::string& number) {
  for (size_t i = 0; i < number.size(); ++i) {
    if (number[i] != ',' || i == 0 || !std::isdigit(static_cast<unsigned char>(number[i - 1]))) continue;
    size_t digits = 0;
    while (i + 1 + digits < number.size() &&
           std::isdigit(static_cast<unsigned char>(number[i + 1 + digits]))) {
      ++digits;
    }
    const bool ends = i + 1 + digits == number.size();
    if (digits > 3 || (digits < 3 && !ends)) return false;
  }
  return true;
}

// A number wider than its column, broken between two characters ("201" / "0"): `last`, T's
// last line, is one word (its pieces, printed one under the other, rejoined there: cell_text.h
// step 3), not even the first character of `next` (printed on `page`; with its marks, `marks`
// wide, when it is the whole word) would have followed it before `limit`, the cell's text edge,
// and the two pieces make one number (a percentage ends a value; a thousands group keeps three
// digits). The character is measured from the PDF's character edges (cell_grid.h): a digit is
// wider than the average of "23,4", whose comma is narrow.
bool broken_between_characters(const Doc& doc, const TextLine& last, const Page& page,
                               const Word& next, double marks, double limit) {
  const Word* end = nullptr;
  std::string number;
  for (WordRef ref : last) {
    const Word& w = word_at(doc, ref);
    if (w.raised) continue;
    if (end != nullptr && end->space_after) return false;
    end = &w;
    number += w.text;
  }
  if (end == nullptr || number.ends_with("%") || !keeps_thousands_groups(number + next.text)) {
    return false;
  }
  const size_t chars = std::max<size_t>(count_code_points(next.text), 1);
  const double first = first_char_width(page, next, chars) + (chars == 1 ? marks : 0);
  return end->box.x1 + first > limit;
}

// A word broken between two characters by the page break: `last`, T's last line, holds one
// word and nothing after it, `next` (X's first word, in the note's running words when
// `next_counted`) opens lower-case and not even its first character would have followed it
// before `limit`, and the note's words do not make the two words of their own.
bool word_broken_over_break(const Doc& doc, const TextLine& last, WordRef next_ref,
                            double limit, const NoteWords& words) {
  if (last.size() != 1) return false;
  const Word& end = word_at(doc, last.front());
  const Word& next = word_at(doc, next_ref);
  if (end.raised || !u_isalpha(static_cast<UChar32>(last_code_point(end.text))) ||
      !u_islower(static_cast<UChar32>(first_code_point(next.text)))) {
    return false;
  }
  const size_t chars = std::max<size_t>(count_code_points(next.text), 1);
  const Page& page = doc.pages[static_cast<size_t>(next_ref.page - 1)];
  if (end.box.x1 + first_char_width(page, next, chars) <= limit) return false;
  const bool next_counted = Vocabulary::in_running_text(page, static_cast<size_t>(next_ref.word));
  return !two_words(end.text, {next.text}, next_counted, words);
}

// Where `cell` is printed on `page` (its last place there); nullptr when it is not.
const Place* place_on(const Cell& cell, int page) {
  const Place* box = nullptr;
  for (const Place& p : cell.where) {
    if (p.page == page) box = &p;
  }
  return box;
}

// Steps 2 and 3c: the baseline of `line` (its first word not raised as a mark).
double baseline_of(const Doc& doc, const TextLine& line) {
  for (WordRef ref : line) {
    if (!word_at(doc, ref).raised) return word_at(doc, ref).baseline;
  }
  return word_at(doc, line.front()).baseline;
}

// Step 2: T (its lines `t`), a span from a row above R, ends above R's first line on `page`
// (`r`, the lines of R's cells), by more than `line_tolerance` of its size: its text ended on
// the page before R began.
bool ends_above_row(const Doc& doc, const std::vector<TextLine>& t,
                    const std::vector<std::vector<TextLine>>& r, int page, double line_tolerance) {
  if (t.empty() || t.back().empty() || t.back().front().page != page) return false;
  double first = std::numeric_limits<double>::infinity();
  for (const std::vector<TextLine>& cell : r) {
    for (const TextLine& line : cell) {
      if (line.empty() || line.front().page != page) continue;
      first = std::min(first, baseline_of(doc, line));
      break;
    }
  }
  const double size = std::max(word_at(doc, t.back().front()).font_size, 1.0);
  return baseline_of(doc, t.back()) < first - line_tolerance * size;
}

// Step 2: what X (its lines `x`) says of carrying on T (its lines `t`, in a column whose text is
// at most `text_width` wide).
Evidence read_pair(const Doc& doc, const Cell& target, const std::vector<TextLine>& t,
                   const std::vector<TextLine>& x, double max_gap, double text_width,
                   const NoteWords& words, const TablesConfig& config) {
  if (x.empty() || x.front().empty()) return Evidence::kEmpty;
  if (t.empty() || t.back().empty()) return Evidence::kFresh;
  const TextLine& last = t.back();
  const int page = last.front().page;
  const Place* box = place_on(target, page);
  const Word* end = last_word(doc, last);
  if (box == nullptr || end == nullptr) return Evidence::kNothing;
  double line_x1 = 0, line_y1 = 0, pad = box->box.width();
  for (WordRef ref : last) {
    line_x1 = std::max(line_x1, word_at(doc, ref).box.x1);
    line_y1 = std::max(line_y1, word_at(doc, ref).box.y1);
  }
  for (const TextLine& line : t) {
    if (line.front().page == page) pad = std::min(pad, word_at(doc, line.front()).box.x0 - box->box.x0);
  }
  const double size = std::max(end->font_size, 1.0);
  const Word& next = word_at(doc, x.front().front());
  const bool lower = u_islower(static_cast<UChar32>(first_code_point(next.text)));
  // A word hyphenated at T's end goes on in X however far above T's bottom the line ends: a
  // row over a page whose side borders run to the text area's edge ("back-" / "wards").
  if (lower && ends_hyphenated(end->text)) return Evidence::kRunsOn;
  if (box->box.y1 - line_y1 > max_gap * size) return Evidence::kFresh;
  // A number cut between two characters ("46.3" / "%", "US$2." / "7", "17," / "77" / "2":
  // number_cut.h) is one number whatever the widths say, as inside a cell (cell_text.cc, Step
  // 3c): CSS engines break lines inside numbers where a character more would have fitted
  // (WeasyPrint's "17," / "772" with room for the "7").
  if (number_cut(glued_word(doc, last), runs_of(doc, x))) return Evidence::kBroken;
  const double limit = std::min(box->box.x1 - std::max(pad, 0.0),
                                box->box.x0 + std::max(pad, 0.0) + text_width);
  if (word_broken_over_break(doc, last, x.front().front(), limit, words)) return Evidence::kBroken;
  // A hyphen alone atop X, over more of X, after T's one word: a range cut between characters
  // ("22%" / "-" / "13%", cell_text.h's hyphen_alone), not a missing value's "-", which is a
  // cell's whole text.
  if (last.size() == 1 && x.front().size() == 1 && x.size() > 1 && hyphen_alone(next.text)) {
    return Evidence::kBroken;
  }
  if (next.raised || lower) return Evidence::kRunsOn;
  const double marks = glued_marks_width(doc, x.front(), config.snap_tolerance);
  if (line_x1 + config.wrap_slack * size + next.box.width() + marks <= limit) {
    return opens_label(next.text) ? Evidence::kFresh : Evidence::kNothing;
  }
  const Page& next_page = doc.pages[static_cast<size_t>(x.front().front().page - 1)];
  if (numbers_only(doc, last) && is_number(next.text)) {
    if (broken_between_characters(doc, last, next_page, next, marks, limit)) {
      return Evidence::kBroken;
    }
    return ends_open(end->text) ? Evidence::kRunsOn : Evidence::kFresh;
  }
  return ends_open(end->text) ? Evidence::kRunsOn : Evidence::kNothing;
}

// Which grid columns of row `r` get text from a cell that starts in that row (a rowspan from
// above brings none): the row's shape.
std::vector<bool> shape(const Table& table, const TableGrid& grid, size_t r) {
  std::vector<bool> out(grid.columns, false);
  for (size_t c = 0; c < grid.columns; ++c) {
    const GridSlot& slot = grid.slots[r][c];
    out[c] = slot.row == static_cast<int>(r) && !plain_text(cell_at(table, slot).inlines).empty();
  }
  return out;
}

// Whether a body row above row `end` has the shape `wanted`.
bool shape_seen(const Table& table, const TableGrid& grid, const std::vector<bool>& wanted,
                size_t end) {
  for (size_t r = static_cast<size_t>(std::max(table.header_rows, 0)); r < end; ++r) {
    if (shape(table, grid, r) == wanted) return true;
  }
  return false;
}

// Step 1: the slot of the cell above each cell of `row`; empty when the layouts differ.
std::vector<GridSlot> aligned_targets(const Table& table, const TableGrid& grid,
                                      const std::vector<Cell>& row) {
  if (table.rows.empty() || row.empty()) return {};
  const std::vector<GridSlot>& last = grid.slots.back();
  std::vector<GridSlot> targets;
  size_t col = 0;
  for (const Cell& cell : row) {
    if (col >= last.size() || last[col].empty()) return {};
    const GridSlot& target = last[col];
    const Cell& above = cell_at(table, target);
    if (above.header || above.colspan != cell.colspan ||
        (col > 0 && last[col - 1].same_cell(target))) {
      return {};
    }
    targets.push_back(target);
    col += static_cast<size_t>(cell.colspan);
  }
  if (col > last.size()) return {};
  if (std::any_of(last.begin() + static_cast<std::ptrdiff_t>(col), last.end(),
                  [](const GridSlot& s) { return !s.empty(); })) {
    return {};
  }
  return targets;
}

// Step 3: `row` fills exactly the cells the last row left empty, one of them at least inside it
// (a filled cell to its right), and leaves empty every cell the last row fills but those its
// text runs on in: the rest of that row, cells of which went whole to the next page while others
// broke there. With `reopen`, a cell of the last row that a
// rowspan from above covers counts as empty: the blank the moved cell left at the row's start
// was read as the label above going on (hrule_tables.h, step 4c).
bool completes(const Table& table, const TableGrid& grid, const std::vector<Cell>& row,
               const std::vector<Evidence>& evidence, bool reopen) {
  const std::vector<GridSlot>& last = grid.slots.back();
  const int last_row = static_cast<int>(grid.slots.size()) - 1;
  std::vector<bool> above_filled;
  for (size_t i = 0, col = 0; i < row.size(); col += static_cast<size_t>(row[i].colspan), ++i) {
    above_filled.push_back((!reopen || last[col].row == last_row) &&
                           !plain_text(cell_at(table, last[col]).inlines).empty());
  }
  // Filled cells of `row` past the last row's last filled cell count only beside one inside:
  // WeasyPrint moves the Year and the last column's figure of a row alike ("2004" and "64.5%"
  // over "41%-36% ... 603,645"), while a row that only fills what the last row leaves empty at
  // its end ("Sex:" | "" over "" | "Female") says nothing, unless no body row above the last
  // leaves its cells so: a description moved whole ("The Guardian" | "NGO" | "" over "" | "" |
  // "The police recorded ...") leaves a row of a shape the table's rows never have.
  bool inside = false;
  for (size_t i = 0; i < row.size(); ++i) {
    const bool here = evidence[i] != Evidence::kEmpty;
    const bool goes_on = evidence[i] == Evidence::kRunsOn || evidence[i] == Evidence::kBroken;
    if (here == above_filled[i] && !(here && goes_on)) return false;
    inside |= here && std::find(above_filled.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                above_filled.end(), true) != above_filled.end();
  }
  return inside || !shape_seen(table, grid, shape(table, grid, static_cast<size_t>(last_row)),
                               static_cast<size_t>(last_row));
}

// Step 3: the whole of `row` carries on the last row.
bool carries_on(const Table& table, const TableGrid& grid, const std::vector<Cell>& row,
                const std::vector<Evidence>& evidence) {
  if (completes(table, grid, row, evidence, /*reopen=*/false)) return true;
  bool runs_on = false, text = false, left_empty = false;
  std::vector<bool> filled;
  for (size_t i = 0; i < row.size(); ++i) {
    if (evidence[i] == Evidence::kFresh) return false;
    runs_on |= evidence[i] == Evidence::kRunsOn || evidence[i] == Evidence::kBroken;
    const bool here = evidence[i] != Evidence::kEmpty;
    text |= here;
    filled.insert(filled.end(), static_cast<size_t>(row[i].colspan), here);
  }
  if (runs_on) return true;
  const std::vector<GridSlot>& last = grid.slots.back();
  for (size_t i = 0, col = 0; i < row.size(); col += static_cast<size_t>(row[i].colspan), ++i) {
    left_empty |= evidence[i] == Evidence::kEmpty &&
                  !plain_text(cell_at(table, last[col]).inlines).empty();
  }
  filled.resize(grid.columns, false);
  return text && left_empty && !shape_seen(table, grid, filled, table.rows.size());
}

// Step 3b: where T's text stops on `page`, the last page of R: at R's foot (its last line within
// `max_gap` font-size units of T's bottom there), or above it (on an earlier page, or higher).
using Stop = ParagraphEnd::Stop;

Stop stop_of(const Doc& doc, const Cell& target, const std::vector<TextLine>& t, int page,
             double max_gap) {
  if (t.empty() || t.back().empty()) return Stop::kUnknown;
  const TextLine& last = t.back();
  if (last.front().page < page) return Stop::kAbove;
  const Word* end = last_word(doc, last);
  const Place* box = place_on(target, page);
  if (box == nullptr || end == nullptr || last.front().page != page) return Stop::kUnknown;
  double line_y1 = 0;
  for (WordRef ref : last) line_y1 = std::max(line_y1, word_at(doc, ref).box.y1);
  return box->box.y1 - line_y1 > max_gap * std::max(end->font_size, 1.0) ? Stop::kAbove
                                                                          : Stop::kFoot;
}

// Step 3b: every body row of `table` fills column c with a cell of its own (no span from above,
// no blank): a column of names, which no row leaves empty.
bool filled_in_every_row(const Table& table, const TableGrid& grid, size_t c,
                         size_t except = static_cast<size_t>(-1)) {
  for (size_t r = static_cast<size_t>(std::max(table.header_rows, 0)); r < grid.slots.size(); ++r) {
    if (r != except && !shape(table, grid, r)[c]) return false;
  }
  return true;
}

// Step 3b: N goes on with exactly the cells of R whose text reaches R's foot, and leaves empty
// exactly those whose text stopped above it, in columns every body row fills
// (paragraph_ends.h): a tall cell broken over the page at a paragraph of its own (a capital
// after a line with room to spare, which alone reads as fresh text).
bool goes_on_alone(const Doc& doc, const Table& table, const TableGrid& grid,
                   const CellLines& lines, const std::vector<GridSlot>& targets,
                   const std::vector<Cell>& row, const std::vector<Evidence>& evidence,
                   const std::vector<double>& max_gaps, int page) {
  const int last_row = static_cast<int>(table.rows.size()) - 1;
  std::vector<ParagraphEnd> ends;
  std::vector<size_t> cols;
  for (size_t i = 0, col = 0; i < row.size(); col += static_cast<size_t>(row[i].colspan), ++i) {
    const GridSlot& t = targets[i];
    if (t.row != last_row) return false;
    ends.push_back({stop_of(doc, cell_at(table, t), lines[t.row][t.index], page, max_gaps[i]),
                    evidence[i] != Evidence::kEmpty});
    cols.push_back(col);
  }
  return goes_on_where_it_reaches(
      ends, [&](size_t i) { return filled_in_every_row(table, grid, cols[i]); });
}

// Appends the lines of a cell of N (and its provenance) to the cell T above it.
void append_cell(const Doc& doc, Cell& target, std::vector<TextLine>& target_lines,
                 const Cell& cell, const std::vector<TextLine>& lines, int page,
                 const InlineRunOptions& options) {
  if (lines.empty()) return;
  target_lines.insert(target_lines.end(), lines.begin(), lines.end());
  target.inlines = build_inlines(doc, target_lines, options);
  for (const Place& p : cell.where) add_place(target.where, page, p.box);
}

// Steps 2 and 3c: the cell's own line pitch, the step between the last two of its lines printed
// on one page (a cell sets its lines one pitch apart on every page; a raised mark's baseline is
// no line's); 0 when no page prints two.
double line_pitch(const Doc& doc, const std::vector<TextLine>& t) {
  for (size_t k = t.size(); k-- > 1;) {
    if (t[k].empty() || t[k - 1].empty() || t[k].front().page != t[k - 1].front().page) continue;
    return baseline_of(doc, t[k]) - baseline_of(doc, t[k - 1]);
  }
  return 0;
}

// Step 2: T's line pitch in font-size units; 0 when no page prints two of its lines.
double pitch_in_sizes(const Doc& doc, const std::vector<TextLine>& t) {
  const double pitch = line_pitch(doc, t);
  if (pitch <= 0 || t.empty() || t.back().empty()) return 0;
  const double size = word_at(doc, t.back().front()).font_size;
  return size > 0 ? pitch / size : 0;
}

// Step 2: the room (font-size units) a widow control leaves under T's last line, one line of T:
// its line pitch, else `fallback`. A template spacing its lines 1.7 font sizes apart
// (WeasyPrint, seed 2311) leaves more than 1.3 of them.
double widow_room(const Doc& doc, const std::vector<TextLine>& t, double fallback) {
  const double pitch = pitch_in_sizes(doc, t);
  return pitch > 0 ? pitch : fallback;
}

// Step 3c: a horizontal rule on `page` between the bottom of `above` and the top of `below`
// (lines of one column there), across their text.
bool rule_between_lines(const Doc& doc, const TextLine& above, const TextLine& below,
                        const TablesConfig& config) {
  const Page& page = doc.pages[static_cast<size_t>(below.front().page - 1)];
  double top = 0, bottom = page.height, x0 = page.width, x1 = 0;
  for (WordRef ref : above) top = std::max(top, word_at(doc, ref).box.y1);
  for (WordRef ref : below) {
    const Box& box = word_at(doc, ref).box;
    bottom = std::min(bottom, box.y0);
    x0 = std::min(x0, box.x0);
    x1 = std::max(x1, box.x1);
  }
  return std::any_of(page.rules.begin(), page.rules.end(), [&](const Rule& rule) {
    const double y = rule.box.centre_y();
    return is_horizontal_rule(rule, config.rules) && y > top && y < bottom &&
           rule.box.x0 < x1 && rule.box.x1 > x0;
  });
}

// Step 3c: the last line the carried part of a cell (`part`) printed on `page`: its own, or,
// where join_cut_row took the part's one line into T's last (`t`: the break cut a word, "2" /
// "0" of a year a digit a line), the words of T's last line printed on `page`.
TextLine part_last_line(const std::vector<TextLine>& t, const std::vector<TextLine>& part,
                        int page) {
  if (!part.empty() && !part.back().empty()) return part.back();
  TextLine out;
  if (t.empty()) return out;
  for (WordRef ref : t.back()) {
    if (ref.page == page) out.push_back(ref);
  }
  return out;
}

// Step 3c: the step between the last two baselines the words of `lines` print on one page,
// raised marks aside; 0 where they print one. A cell's printed lines may be read as one line
// where each holds a word of a column a character wide ("2" / "0" / "0" / "3"): the words
// still sit a line pitch apart.
double baseline_pitch(const Doc& doc, const std::vector<TextLine>& lines) {
  std::vector<std::pair<int, double>> baselines;  // (page, baseline)
  for (const TextLine& line : lines) {
    for (WordRef ref : line) {
      if (!word_at(doc, ref).raised) baselines.emplace_back(ref.page, word_at(doc, ref).baseline);
    }
  }
  std::sort(baselines.begin(), baselines.end());
  for (size_t k = baselines.size(); k-- > 1;) {
    const double step = baselines[k].second - baselines[k - 1].second;
    if (baselines[k].first == baselines[k - 1].first && step > 1) return step;
  }
  return 0;
}

// Step 3c: X (its lines `x`, on the page the carried part `part` of the same cell printed on)
// goes on with that part a line below it: its first line steps from the part's last by the
// cell's own line pitch (`t`, the cell's lines, the part's at their end; where they print no
// two lines on a page, the step between their words' baselines, or X's), within `tolerance`
// font sizes, and no rule lies between.
bool next_line_of(const Doc& doc, const std::vector<TextLine>& t,
                  const std::vector<TextLine>& part, const std::vector<TextLine>& x,
                  const TablesConfig& config) {
  const TextLine above = part_last_line(t, part, x.front().front().page);
  if (above.empty()) return false;
  double pitch = line_pitch(doc, t);
  if (pitch <= 0) pitch = baseline_pitch(doc, t);
  if (pitch <= 0) pitch = baseline_pitch(doc, x);
  const Word& first = word_at(doc, x.front().front());
  const double step = baseline_of(doc, x.front()) - baseline_of(doc, above);
  return pitch > 0 &&
         std::fabs(step - pitch) <= config.carried_part_pitch_tolerance * first.font_size &&
         !rule_between_lines(doc, above, x.front(), config);
}

// Step 3d: the bottom of the last of a cell's lines `t` when it is printed on `page`, else NaN.
double bottom_on(const Doc& doc, const std::vector<TextLine>& t, int page) {
  if (t.empty() || t.back().empty() || t.back().front().page != page) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  double bottom = 0;
  for (WordRef ref : t.back()) bottom = std::max(bottom, word_at(doc, ref).box.y1);
  return bottom;
}

// Step 3d: R, the last row, printed on `page`, is the next paragraph of the row P above it
// (paragraph_ends.h): R has text in cells of its own exactly under the cells of P whose text
// reaches P's last line, and P's cells whose text stopped above it span R (step 4c's reading of
// R's blanks), in columns every body row but R fills; and N (`row`, its lines `row_lines`)
// settles it, with text in exactly R's columns.
bool paragraph_of_row_above(const Doc& doc, const Table& table, const CellLines& lines,
                            const std::vector<Cell>& row,
                            const std::vector<std::vector<TextLine>>& row_lines, int page,
                            const TablesConfig& config) {
  const int last = static_cast<int>(table.rows.size()) - 1, above = last - 1;
  if (above < std::max(table.header_rows, 0)) return false;
  const TableGrid grid = expand_grid(table);
  std::vector<bool> next_text;
  for (size_t i = 0; i < row.size(); ++i) {
    next_text.insert(next_text.end(), static_cast<size_t>(row[i].colspan),
                     !row_lines[i].empty() && !row_lines[i].front().empty());
  }
  if (next_text.size() != grid.columns) return false;
  double p_last = 0, size = 1;
  for (size_t j = 0; j < table.rows[static_cast<size_t>(above)].size(); ++j) {
    const std::vector<TextLine>& p_lines = lines[static_cast<size_t>(above)][j];
    const double bottom = bottom_on(doc, p_lines, page);
    if (bottom > p_last) {
      p_last = bottom;
      size = std::max(word_at(doc, p_lines.back().front()).font_size, 1.0);
    }
  }
  std::vector<ParagraphEnd> ends;
  std::vector<size_t> cols;
  for (size_t c = 0; c < grid.columns; ++c) {
    const GridSlot& r = grid.slots[static_cast<size_t>(last)][c];
    const GridSlot& p = grid.slots[static_cast<size_t>(above)][c];
    if (r.empty() || p.empty()) return false;
    if (c > 0 && grid.slots[static_cast<size_t>(last)][c - 1].same_cell(r)) continue;
    // A cell of R's own, printed on the page, under one of P's and going on in N; or a span of
    // P's, blank in N.
    const bool own = r.row == last;
    const bool printed =
        own && !std::isnan(bottom_on(doc, lines[static_cast<size_t>(last)][r.index], page));
    if (p.row != above || next_text[c] != own || (own ? !printed : !r.same_cell(p))) return false;
    const double bottom = bottom_on(doc, lines[static_cast<size_t>(above)][p.index], page);
    ParagraphEnd end{ParagraphEnd::Stop::kUnknown, own};
    if (!std::isnan(bottom)) {
      end.stop = p_last - bottom <= config.hrules.paragraph_row_min_rise * size
                     ? ParagraphEnd::Stop::kFoot
                     : ParagraphEnd::Stop::kAbove;
    }
    ends.push_back(end);
    cols.push_back(c);
  }
  return goes_on_where_it_reaches(ends, [&](size_t i) {
    return filled_in_every_row(table, grid, cols[i], static_cast<size_t>(last));
  });
}

// Step 3d: R's lines appended to the cells of P above them on `page`, P's spans over R ended in
// P, and R removed.
void fold_into_row_above(const Doc& doc, Table& table, CellLines& lines, int page,
                         const InlineRunOptions& options) {
  const TableGrid grid = expand_grid(table);
  const int last = static_cast<int>(table.rows.size()) - 1;
  for (size_t c = 0; c < grid.columns; ++c) {
    const GridSlot& r = grid.slots[static_cast<size_t>(last)][c];
    if (c > 0 && grid.slots[static_cast<size_t>(last)][c - 1].same_cell(r)) continue;
    if (r.row != last) {
      cell_at(table, r).rowspan -= 1;
      continue;
    }
    const GridSlot& p = grid.slots[static_cast<size_t>(last) - 1][c];
    append_cell(doc, cell_at(table, p), lines[static_cast<size_t>(p.row)][p.index],
                cell_at(table, r), lines[static_cast<size_t>(last)][r.index], page, options);
  }
  table.rows.pop_back();
  lines.pop_back();
}

// Steps 2 and 3c: X's first line finishes T's last word (Evidence::kBroken): one printed line
// cut by the break, taken into T's last line; `target`'s text rebuilt where X had no more.
void glue_broken_line(const Doc& doc, Cell& target, std::vector<TextLine>& t,
                      std::vector<TextLine>& x, const Cell& cell, int page,
                      const InlineRunOptions& options) {
  t.back().insert(t.back().end(), x.front().begin(), x.front().end());
  x.erase(x.begin());
  if (!x.empty()) return;
  target.inlines = build_inlines(doc, t, options);
  for (const Place& p : cell.where) add_place(target.where, page, p.box);
}

// Steps 1 to 4, against the table's last row as it stands.
bool join_to_last_row(const Doc& doc, Table& table, CellLines& lines, std::vector<Cell>& row,
                      std::vector<std::vector<TextLine>>& row_lines, int page,
                      const NoteWords& words, const std::vector<double>& text_widths,
                      const Hyphenation& hyphenation, const TablesConfig& config) {
  const TableGrid grid = expand_grid(table);
  const std::vector<GridSlot> targets = aligned_targets(table, grid, row);
  if (targets.empty()) return false;
  std::vector<Evidence> evidence;
  std::vector<double> max_gaps;
  for (size_t i = 0, col = 0; i < row.size(); col += static_cast<size_t>(row[i].colspan), ++i) {
    const GridSlot& t = targets[i];
    const double text_width = cell_text_width(text_widths, col, row[i].colspan);
    // A span from above ends where its text ends, so no widow control leaves room in it.
    const bool in_last_row = t.row + 1 == static_cast<int>(table.rows.size());
    const double widow = config.cut_row_widow_gap > 0 ? widow_room(doc, lines[t.row][t.index],
                                                                   config.cut_row_widow_gap)
                                                      : 0;
    const double no_line_fits =
        std::max(config.cut_row_max_gap, pitch_in_sizes(doc, lines[t.row][t.index]));
    max_gaps.push_back(no_line_fits + (in_last_row ? widow : 0));
    evidence.push_back(read_pair(doc, cell_at(table, t), lines[t.row][t.index], row_lines[i],
                                 max_gaps.back(), text_width, words, config));
    if (!in_last_row && evidence.back() != Evidence::kEmpty &&
        ends_above_row(doc, lines[t.row][t.index], lines.back(), page - 1,
                       config.line_tolerance)) {
      evidence.back() = Evidence::kFresh;
    }
  }
  auto take = [&](size_t i, int extra_rows) {
    const GridSlot& t = targets[i];
    Cell& target = cell_at(table, t);
    target.rowspan += extra_rows;
    if (evidence[i] == Evidence::kBroken) {
      glue_broken_line(doc, target, lines[t.row][t.index], row_lines[i], row[i], page,
                       cell_inline_options(config, hyphenation));
    }
    append_cell(doc, target, lines[t.row][t.index], row[i], row_lines[i], page,
                cell_inline_options(config, hyphenation));
  };
  if (carries_on(table, grid, row, evidence) ||
      goes_on_alone(doc, table, grid, lines, targets, row, evidence, max_gaps, page - 1)) {
    for (size_t i = 0; i < row.size(); ++i) take(i, std::max(row[i].rowspan, 1) - 1);
    return true;
  }
  const int last_row = static_cast<int>(table.rows.size()) - 1;
  // Step 3, a moved cell under a label's rowspan: the span ends a row earlier and the moved
  // cell takes its place in the last row (from the right, so that inserting keeps the indices
  // of the cells still to visit).
  if (completes(table, grid, row, evidence, /*reopen=*/true)) {
    std::vector<size_t> cols;
    for (size_t i = 0, col = 0; i < row.size(); col += static_cast<size_t>(row[i].colspan), ++i) {
      cols.push_back(col);
    }
    for (size_t i = row.size(); i-- > 0;) {
      if (targets[i].row == last_row || evidence[i] == Evidence::kEmpty) {
        take(i, std::max(row[i].rowspan, 1) - 1);
        continue;
      }
      cell_at(table, targets[i]).rowspan -= 1;
      const std::vector<GridSlot>& slots = grid.slots.back();
      const auto at = static_cast<std::ptrdiff_t>(std::count_if(
          slots.begin(), slots.begin() + static_cast<std::ptrdiff_t>(cols[i]),
          [&](const GridSlot& s) { return s.row == last_row && s.anchor; }));
      table.rows.back().insert(table.rows.back().begin() + at, row[i]);
      lines.back().insert(lines.back().begin() + at, row_lines[i]);
    }
    return true;
  }
  // Step 4, from the right so that erasing keeps the indices of the cells still to visit.
  // Cells of N blank from its first up to a cell with text (hrule_tables.h, step 4c).
  size_t leading = 0;
  while (leading < row.size() && evidence[leading] == Evidence::kEmpty) ++leading;
  if (leading == row.size() || !config.hrules.leading_blank_spans) leading = 0;
  for (size_t i = row.size(); i-- > 0;) {
    const bool empty = evidence[i] == Evidence::kEmpty;
    const bool continues_label =
        i < leading && !plain_text(cell_at(table, targets[i]).inlines).empty();
    const bool span = targets[i].row < last_row || row[i].rowspan > 1 || continues_label;
    const bool text_goes_on = (evidence[i] == Evidence::kRunsOn ||
                               evidence[i] == Evidence::kNothing) &&
                              !opens_label(word_at(doc, row_lines[i].front().front()).text);
    if (!span || !(empty || text_goes_on)) continue;
    take(i, std::max(row[i].rowspan, 1));
    row.erase(row.begin() + static_cast<std::ptrdiff_t>(i));
    row_lines.erase(row_lines.begin() + static_cast<std::ptrdiff_t>(i));
  }
  return false;
}

}  // namespace

bool join_cut_row(const Doc& doc, Table& table, CellLines& lines, std::vector<Cell>& row,
                  std::vector<std::vector<TextLine>>& row_lines, int page,
                  const NoteWords& words, const std::vector<double>& text_widths,
                  const Hyphenation& hyphenation, const TablesConfig& config) {
  // Step 3d: R folded into P holds only when N then carries P on.
  if (paragraph_of_row_above(doc, table, lines, row, row_lines, page - 1, config)) {
    Table folded = table;
    CellLines folded_lines = lines;
    std::vector<Cell> next = row;
    std::vector<std::vector<TextLine>> next_lines = row_lines;
    fold_into_row_above(doc, folded, folded_lines, page - 1,
                        cell_inline_options(config, hyphenation));
    if (join_to_last_row(doc, folded, folded_lines, next, next_lines, page, words, text_widths,
                         hyphenation, config)) {
      table = std::move(folded);
      lines = std::move(folded_lines);
      return true;
    }
  }
  return join_to_last_row(doc, table, lines, row, row_lines, page, words, text_widths,
                          hyphenation, config);
}

bool join_carried_part(const Doc& doc, Table& table, CellLines& lines, const PageRow& part,
                       const PageRow& row, int page, const NoteWords& words,
                       const std::vector<double>& text_widths, const Hyphenation& hyphenation,
                       const TablesConfig& config) {
  const TableGrid grid = expand_grid(table);
  const std::vector<GridSlot>& last = grid.slots.back();
  const int last_row = static_cast<int>(table.rows.size()) - 1;
  // The cell of `part` starting in each column, and the columns a cell of `row` covers.
  std::vector<int> part_at(grid.columns, -1);
  for (size_t i = 0; i < part.cells.size(); ++i) {
    const auto c = static_cast<size_t>(part.columns[i]);
    if (c < grid.columns) part_at[c] = static_cast<int>(i);
  }
  std::vector<bool> in_row(grid.columns, false), blank(grid.columns, true);
  bool text = false;
  for (size_t j = 0; j < row.cells.size(); ++j) {
    const auto c = static_cast<size_t>(row.columns[j]);
    const int span = row.cells[j].colspan;
    if (c + static_cast<size_t>(span) > grid.columns || row.cells[j].rowspan != 1) return false;
    std::fill_n(in_row.begin() + static_cast<std::ptrdiff_t>(c), span, true);
    const std::vector<TextLine>& x = row.lines[j];
    if (x.empty() || x.front().empty()) continue;
    // Text only where the part has text, in the same cell of R.
    const int i = part_at[c];
    const GridSlot& t = last[c];
    if (i < 0 || part.cells[static_cast<size_t>(i)].colspan != span || t.row != last_row ||
        (c > 0 && last[c - 1].same_cell(t)) ||
        !next_line_of(doc, lines[t.row][t.index], part.lines[static_cast<size_t>(i)], x, config)) {
      return false;
    }
    std::fill_n(blank.begin() + static_cast<std::ptrdiff_t>(c), span, false);
    text = true;
  }
  // Blank elsewhere (or under a span the part's blank opened: step 4c's reading of blank
  // leading cells), where every body row has a cell of its own: a name, which no row leaves out.
  bool left_blank = false;
  for (size_t c = 0; c < grid.columns; ++c) {
    if (!blank[c]) continue;
    const bool spanned = !in_row[c] && !last[c].empty() &&
                         last[c].row + cell_at(table, last[c]).rowspan > last_row + 1;
    if ((!in_row[c] && !spanned) || !filled_in_every_row(table, grid, c)) return false;
    left_blank = true;
  }
  if (!text || !left_blank) return false;
  const InlineRunOptions options = cell_inline_options(config, hyphenation);
  for (size_t j = 0; j < row.cells.size(); ++j) {
    const auto c = static_cast<size_t>(row.columns[j]);
    const GridSlot& t = last[c];
    Cell& target = cell_at(table, t);
    std::vector<TextLine>& t_lines = lines[t.row][t.index];
    std::vector<TextLine> x = row.lines[j];
    // A word the part's last line cut goes on in X with no space, as over the break (step 2:
    // "2" / "0" at a page's foot, "0" / "3" under them, a year a digit a line).
    const double text_width = cell_text_width(text_widths, c, row.cells[j].colspan);
    if (read_pair(doc, target, t_lines, x, std::numeric_limits<double>::infinity(), text_width,
                  words, config) == Evidence::kBroken) {
      glue_broken_line(doc, target, t_lines, x, row.cells[j], page, options);
    }
    append_cell(doc, target, t_lines, row.cells[j], x, page, options);
  }
  // The spans join_cut_row lengthened over `row` end with R, into which `row` went.
  for (size_t c = 0; c < grid.columns; ++c) {
    if (in_row[c] || (c > 0 && last[c - 1].same_cell(last[c]))) continue;
    cell_at(table, last[c]).rowspan -= 1;
  }
  return true;
}

}  // namespace coi::tables
