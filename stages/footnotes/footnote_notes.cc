// Reading the notes of the footnote areas, and the mark-to-note links of the body.
//
// Step 1: a page's footnote lines (LineRole::kFootnote, in reading order) are cut into notes. A
//         line opens a note when its first word is a raised number (wherever it sits: TeX sets
//         it right-aligned in an indent), or the number expected next (the last note's + 1) at
//         the area's left edge (within `number_indent`). A plain number that does not follow ("2025" wrapped to the start of a line)
//         is text. The number may sit alone on its line (raised numbers often do): the note's
//         text is then the lines after it. A number an earlier note already has opens nothing
//         (a note's number names it): the line stays text and is reported. Where the notes so
//         far opened with raised numbers, a number on the baseline opens none (see read_lines).
// Step 1b: when a note's area was lost (the layout did not find it), the number expected never
//         comes: a number at the margin a few notes past it (max_lost_notes) opens a note when
//         the notes after it go on in sequence from it (see resumes_sequence). Else every later
//         note would read as a run-on of the note before the lost one. Any number of notes may
//         be missing (pages cut from a note) where the number's mark is printed in the body
//         (before the first note read) or on its page or the one before (see starts_or_resumes).
// Step 1c: of two lines in a row opening with the expected number on the baseline (the second
//         may open the next page's area), the first
//         ends the note before when it has room left for the second's first word (see
//         ends_note_before): a producer wraps a note's line only where the next word does not
//         fit, so "28 November 2024" with room to spare is note 27's last line, and the line
//         under it opens note 28.
// Step 1d: a CSS engine prints the notes of one table row or one line in the order it places
//         their calls ("4", "3", "5"), and may leave a note of a table row it moved to the next
//         page behind ("36", "38" / next page "37", "39", the marks of 37 to 40 on the next
//         page): a number on the baseline at the margin a few notes past the expected one opens
//         a note when no later line of its area or the next page's opens this number and the
//         expected note opens a later line of the same area (this number's mark printed on this
//         page or the one before) or the next page's area first (its mark on this page, the one
//         before or the one after: the row moved on). The expected number stays expected until
//         its note comes (see printed_ahead).
// Step 2: lines before the first number of a page continue the last note of the pages before (a
//         note that runs over a page break is one note) when that note has a line on the page
//         before: a producer carries a note over onto the next page only. Otherwise (no note
//         before, or the last note read ended pages back and the continued note's start was
//         lost with its page's area) they are reported.
// Step 3: each note's lines become inlines through build_inlines, so bold and links read as in
//         the body; every line adds to the note's provenance.
// Step 4 (marks): a raised digit word of the body covered by several internal link areas, each
//         landing on a different note, is several marks printed together: "78" over a link to
//         note 7 and one to note 8.
//
//   | 12 Service-Public, Home, no date                 -> note 12
//   | 13                                               -> note 13 opens, number alone
//   |    Service-Public, Refugee status ... 5 July     -> note 13
//   |    2025                                          -> note 13 ("2025" is not 14, not raised)
//   ----- page break -----
//   |    (continued text)                              -> still note 13
//   ----- page break: note 14's area lost -----
//   | 15 Amnesty, Annual report, 2024                  -> note 15 (16 follows), after 14 lost
//   | 16 HRW, World report, 2025                       -> note 16
//   ----- page break: a table row marks 18 and 17 -----
//   | 18 DIS, Factsheet, 2021                          -> note 18, printed ahead (17 follows)
//   | 17 UNHCR, Guidance note, 2023 ... updated        -> note 17
//   | 18 June 2024                                     -> note 18 again: text of note 17
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "pipeline/decimal.h"
#include "stages/footnotes/footnotes_parts.h"
#include "stages/text/hyphenation.h"
#include "stages/text/inline_runs.h"

namespace coi {

namespace {

// The value of a word that is a note number ("13", "13.", "13)"), or -1.
int note_number(std::string_view text) {
  if (!text.empty() && (text.back() == '.' || text.back() == ')')) text.remove_suffix(1);
  return decimal_int(text).value_or(-1);
}

struct RawNote {
  int number = 0;
  int page = 0;
  std::vector<TextLine> lines;
  Places where;
};

// A line of a footnote area and what its first word says about opening a note.
struct AreaLine {
  const Page* page = nullptr;
  const Line* line = nullptr;
  int number = -1;          // the first word as a note number, or -1
  bool raised = false;      // the number is raised
  bool at_margin = false;   // the number starts at the area's left edge
  double room = 0;          // from the line's end to the area's right edge
  double first_width = 0;   // of the first word
  double font_size = 0;     // of the first word

