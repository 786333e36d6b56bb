// Cutting the flow into chunks: one chunk per printed paragraph, heading, list item or quote.
//
// Assumptions: single-column Word-made notes; paragraphs are separated by space before/after
// (not by first-line indents); paragraph numbers and list markers are followed by a tab.
//
// Step 0: whether the note's typesetter honours widow control (Word's default) is read off the
// note: a page break where a paragraph's first or last line stands alone on its page, the sentence
// visibly running on across the break (rule 5e's exception), shows that it leaves lone lines
// (TeX only discourages widows and orphans; LibreOffice too leaves some), and rule 5e's
// premise fails for the whole note (Metrics::lone_lines).
// Step 0b: whether the typesetter fills a page's foot is read off the note too: a page break
// where the sentence visibly runs on (rule 5e's exception), the new page's first line fitting
// below the last line with its notes (rule 5h), shows a page left short (Metrics::
// room_left_unfilled), and rule 5h then lets no line with a footnote mark move up.
//
// A line starts a new chunk when
//   1. it or the chunk before is a "Back to Contents" line;
//   2. it opens with a paragraph number or list marker (lines.cc, step 4);
//   3. its font size differs from the chunk's (a heading meets its text);
//   3b. the chunk is wholly bold (a heading's look), the line is plain, and its first word would
//      have fitted after the chunk's last line (fit_width): a heading set in the body's size
//      with little space below it meets its text ("Clearance" / "Below is information on
//      when...");
//   4. on the same page with nothing in between, the baseline distance exceeds the usual pitch
//      by more than `paragraph_gap` (Word's space after a paragraph);
//   5. after an interruption (page break, footnote area, table, image) the gap means nothing, so:
//      a. a wholly bold chunk does not continue into a plain line (a heading ends), nor a plain
//         chunk into a wholly bold line (a heading in the body's size begins: "Data
//         limitations" alone at a page's top, its text below);
//      b. the line must sit at the chunk's continuation indent;
//      c. Word sets a table (or inline image) between paragraphs, so after one the text
//         continues only when the chunk visibly went on: its last line does not end a sentence
//         (". : ! ?"). A note printed under a table ("*Change in methodology...") after
//         "...in the table below:" is a paragraph of its own;
//      d. a line ending in "letter-hyphen" (- or U+2010) always continues (Word broke a
//         compound there, or a typesetter a word), and so does a line opening with a footnote
//         mark: a call follows the word it annotates, and a CSS engine may carry it alone to
//         the next page ("...(2015–2022)." / "³⁷³Note: ...", WeasyPrint, seed 1811, p. 123:
//         fixtures/render-losses/call-carried-weasyprint), where, the line and its note
//         fitting above, rule 5h would end the paragraph;
//      e. across a page break, widow/orphan control (Word's default, `widow_control`) leaves at
//         least two lines of a paragraph on each page: a chunk of one line before the break, or
//         a line whose next line on the new page starts anew, means the paragraph had ended.
//         Unless the paragraph visibly runs on: the chunk's last line ends no sentence and the
//         new line opens in lower case, or a plain body-sized line ends on a word no paragraph
//         ends on (a lower-case word unpunctuated, a comma or semicolon: "...a lawyer in" /
//         "Besançon, described...", "...that applied" / "75.6% of claims"; a title may end on
//         one), or leads in with a colon to a line opening no quotation ("...reform states:" /
//         "Humanitarian agencies explained..."), or, in a justified note, the last line fills
//         the column to its right edge, which a paragraph's last line never does, a sentence
//         ending there or not ("...Mr José" / "Muñoz of the Ligue...", "...in practice.150" /
//         "In addition, ..."): TeX and CSS engines only discourage widows and orphans, and leave
//         one line of a paragraph on a page when the page needs it. In a note that leaves lone
//         lines (step 0) the rule says nothing, and the rules after it decide: "...notably in
//         Corse (2015–2025).176" on a full last line, "Local officials considered ..." alone
//         atop the next page, then "Back to Contents" (XeLaTeX, seed 2007, p. 43; seed 2024,
//         p. 4);
//      f. across a page break, when the chunk's last line ends a sentence (the one place a
//         paragraph can end), three more signs that it did:
//         g. the chunk is a quoted paragraph (it opens with a quote mark) and the new line opens
//            a quotation too ("‘A..."): a quotation over several paragraphs opens each one
//            with a mark, while inside a paragraph a new quotation is led in by words
//            ("stated: ‘...");
//         h. Word fills a page before it breaks a paragraph: if the lines that would carry the
//            paragraph on (down to the next break on the new page) would have fitted between
//            the chunk's last line and the page's floor (lines.cc, step 1b), the paragraph had
//            ended and the next one (space before, two lines at least) did not fit. Under
//            widow control a paragraph running on over three lines or more would have moved up
//            at least its first, leaving two on the new page, so that one line fitting is
//            enough; one of one or two lines would have moved up whole, unless a list follows
//            them: a typesetter keeps a paragraph's last lines with the list they lead into. The
//            notes their marks call would have moved up with them, so they need room too: the
//            page's footnote area grows by their height as printed on the new page (lines.cc,
//            step 1d), and a mark whose note is not found there, or a page with no area yet,
//            voids the test;
//         j. in a justified note, the line ends short of the chunk's measure (by more than
//            `justified_tolerance`; the measure is where most of its other lines end, never past
//            the column's edge, so one line overshooting sets nothing): justification fills every
//            line of a paragraph but its last, so a sentence ending short of the column ended its
//            paragraph, even where the new line's first word would not have fitted in the gap
//            (TeX, WeasyPrint: "...the French-Italian agreement." 6.7 pt short, then
//            "According to..." on the new page). Only where the chunk's own lines before the
//            last end together: a justified note may set a quotation ragged (WeasyPrint);
//      i. otherwise the "would it have fitted" test: if the new line's first word (with the
//         note's own space between words, measured) would have fitted at the end of the
//         chunk's last line, Word would have put it there, so the paragraph had ended. In a
//         ragged note the room of a paragraph at the body's text edge runs to the column's
//         right edge, not only to its widest line, which stops short. The test is a greedy
//         line breaker's: TeX's optimum fit, ragged or justified, leaves room a word would have
//         fitted in, so a sentence visibly running on over a page break (no sentence end, then a
//         lower-case word; or a last word no paragraph ends on) goes on whatever the room.
//         A typesetter that hyphenates would have put a piece of the word there if one fitted:
//         a word the note prints broken elsewhere ("Be‐" / "tween") whose narrowest piece would
//         have fitted in the room means the paragraph had ended (lines.cc, step 1c).
//         The last line ends where its printed text does: a mark a CSS engine wrapped onto a
//         line of its own at a page's foot ends it at the left margin (SegLine::end), leaving
//         the whole line's room. A chunk of one line shows its measure only where the note's
//         paragraphs start (the column's); at another indent, a quotation's, its right indent is
//         unknown, and neither this rule nor 5j measures it: its line on the next page at its
//         indent goes on with it (measure_shown). Known limit: in a ragged note, a sentence
//         ending on a page's last line too full for the next word, the next page opening with a
//         capital, is read as running on; it did 96 times and ended its paragraph 8 times over
//         every page break of the tuning renders (seeds 1631-1636, 1801-1830, 1841-1880,
//         1901-1999), and nothing the page shows (room, the next word, space left above the
//         notes, the first line's height or indent) told the 8 apart;
//      k. across a page break, a contents entry (title, leaders, page number) ends with its
//         number: the leaders fill its line whatever follows, so rule 5i's room says nothing;
//   6. on a tagged PDF with a sound tree (lines.cc, step 6), where rules 1-3 are silent and both
//      lines are tagged, the tree decides instead of rules 4 and 5: a new chunk exactly when the
//      line's owner (its LI, else its P) differs from the chunk's last line's. The tree states
//      what the page can only suggest: a paragraph ending at the foot of a page whose successor
//      would not have fitted there, or one ending in ":" before a quotation, is its own P. Where
//      the layout's view (rules 4 and 5) differs, it is reported ("paragraph-break-from-tree").
//      A tree that is not sound decides nothing, and the layout's view stands. Nor does it split
//      a sentence the page shows running on over a page break (rule 5e's exception): a CSS
//      engine (WeasyPrint) tags each page's part of a paragraph as a P element of its own.
//
//   p. 10 ... underpinning the Pact on Migration and     |
//         Asylum:                                         |  <- ends short
//   p. 11 Asylum Procedure Regulation - establishes ...   |  "Asylum" fits after "Asylum:": new
//   p. 11 ... official website for information about a    |
//   p. 12 confirmed in July 2024 that ...                 |  "confirmed" does not fit: continues
//   p. 52 ... in CRAs was 33 days.                        |  ends a sentence, 39 pt above the notes
//   p. 53 See also the section on ... for the             |  these two lines (28 pt) would have
//         purpose of the asylum procedure                 |  fitted there (h): a new paragraph
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <string>