  // The line's first word opens a note by its look: raised, or at the margin.
  bool may_open() const { return number >= 0 && (raised || at_margin); }
};

// Every footnote line of the document in reading order, page after page.
std::vector<AreaLine> area_lines(const Doc& doc, const FootnotesConfig& config) {
  std::vector<AreaLine> out;
  for (const Page& page : doc.pages) {
    double left = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    for (const Line& line : page.lines) {
      if (line.role == LineRole::kFootnote && !line.words.empty()) {
        left = std::min(left, page.words[line.words.front()].box.x0);
        right = std::max(right, line.box.x1);
      }
    }
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kFootnote || line.words.empty()) continue;
      const Word& first = page.words[line.words.front()];
      out.push_back(AreaLine{&page, &line, note_number(first.text), first.raised,
                             first.box.x0 <= left + config.number_indent * first.font_size,
                             right - line.box.x1, first.box.width(), first.font_size});
    }
  }
  return out;
}

// Step 1c: the line at `at` opens with the expected number on the baseline, and so does the next
// line, which the line before could have held: a line with room left for the next line's first
// word (and a space) ends its paragraph, so the next line opens the note and this one is the end
// of the note before ("... updated" / "28 November 2024" / "28 World Health ..."). The next line
// may open the next page's area, the note's mark printed there: "24 May 2015" ends page 14's
// notes, the end of note 23, and "24 Freedom House ..." opens page 15's (WeasyPrint, seed 1809).
bool ends_note_before(const std::vector<AreaLine>& lines, size_t at,
                      const FootnotesConfig& config) {
  if (at + 1 >= lines.size()) return false;
  const AreaLine& line = lines[at];
  const AreaLine& next = lines[at + 1];
  const bool adjacent = next.page == line.page || next.page == line.page + 1;
  return adjacent && next.number == line.number && next.may_open() &&
         line.room >= next.first_width + config.word_fit_room * next.font_size;
}

// True when a raised number `n` is printed on `page` above its footnote area: a mark of note n.
bool marked_above_area(const Page& page, int n) {
  const double bottom = page.body_bottom();
  return std::any_of(page.words.begin(), page.words.end(), [&](const Word& word) {
    return word.raised && word.box.y1 <= bottom && note_number(word.text) == n;
  });
}

// True when note n's mark is printed on `page` or the page before, whose notes the producer
// may carry over when they do not fit under their marks.
bool marked_for_page(const Doc& doc, const Page& page, int n) {
  const size_t index = static_cast<size_t>(&page - doc.pages.data());
  return marked_above_area(page, n) || (index > 0 && marked_above_area(doc.pages[index - 1], n));
}