#include "pipeline/utf8.h"
#include "stages/segment/segment_internal.h"
#include "stages/text/hyphenation.h"

namespace coi::segment {

namespace {

// A word broken at a hyphen, the text's or the typesetter's (- or U+2010, as CSS engines print it).
bool ends_with_broken_compound(const std::string& text) {
  const size_t hyphen = trailing_hyphen(text);
  if (hyphen == 0) return false;
  const unsigned char before = static_cast<unsigned char>(text[text.size() - hyphen - 1]);
  return std::isalpha(before) || before >= 0x80;
}

// Where the next line of `chunk` would start: under the text of a hanging number or marker, or
// where the note's numbered paragraphs wrap to (back at the margin under a number printed
// inline).
double continuation_x(const std::vector<SegLine>& lines, const Chunk& chunk,
                      const Metrics& metrics) {
  const SegLine& first = lines[chunk.lines.front()];
  if (chunk.lines.size() >= 2) return lines[chunk.lines.back()].box.x0;
  if (first.start.kind == LineStart::Kind::kNumber && metrics.numbered_wrap >= 0) {
    return metrics.numbered_wrap;
  }
  if (first.start.kind != LineStart::Kind::kNone) return first.start.text_x;
  return first.box.x0;
}

double right_edge(const std::vector<SegLine>& lines, const Chunk& chunk, const Metrics& metrics) {
  if (chunk.lines.size() < 2) return metrics.right;
  double right = 0;
  for (int i : chunk.lines) right = std::max(right, lines[i].box.x1);
  return right;
}

// Where the line breaker could have filled the chunk's last line to (rule 5i): the chunk's own
// right edge, or, for a paragraph of a ragged note (its lines starting where numbered
// paragraphs' text does), the column's. A ragged paragraph's lines each stop short of the
// column by up to a word, so its widest line understates the room: a WeasyPrint paragraph of
// two lines, the wider ending 24 pt short of the column, then "The" on the new page, 22 pt
// wide, which would have fitted in the last line's 39 pt to the column (seed 515, p. 59). A
// justified note's lines fill their own measure; a quotation's or a list item's end at its own
// indents (fixtures/quote-indents: a note of quotations, whose lines mostly start at theirs).
double fill_edge(const std::vector<SegLine>& lines, const Chunk& chunk, const Metrics& metrics,
                 const SegmentConfig& config) {
  const double own = right_edge(lines, chunk, metrics);
  const double tolerance = config.indent_tolerance * metrics.body_size;
  if (metrics.justified || metrics.text_left < 0 ||
      std::abs(continuation_x(lines, chunk, metrics) - metrics.text_left) > tolerance) {
    return own;
  }
  return std::max(own, metrics.right);
}

bool breaks_before(const std::vector<SegLine>& lines, const Chunk& chunk, int i,
                   const Metrics& metrics, const SegmentConfig& config);

// Widow/orphan control: across a page break, the paragraph must leave at least two lines on each
// page, so a one-line chunk before the break, or a line that would be alone on the new page
// (the line after it on that page starts anew), means the paragraph ended at the break.
bool orphan_or_widow(const std::vector<SegLine>& lines, const Chunk& chunk, int i,
                     const Metrics& metrics, const SegmentConfig& config) {
  if (chunk.lines.size() == 1) return true;
  const int next = i + 1;
  if (next >= static_cast<int>(lines.size()) || lines[next].page != lines[i].page) return true;
  Chunk alone;
  alone.lines = {i};
  alone.bold = lines[i].bold;
  return breaks_before(lines, alone, next, metrics, config);
}

// Rule 5e's exception: a line that ends no sentence, then one opening in lower case; or a line of
// running text (the chunk plain, in the body's size) ending on a word no paragraph ends on,
// whatever opens the next ("...a lawyer in" / "Besançon, ...": XeLaTeX leaves a paragraph's
// first line alone at a page's foot, seed 1804 p. 35; "...Mr José Muñoz of the" / "Ligue des
// droits", seed 1820 p. 24; "...rose by" / "73.3% compared", p. 26). A title ends on such words
// ("Contents" / "About this note", the contents list between them).
bool sentence_runs_on(const Chunk& chunk, const SegLine& last, const SegLine& line,
                      const Metrics& metrics, const SegmentConfig& config) {
  if (!last.ends_sentence && opens_lower_case(line.text)) return true;
  return last.ends_mid_sentence && !chunk.bold &&
         std::abs(last.size - metrics.body_size) <= config.size_tolerance * metrics.body_size;
}

// Rule 5e's exception in a justified note: a line that fills the column to its right edge, which
// justification does to every line of a paragraph but its last, whether or not a sentence ends
// there. XeLaTeX leaves a paragraph's first line alone at a page's foot when the page needs it,
// its sentence ending at the column's edge: "...respected this right in practice.150" / "In
// addition, ..." (seed 902, p. 48), "...received 12 complaints in 2020." / "The Constitutional
// Council..." (seed 912, p. 44).
bool fills_justified_column(const SegLine& last, const Metrics& metrics,
                            const SegmentConfig& config) {
  return metrics.justified &&
         std::abs(last.end - metrics.right) <= config.justified_tolerance * metrics.body_size;
}

// The line's text after its paragraph number or list marker.
std::string body_text(const SegLine& line) {
  if (line.start.kind == LineStart::Kind::kNone) return line.text;
  const size_t space = line.text.find(' ');
  return space == std::string::npos ? std::string() : line.text.substr(space + 1);
}

// True when `text` opens a quotation: an opening mark, then a capital or an ellipsis.
bool opens_quotation(const std::string& text, const SegmentConfig& config) {
  for (const std::string& mark : config.opening_quotes) {
    if (mark.empty() || text.compare(0, mark.size(), mark) != 0) continue;
    const std::string rest = text.substr(mark.size());
    if (!rest.empty() && std::isupper(static_cast<unsigned char>(rest[0]))) return true;
    if (rest.rfind("...", 0) == 0 || rest.rfind("\u2026", 0) == 0) return true;
  }
  return false;
}

// Rule 5e's exception for a lead-in: a line of running text ending in a colon announces what
// follows, and what follows at the paragraph's own indent opening no quotation (a list would
// open with its marker, a block quotation at its indent, a table after its rules) is the
// paragraph going on. XeLaTeX leaves a paragraph's first line alone at a page's foot: "...on the
// 2024–2025 reform states:" / "Humanitarian agencies explained that ..." (ragged, seed 1979,
// p. 30); in justified notes the same lone lead-in runs on by the column it fills ("...in
// Sudan, 2022 states:" / "International observers ...", seed 1927, p. 15).
bool leads_in_to_next(const Chunk& chunk, const SegLine& last, const SegLine& line,
                      const Metrics& metrics, const SegmentConfig& config) {
  return last.leads_in && !chunk.bold &&
         std::abs(last.size - metrics.body_size) <= config.size_tolerance * metrics.body_size &&
         !opens_quotation(line.text, config);
}

// Rule 5k: a contents entry, its title then leaders then a page number ("Sources cited . . . 19"):
// the leaders fill its line whatever follows, so the room left says nothing, and the entry ends
// with its number. A contents list the layout stage did not take for one (a note cut from its
// first pages, fixtures/generated-classes/addresses-broken-at-separators) is read line by line.
bool ends_contents_entry(const std::string& text, const SegmentConfig& config) {
  size_t end = text.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(text[end - 1]))) --end;
  if (end == text.size()) return false;
  int dots = 0;
  for (size_t k = end; k > 0; --k) {
    const char c = text[k - 1];
    if (c == '.') {
      ++dots;
    } else if (c != ' ') {
      const size_t ellipsis_bytes = 3;  // U+2026 in UTF-8
      if (k < ellipsis_bytes || text.compare(k - ellipsis_bytes, ellipsis_bytes, "\u2026") != 0) {
        break;
      }
      dots += 3;
      k -= ellipsis_bytes - 1;
    }
  }
  return dots >= config.contents_leaders;
}

// Rule 5g: a quoted paragraph, then a line opening a quotation: the next paragraph of the quote.
bool next_quoted_paragraph(const std::vector<SegLine>& lines, const Chunk& chunk,
                           const SegLine& line, const SegmentConfig& config) {
  return opens_quotation(body_text(lines[chunk.lines.front()]), config) &&
         opens_quotation(line.text, config);
}

// How many lines, from `i` down its page, the paragraph would carry on over (to the next break).
int tail_lines(const std::vector<SegLine>& lines, int i, const Metrics& metrics,
               const SegmentConfig& config) {
  int j = i + 1;
  while (j < static_cast<int>(lines.size()) && lines[j].page == lines[i].page &&
         !lines[j].interrupted) {
    Chunk previous;
    previous.lines = {j - 1};
    previous.bold = lines[j - 1].bold;
    if (breaks_before(lines, previous, j, metrics, config)) break;
    ++j;
  }
  return j - i;
}

// Rule 5h's notes: a line moved up to page `page` takes the notes its marks call with it, so
// they need room in that page's footnote area as well: the height the notes take on their own
// page, lines [from, to) having been printed there (lines.cc, step 1d). -1 when that is
// unknown: a raised word that is no note's number, a note its page does not open, a page
// before with no footnote area (a separator and its clearance would have been needed too), or
// any mark at all where the typesetter leaves room unfilled (step 0b): whether a line and its
// note would have moved up, such a note does not tell.
double notes_moved_up(const std::vector<SegLine>& lines, int from, int to, int page,
                      const Metrics& metrics) {
  double height = 0;
  if (metrics.room_left_unfilled) {
    for (int k = from; k < to; ++k) {
      if (lines[k].marked) return -1;
    }
    return 0;
  }
  for (int k = from; k < to; ++k) {
    if (lines[k].marked && metrics.note_heights.size() < static_cast<size_t>(lines[k].page)) {
      return -1;
    }
    for (const int mark : lines[k].marks) {
      const auto& own = metrics.note_heights[static_cast<size_t>(lines[k].page - 1)];
      const auto it = own.find(mark);
      if (it == own.end() || metrics.note_heights[static_cast<size_t>(page - 1)].empty()) {
        return -1;
      }
      height += it->second;
    }
  }
  return height;
}