// Step 1d: a number on the baseline at the margin, past the expected one but within max_lost_notes
// of it, opens a note printed ahead of its turn when no later line of its area or of the next
// page's opens this number and either the note expected opens a later line of the same area, its
// mark printed on this page or the one before, or the note expected opens the next page's area
// first, its mark printed on this page or the one before or after. A CSS engine lays out the
// notes of one table row or one line in the order it places their calls, not in number order
// ("4", "3", "5" under a row whose cells mark 3 and 4), and a table row it first tried at a
// page's foot and then moved to the next page may leave a note it had placed behind, while a
// longer one goes on with the row: page 15 prints notes 36 and 38, and page 16 the rows marking
// 37 to 40 over notes 37, 39 and 40 (WeasyPrint, seed 1303). Only that carried-over note may have
// its mark on the next page: a date wrapped to the margin, "12 April 2020" under note 3 with note
// 4 next on the page and mark 12 on the next page, is note 3's (WeasyPrint, seed 124, page 5).
bool printed_ahead(const Doc& doc, const std::vector<AreaLine>& lines, size_t at, int expected,
                   const FootnotesConfig& config) {
  const AreaLine& line = lines[at];
  const int n = line.number;
  if (n <= expected || n - expected > config.max_lost_notes) return false;
  const int next_page = line.page->number + 1;
  bool expected_on_page = false;       // the expected note opens a later line of this area
  bool expected_opens_next = false;    // ... or the next page's area
  bool next_page_opened = false;       // a note of the next page's area seen
  for (size_t i = at + 1; i < lines.size() && lines[i].page->number <= next_page; ++i) {
    if (!lines[i].may_open()) continue;
    if (lines[i].number == n) return false;
    const bool on_next_page = lines[i].page->number == next_page;
    if (lines[i].number == expected) {
      if (!on_next_page) expected_on_page = true;
      else if (!next_page_opened) expected_opens_next = true;
    }
    next_page_opened = next_page_opened || on_next_page;
  }
  if (!expected_on_page && !expected_opens_next) return false;
  if (marked_for_page(doc, *line.page, n)) return true;
  const size_t index = static_cast<size_t>(line.page - doc.pages.data());
  return expected_opens_next && index + 1 < doc.pages.size() &&
         marked_above_area(doc.pages[index + 1], n);
}

// The lowest number above `n` that no note read so far has.
int next_unread(int n, const std::set<int>& numbers) {
  while (numbers.count(++n)) {
  }
  return n;
}

// Step 1b: a number on the baseline at the margin, past the expected one but within
// max_lost_notes of it, opens a note when, of the later lines opening with a number from the
// expected one to its successor (raised or at the margin), the first opens its successor: the
// notes run on in sequence from it, so the ones between were lost (an area the layout did not
// find). A number that merely starts a line of text ("5 people" where note 3 is expected) is
// followed by the expected note, not its successor; numbers out of that range ("2025", "12
// people") are text either way and decide nothing.
bool resumes_sequence(const std::vector<AreaLine>& lines, size_t at, int expected,
                      int max_lost) {
  const int n = lines[at].number;
  if (n <= expected || n - expected > max_lost) return false;
  for (size_t i = at + 1; i < lines.size(); ++i) {
    const AreaLine& next = lines[i];
    if (next.number < expected || next.number > n + 1) continue;
    if (next.raised || next.at_margin) return next.number == n + 1;
  }
  return false;
}

// Step 1b for any number of notes lost: pages cut from the middle of a note, or a note whose
// numbering starts past 1, print no note 1, and however far past it their first note is, it
// opens the sequence when its mark is printed in the body and the notes after it go on from it
// (WeasyPrint, seed 1563 pages 8 to 11 from note 12, seed 1907 pages 9 to 11 from note 22: every
// note read as text without a number and its words lost). Past the first note read, a number
// more than max_lost_notes ahead does so only with its mark on its page or the one before (pages
// cut apart: notes 51 to 55, then 105 to 108, read as note 55's text).
bool starts_or_resumes(const Doc& doc, const std::vector<AreaLine>& lines, size_t at,
                       int expected, bool first_note, const FootnotesConfig& config) {
  if (resumes_sequence(lines, at, expected, config.max_lost_notes)) return true;
  const int n = lines[at].number;
  const bool marked =
      first_note ? std::any_of(doc.pages.begin(), doc.pages.end(),
                               [&](const Page& page) { return marked_above_area(page, n); })
                 : marked_for_page(doc, *lines[at].page, n);
  return marked && resumes_sequence(lines, at, expected, std::numeric_limits<int>::max());
}

// Step 2: whether text before a page's first number continues the last note read, which a
// producer carries over onto the next page only.
bool continues_last_note(const std::vector<RawNote>& notes, const Page& page) {
  return !notes.empty() && notes.back().where.back().page >= page.number - 1;
}

// Step 2: the report of text before a page's first number that continues no note.
std::string without_number_message(const std::vector<RawNote>& notes) {
  std::string message = "footnote text without a number at the top of the footnote area";
  if (notes.empty()) return message;
  return message + "; the last note read, " + std::to_string(notes.back().number) +
         ", ends on page " + std::to_string(notes.back().where.back().page);
}