// Rule 5h: Word fills a page before it breaks a paragraph, so when the lines that would carry the
// paragraph on and that it would have moved up, with the notes their marks call, fit below the
// chunk's last line, the paragraph had ended there. Widow control keeps
// two lines on the new page, so of three or more it would have moved up the first at least
// ("...agreement.169" 59 pt above the page's first note, then a paragraph of three lines opening
// the next page, the first of which fitted: LibreOffice, seed 1230, p. 28; four lines after
// "...complaints in 2023." in DejaVu Serif: seed 1536, p. 12); of one or two, all. A line
// moved up with mark 25 takes note 25's line too: "...applied to 1.1% of claims." 47.5 pt above
// the floor, "Civil society noted that ... shelters.25" (14.5 pt) and its one-line note (11.5
// pt) opening page 9 (LibreOffice, seed 2325, p. 8).
bool tail_fitted_above(const std::vector<SegLine>& lines, const Chunk& chunk, int i,
                       const Metrics& metrics, const SegmentConfig& config) {
  const SegLine& last = lines[chunk.lines.back()];
  if (metrics.floor.size() < static_cast<size_t>(last.page)) return false;
  constexpr int kWidowLines = 2;  // Word's widow control: lines a paragraph keeps on a new page
  const int tail = tail_lines(lines, i, metrics, config);
  const int n = config.widow_control && tail > kWidowLines ? 1 : tail;
  const double notes = notes_moved_up(lines, i, i + n, last.page, metrics);
  if (notes < 0) return false;
  const double pitch = metrics.pitch * lines[i].size / metrics.body_size;
  // A paragraph's last lines go over with the list they lead into when the list's first item
  // does not fit (a lead-in kept with its list): the tail moved up whole then shows nothing.
  // WeasyPrint carried paragraph 22.3's last two lines ("...conditions states:" / "Asylum
  // seekers considered ...") over with the list after them, 17 pt to spare beyond them (seed
  // 2309, p. 49), and moved them up when a paragraph stood between (the same HTML re-rendered).
  const int after = i + tail;
  if (n == tail && after < static_cast<int>(lines.size()) && lines[after].page == lines[i].page &&
      (lines[after].start.kind == LineStart::Kind::kBullet ||
       lines[after].start.kind == LineStart::Kind::kOrdered)) {
    return false;
  }
  return last.box.y1 + n * pitch + notes <= metrics.floor[static_cast<size_t>(last.page - 1)];
}

// Where a justified chunk's full lines end: the median end of its lines before the last, no
// further right than the column's edge. Justification sets each line to the measure only within
// the renderer's rounding, and one line may overshoot it: "ment obligations ...
// As of August 2022, the" ends at 556.52 where its paragraph's other lines end at 554.94 and
// 555.19 (WeasyPrint, seed 2309, p. 39). Taken as the edge, that one line made the full last
// line (555.30) read 1.2 pt short, and the paragraph was cut at the page break. The median of
// several lines is none of their outliers, one other line alone is held to the column's edge
// (Metrics::right, a high percentile of the note's line ends), and a quotation's or a list
// item's lines keep their own, narrower measure.
double justified_measure(const std::vector<SegLine>& lines, const Chunk& chunk,
                         const Metrics& metrics) {
  if (chunk.lines.size() < 2) return metrics.right;
  std::vector<double> ends;
  for (size_t k = 0; k + 1 < chunk.lines.size(); ++k) ends.push_back(lines[chunk.lines[k]].box.x1);
  const auto middle = ends.begin() + static_cast<std::ptrdiff_t>(ends.size() / 2);
  std::nth_element(ends.begin(), middle, ends.end());
  return std::min(*middle, metrics.right);
}

// Rule 5j's premise, read off the chunk itself: its lines before the last end together, most of
// them within `justified_tolerance` of their median end. A justified note may set some blocks
// ragged: WeasyPrint sets a quotation flush left inside a justified note, its lines ending at
// 465.3, 462.7 and 443.7, then "...were detained at the border." at 458.0 at the foot of page 21
// and the quotation going on atop page 22 (seed 2425): taken for justified, the 4.7 pt short of
// the median cut the quotation in two. One line before the last shows nothing either way.
bool full_lines_end_together(const std::vector<SegLine>& lines, const Chunk& chunk,
                             const Metrics& metrics, const SegmentConfig& config) {
  const size_t full = chunk.lines.size() - 1;
  if (full < 2) return true;
  const double measure = justified_measure(lines, chunk, metrics);
  const double tolerance = config.justified_tolerance * metrics.body_size;
  size_t together = 0;
  for (size_t k = 0; k < full; ++k) {
    if (std::abs(lines[chunk.lines[k]].box.x1 - measure) <= tolerance) ++together;
  }
  return 2 * together > full;
}