// Step 1 and 2 for every area line: appends notes and continuation lines to `notes`.
void read_lines(const Doc& doc, const std::vector<AreaLine>& lines, const FootnotesConfig& config,
                std::vector<RawNote>& notes, Diagnostics& diag) {
  std::set<int> numbers;  // of the notes read so far
  int expected = 1;                  // the number the next note opens with
  int raised_openings = 0;           // notes opened by a raised number
  bool opened_on_baseline = false;  // a note opened by a number on the baseline
  int reported_page = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const AreaLine& at = lines[i];
    const Page& page = *at.page;
    const Line& line = *at.line;
    const int n = at.number;
    TextLine text;
    // A raised number opens a note wherever the producer's number box puts it (TeX right-aligns
    // it in an indent); a number on the baseline must also be at the margin and the one expected,
    // or resume the sequence after lost notes.
    // Where every note so far opened with a raised number (TeX, Word), the producer raises them
    // all: a number on the baseline is a note's text wrapped to the margin ("under §" / "33 of
    // the decree"), even the one expected. Before the habit is sure (fewer raised openings than
    // raised_habit_notes), the number's own mark decides: a producer that raises its numbers
    // prints a note under its mark, so a baseline number whose mark neither this page nor the one
    // before prints is text ("updated" / "3 September 2021" under note 2, mark 3 overleaf).
    // A note printed ahead of its turn leaves the expected one expected.
    const bool raised_so_far = raised_openings > 0 && !opened_on_baseline;
    const bool raises_numbers =
        raised_so_far && (raised_openings >= config.raised_habit_notes ||
                          (n >= 0 && !marked_for_page(doc, page, n)));
    const bool on_baseline = !at.raised && !raises_numbers && at.at_margin;
    const bool ahead = on_baseline && printed_ahead(doc, lines, i, expected, config);
    const bool opens =
        n >= 0 &&
        (at.raised || (on_baseline && ((n == expected && !ends_note_before(lines, i, config)) ||
                                       ahead || starts_or_resumes(doc, lines, i, expected,
                                                                  notes.empty(), config))));
    if (opens && numbers.count(n)) {
      diag.warn("footnote-number-repeated",
                "footnote number " + std::to_string(n) + " appears again; read as text of note " +
                    std::to_string(notes.back().number),
                page.number);
    }
    if (opens && numbers.insert(n).second) {
      if (at.raised) {
        ++raised_openings;
      } else {
        opened_on_baseline = true;
      }
      if (!ahead) expected = next_unread(n, numbers);
      notes.push_back(RawNote{n, page.number, {}, {}});
      for (size_t w = 1; w < line.words.size(); ++w) text.push_back({page.number, line.words[w]});
    } else {
      if (!continues_last_note(notes, page)) {
        if (reported_page != page.number) {
          diag.warn("footnote-without-number", without_number_message(notes), page.number);
        }
        reported_page = page.number;
        continue;
      }
      for (int w : line.words) text.push_back({page.number, w});
    }
    add_place(notes.back().where, page.number, line.box);
    if (!text.empty()) notes.back().lines.push_back(std::move(text));
  }
}