// Rules 5i's and 5j's measure of a chunk of one line, which shows none of its own: the column's,
// for a numbered paragraph or list item (they run to the column's edge) or a line set where the
// note's paragraphs start (their margin, or their text beside a hanging number). A plain line at
// another indent, a quotation's, has a right indent the page does not show: "The Concluding
// observations: ... states:", a quotation's first line alone at the foot of page 19, 43 pt
// short of the column, then its lines atop page 20 at its indent (XeLaTeX, seed 1771: the room
// to the column fitted "The", and the quotation was cut in two).
bool measure_shown(const std::vector<SegLine>& lines, const Chunk& chunk, const Metrics& metrics,
                   const SegmentConfig& config) {
  if (chunk.lines.size() >= 2) return true;
  const SegLine& first = lines[chunk.lines.front()];
  if (first.start.kind != LineStart::Kind::kNone) return true;
  const double x0 = first.box.x0;
  const double tolerance = config.indent_tolerance * metrics.body_size;
  return std::abs(x0 - metrics.margin) <= tolerance ||
         (metrics.text_left >= 0 && std::abs(x0 - metrics.text_left) <= tolerance);
}

// Rule 5j: a justified note's line ending short of its paragraph's measure is its last.
bool short_of_justified_column(const std::vector<SegLine>& lines, const Chunk& chunk,
                               const Metrics& metrics, const SegmentConfig& config) {
  const SegLine& last = lines[chunk.lines.back()];
  return metrics.justified && measure_shown(lines, chunk, metrics, config) &&
         full_lines_end_together(lines, chunk, metrics, config) &&
         justified_measure(lines, chunk, metrics) - last.end >
             config.justified_tolerance * metrics.body_size;
}

// Rule 5i, a piece of the word: a typesetter that breaks words between syllables, the next word
// not fitting whole, puts its first piece on the line when that fits. Which pieces a word has,
// the note's own breaks of it elsewhere tell (lines.cc, step 1c): "...under § 4 of the
// decree.63" 48 pt short of the column, "Between 2021 and 2024, ..." (52 pt with its space)
// opening the next page, and "Be‐" / "tween" printed twice elsewhere in the note, 18 pt: a
// paragraph running on would have gone on with "Be‐" (WeasyPrint, DejaVu Sans 11 pt,
// hyphenated, seed 2125, p. 15).
bool piece_fitted(const SegLine& line, double room, const Metrics& metrics,
                  const SegmentConfig& config) {
  const std::string_view text(line.text);
  const auto it = metrics.broken_words.find(std::string(bare_word(text.substr(0, text.find(' ')))));
  return it != metrics.broken_words.end() &&
         (it->second + metrics.space + config.fit_slack) * line.size <= room;
}

bool continues_after_interruption(const std::vector<SegLine>& lines, const Chunk& chunk, int i,
                                  const Metrics& metrics, const SegmentConfig& config) {
  const SegLine& line = lines[i];
  if (chunk.bold != line.bold) return false;
  const SegLine& last = lines[chunk.lines.back()];
  const double tolerance = config.indent_tolerance * metrics.body_size;
  if (std::abs(line.box.x0 - continuation_x(lines, chunk, metrics)) > tolerance) return false;
  if (line.after_block && last.ends_sentence) return false;
  if (ends_with_broken_compound(last.text)) return true;
  if (line.opens_with_mark) return true;
  if (config.widow_control && !metrics.lone_lines && line.page != last.page &&
      !sentence_runs_on(chunk, last, line, metrics, config) &&
      !leads_in_to_next(chunk, last, line, metrics, config) &&
      !fills_justified_column(last, metrics, config) &&
      orphan_or_widow(lines, chunk, i, metrics, config)) {
    return false;
  }
  if (line.page != last.page && last.ends_sentence &&
      (next_quoted_paragraph(lines, chunk, line, config) ||
       tail_fitted_above(lines, chunk, i, metrics, config) ||
       short_of_justified_column(lines, chunk, metrics, config))) {
    return false;
  }
  // Rule 5i's test is a greedy line breaker's: TeX's optimum fit may leave room a word would
  // have fitted in, justified or ragged, so a sentence visibly running on over a page break goes
  // on ("...acknowledged that decisions" / "were taken ...", a quotation's one line at the foot
  // of a page, seed 1101 p. 54: the line's own measure unknown, the room seemed 28 pt; ragged,
  // "...improved after" / "the French-Italian agreement.", seed 1817 p. 55).
  if (line.page != last.page && sentence_runs_on(chunk, last, line, metrics, config)) return true;
  if (line.page != last.page && ends_contents_entry(last.text, config)) return false;
  // Nor can rule 5i measure the room a line at an indent leaves: its right indent is unknown.
  if (line.page != last.page && !measure_shown(lines, chunk, metrics, config)) return true;
  const double room = fill_edge(lines, chunk, metrics, config) - last.end;
  return fit_width(line, metrics, config) > room && !piece_fitted(line, room, metrics, config);
}

// Rules 1-3: what the page prints decides before anything else (the tree included).
bool printed_break(const SegLine& line, const SegLine& last, const Metrics& metrics,
                   const SegmentConfig& config) {
  if (line.role == LineRole::kBackToContents || last.role == LineRole::kBackToContents) return true;
  if (line.start.kind != LineStart::Kind::kNone) return true;
  return std::abs(line.size - last.size) > config.size_tolerance * metrics.body_size;
}

// Rule 3b: Word wraps a line only where the next word does not fit, so a plain line whose first
// word would have fitted after a bold chunk's last line starts anew: the bold chunk was a heading
// in the body's size, the space below it too small for rule 4 ("Clearance" / "Below is
// information on when this note was cleared:", LibreOffice, seeds 1547, 1550 and 1557). A
// paragraph opening with a bold line fills that line before it goes on in plain type.
bool heading_ended(const SegLine& line, const SegLine& last, const Chunk& chunk,
                   const Metrics& metrics, const SegmentConfig& config) {
  return chunk.bold && !line.bold && metrics.right - last.end >= fit_width(line, metrics, config);
}

bool breaks_before(const std::vector<SegLine>& lines, const Chunk& chunk, int i,
                   const Metrics& metrics, const SegmentConfig& config) {
  const SegLine& line = lines[i];
  const SegLine& last = lines[chunk.lines.back()];
  if (printed_break(line, last, metrics, config)) return true;
  if (!line.interrupted && heading_ended(line, last, chunk, metrics, config)) return true;
  if (line.interrupted) return !continues_after_interruption(lines, chunk, i, metrics, config);
  const double pitch = metrics.pitch * line.size / metrics.body_size;
  const double delta = line.baseline - last.baseline;
  return delta <= 0 || delta > pitch + config.paragraph_gap * line.size;
}

// The first words of a line, quoted, to show where a diagnostic points.
std::string opening_words(const SegLine& line) {
  constexpr size_t kShown = 40;  // characters shown
  if (line.text.size() <= kShown) return "\"" + line.text + "\"";
  size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(line.text[cut]) & 0xC0) == 0x80) --cut;
  while (cut > 0 && line.text[cut - 1] == ' ') --cut;  // "...hhhh...", not "...hhhh ..."
  return "\"" + line.text.substr(0, cut) + "...\"";
}