// Whether a line of the notes may end in a hyphen, the one place build_inlines asks the
// hyphenation (inline_runs.h, step 3): the line's text ends with its last word that normalises to
// something, so a hyphen in that word or in the words after it (which normalise to nothing) is
// what could end it; a line of such words only is taken to. Most of a Word note's notes break no
// line at a hyphen, and for them neither the vocabulary nor the note's hyphenation habit, each
// costing more than reading every note, is built.
bool may_end_a_line_in_hyphen(const Doc& doc, const std::vector<RawNote>& raw) {
  std::string normalized;  // scratch of normalize_text
  for (const RawNote& note : raw) {
    for (const TextLine& line : note.lines) {
      bool text_found = false;
      for (auto word = line.rbegin(); word != line.rend() && !text_found; ++word) {
        const std::string_view text =
            normalize_text(doc.pages[word->page - 1].words[word->word].text, normalized);
        if (text.find('-') != std::string_view::npos ||
            text.find("\u2010") != std::string_view::npos) {
          return true;
        }
        text_found = !text.empty();
      }
      if (!text_found) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Footnote> read_footnotes(const Doc& doc, const FootnotesConfig& config,
                                     Diagnostics& diag) {
  std::vector<RawNote> raw;
  read_lines(doc, area_lines(doc, config), config, raw, diag);
  InlineRunOptions options;
  options.footnote_marks = false;
  if (may_end_a_line_in_hyphen(doc, raw)) options.hyphenation = &hyphenation_of(doc);  // segment's
  std::vector<Footnote> notes;
  notes.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (i > 0 && raw[i].number != raw[i - 1].number + 1) {
      diag.warn("footnote-out-of-sequence",
                "footnote " + std::to_string(raw[i].number) + " follows footnote " +
                    std::to_string(raw[i - 1].number),
                raw[i].page);
    }
    Footnote note;
    note.number = raw[i].number;
    note.inlines = build_inlines(doc, raw[i].lines, options);
    note.where = std::move(raw[i].where);
    notes.push_back(std::move(note));
  }
  return notes;
}

namespace {

// Where each note starts on each page it has a line on: a note's first place on that page, in
// the notes' order, by page. Looked up per link, so that the marks' links do not each take a
// pass over every note.
struct NoteStart {
  Box box;
  int number = 0;
};
using NoteStarts = std::unordered_map<int, std::vector<NoteStart>>;

NoteStarts note_starts(const std::vector<Footnote>& notes) {
  NoteStarts starts;
  for (const Footnote& note : notes) {
    std::vector<int> pages;  // pages this note has started on (few)
    for (const Place& place : note.where) {
      if (std::find(pages.begin(), pages.end(), place.page) != pages.end()) continue;
      pages.push_back(place.page);
      starts[place.page].push_back(NoteStart{place.box, note.number});
    }
  }
  return starts;
}

// The note an internal link lands on: the note with a line on the destination page nearest the
// destination y, within the tolerance; 0 when none.
int note_at(const LinkArea& area, const NoteStarts& starts, double tolerance) {
  const auto on_page = starts.find(area.dest_page);
  if (on_page == starts.end()) return 0;
  int best = 0;
  double best_distance = std::numeric_limits<double>::max();
  for (const NoteStart& start : on_page->second) {
    const Box& box = start.box;
    const double distance = area.dest_y < box.y0   ? box.y0 - area.dest_y
                            : area.dest_y > box.y1 ? area.dest_y - box.y1
                                                   : 0.0;
    const double limit = tolerance * std::max(box.height(), 1.0);
    if (distance <= limit && distance < best_distance) {
      best_distance = distance;
      best = start.number;
    }
  }
  return best;
}

// Step 4 for one word: the notes its internal link areas land on, left to right.
std::vector<int> linked_notes(const Page& page, const Word& word, const NoteStarts& starts,
                              double tolerance) {
  std::vector<const LinkArea*> areas;
  for (const LinkArea& area : page.links) {
    if (area.uri.empty() && area.dest_page > 0 && overlap_area(area.box, word.box) > 0) {
      areas.push_back(&area);
    }
  }
  std::sort(areas.begin(), areas.end(),
            [](const LinkArea* a, const LinkArea* b) { return a->box.x0 < b->box.x0; });
  std::vector<int> numbers;
  for (const LinkArea* area : areas) {
    const int n = note_at(*area, starts, tolerance);
    if (n > 0 && (numbers.empty() || numbers.back() != n)) numbers.push_back(n);
  }
  return numbers;
}

}  // namespace

MarkSplits linked_mark_splits(const Doc& doc, const std::vector<Footnote>& notes,
                              const FootnotesConfig& config) {
  MarkSplits splits;
  const NoteStarts starts = note_starts(notes);
  for (const Page& page : doc.pages) {
    if (page.links.empty()) continue;
    for (const Line& line : page.lines) {
      if (line.role == LineRole::kFootnote) continue;
      for (int w : line.words) {
        const Word& word = page.words[w];
        const int printed = word.raised ? note_number(word.text) : -1;
        if (printed < 10) continue;  // one digit cannot hold two marks
        std::vector<int> parts = linked_notes(page, word, starts, config.dest_tolerance);
        std::string joined;
        for (int n : parts) joined += std::to_string(n);
        if (parts.size() >= 2 && joined == word.text) splits[printed].push_back(std::move(parts));
      }
    }
  }
  return splits;
}

}  // namespace coi