// Rule 6: whether line `i` starts a new chunk, the tree deciding where it may.
bool starts_chunk(const std::vector<SegLine>& lines, const Chunk& chunk, int i,
                  const Metrics& metrics, const SegmentConfig& config, Diagnostics& diag) {
  const SegLine& line = lines[i];
  const SegLine& last = lines[chunk.lines.back()];
  const bool layout = breaks_before(lines, chunk, i, metrics, config);
  if (line.owner < 0 || last.owner < 0 || printed_break(line, last, metrics, config)) {
    return layout;
  }
  const bool tree = line.owner != last.owner;
  if (tree && !layout && line.page != last.page &&
      sentence_runs_on(chunk, last, line, metrics, config)) {
    return false;
  }
  if (tree != layout) {
    diag.warn("paragraph-break-from-tree",
              std::string(tree ? "the structure tree starts a new element at "
                               : "the structure tree continues one element at ") +
                  opening_words(line) +
                  (tree ? " where the layout continues the paragraph before; tree wins"
                        : " where the layout starts a new paragraph; tree wins"),
              line.page);
  }
  return tree;
}

}  // namespace

// Step 0: a lone line that runs on. The line before the break opens its paragraph (the line
// before it broke off) or the line after it closes one (the line after it starts anew), and the
// sentence visibly goes on across the break, the rules reading the two lines as one paragraph:
// a word broken at its hyphen, or rule 5e's exception ("...emergency shel-" / "ters.70" then a
// new paragraph, XeLaTeX, seed 2007, p. 19; "...the co-ordinating body met" / "quarterly under
// § 14 of the decree." alone atop page 19, LibreOffice, seed 2003).
bool leaves_lone_lines(const std::vector<SegLine>& lines, const Metrics& metrics,
                       const SegmentConfig& config) {
  const auto alone = [&lines](int i) {
    Chunk chunk;
    chunk.lines = {i};
    chunk.bold = lines[i].bold;
    return chunk;
  };
  const int n = static_cast<int>(lines.size());
  for (int i = 1; i < n; ++i) {
    const SegLine& line = lines[i];
    const SegLine& last = lines[i - 1];
    if (line.page == last.page || line.after_block) continue;
    const Chunk before = alone(i - 1);
    if (!ends_with_broken_compound(last.text) &&
        !sentence_runs_on(before, last, line, metrics, config)) {
      continue;
    }
    if (breaks_before(lines, before, i, metrics, config)) continue;  // a number, a heading...
    const bool orphan = i < 2 || breaks_before(lines, alone(i - 2), i - 1, metrics, config);
    const bool widow = i + 1 >= n || lines[i + 1].page != line.page ||
                       breaks_before(lines, alone(i), i + 1, metrics, config);
    if (orphan || widow) return true;
  }
  return false;
}

// Step 0b: a page left short. Where the sentence visibly runs on over a page break (rule 5e's
// exception) the paragraph went on there, so if the line opening the new page would have fitted
// below the last line of the page before, with the notes its marks call (rule 5h), its
// typesetter left room unfilled that its lines fitted in ("...the co-ordinating body met
// quarterly" / "under § 10 of the decree.", WeasyPrint, seed 2331, p. 8: a CSS engine defers
// a note it cannot place and may leave the page's foot empty).
bool leaves_room_unfilled(const std::vector<SegLine>& lines, const Metrics& metrics,
                          const SegmentConfig& config) {
  const int n = static_cast<int>(lines.size());
  for (int i = 1; i < n; ++i) {
    const SegLine& line = lines[i];
    const SegLine& last = lines[i - 1];
    if (line.page == last.page || line.after_block) continue;
    Chunk before;
    before.lines = {i - 1};
    before.bold = last.bold;
    if (!sentence_runs_on(before, last, line, metrics, config)) continue;
    if (breaks_before(lines, before, i, metrics, config)) continue;  // a number, a heading...
    if (tail_fitted_above(lines, before, i, metrics, config)) return true;
  }
  return false;
}

std::vector<Chunk> split_chunks(const std::vector<SegLine>& lines, const Metrics& metrics,
                                const SegmentConfig& config, Diagnostics& diag) {
  std::vector<Chunk> chunks;
  for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
    const SegLine& line = lines[i];
    if (chunks.empty() || starts_chunk(lines, chunks.back(), i, metrics, config, diag)) {
      chunks.emplace_back();
    }
    chunks.back().lines.push_back(i);
    chunks.back().bold = chunks.back().bold && line.bold;
  }
  return chunks;
}

}  // namespace coi::segment
