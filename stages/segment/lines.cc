// The flow of the segment stage: which lines it reads, what it measures about them.
//
// Step 1: the body size is the layout stage's (Doc::body_font_size); the line pitch is a low
//         percentile (pitch_percentile: the closest common distance) of the baseline distances
//         between consecutive body-size lines of a page within the pitch window (pitch_min to
//         pitch_max), since paragraph spacing only adds to it; the text column's left margin and
//         right edge are a low and a high percentile (column_percentile) of line starts and ends
//         (percentiles, not extremes, so an overflowing URL does not move the column).
// Step 1b: each page's floor, the lowest a line's bottom reaches when the page is full: above a
//         footnote area Word leaves some clearance, measured as a low percentile
//         (page_fill_percentile) of the space between the text and the footnote area over the
//         pages with notes (pages ending a paragraph early only leave more); pages without notes
//         end at the text bottom of the fullest such pages.
// Step 1c: the words the note breaks between syllables at a line end ("Be‐" / "tween"), each with
//         the narrowest first piece it prints, hyphen included (Metrics::broken_words): which
//         pieces a word has only a dictionary knows, and the note's own breaks are that
//         dictionary for the words it breaks. A break whose rest opens in lower case is read as
//         one: the rest of a compound broken at its own hyphen ("Guinea-" / "Bissau") or of a
//         range opens otherwise, and a compound's joined form ("cooperation") is no word a
//         compound's break spells unless the note prints it so.
// Step 1d: the height of each note a page's footnote area opens (Metrics::note_heights), from
//         its opening line (its number first, raised or not) to the next number's, or to the
//         area's foot: what the area would lose if that note moved to another page (chunks.cc,
//         rule 5h, the lines a paragraph would have moved up taking their notes with them).
// Step 2: the flow is every kBody and kBackToContents line in reading order, plus part-size
//         lines the layout stage left in the contents list (its "Contents" title, bold or, in a
//         template whose part titles are plain, not).
// Step 3: a line is `interrupted` when a page break, a table's lines or a placed image lie
//         between it and the line before (an image at the top of a page lies between its first
//         line and the last line of the page before): the vertical gap then says nothing about
//         paragraphs.
//         `after_block` tells a table or image from a mere page break, and `ends_sentence`
//         records whether the line's last word (footnote marks aside) ends in . : ! ? or an
//         ellipsis, closing quotes and brackets aside: Word puts a table between paragraphs,
//         so text after one continues the paragraph before only where that visibly went on.
//         `ends_mid_sentence` records the opposite sign, a last word no paragraph ends on: a
//         lower-case word with no punctuation ("...a lawyer in", "...applied"), one ending in
//         a comma or semicolon, or a range broken after its dash ("(2019–"); `leads_in`, a last
//         word ending in a colon ("...states:").
// Step 4: each line's opening: a paragraph number ("4.1.1"), a bullet ("•") or an ordered
//         marker ("ii.") counts only when a tab follows it, so a line that merely begins with
//         "2." inside a sentence is not a new item. A tab is a gap wider than any unstretched
//         space (marker_gap_min) that stands out from the line's median space
//         (tab_over_space), or, for a number or ordered marker, any gap of marker_gap or more.
//         A bullet that is no word of running text ("•", not "o" or "–": word_bullets) needs
//         no tab: no sentence wraps to a line that starts with "•". A number printed with no gap at all comes
//         out glued to its text as one word ("6.1.10The"): its opening is read from the word's
//         leading digits, and only step 5 may let it open a paragraph (glued_numbers.cc).
// Step 5: numbers and markers whose tab had little room left (tight_markers.cc).
// Step 6: on a tagged PDF whose structure tree is sound (stages/tree/soundness.cc, the test the
//         structure stage applies), each line's owner: the LI its words are in, else their
//         block-level element (P, H2...), by majority of its tagged words. chunks.cc lets the
//         owners decide paragraph breaks wherever the printed evidence is silent.
// Step 7: where numbered paragraphs' lines after the first start (Metrics::numbered_wrap):
//         the measure of a paragraph whose one line the page shows, at a page's foot or alone.
//
//   4.1.1 ⇥ France is a signatory to the 1951 UN   -> start {kNumber "4.1.1", text_x 121}
//           Refugee Convention ...                 -> no start
#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

#include "pipeline/decimal.h"
#include "pipeline/median.h"
#include "pipeline/utf8.h"
#include "stages/segment/segment_internal.h"
#include "stages/text/hyphenation.h"
#include "stages/tree/element_owners.h"
#include "stages/tree/soundness.h"

namespace coi::segment {

namespace {

double percentile(std::vector<double> values, double fraction, double fallback) {
  if (values.empty()) return fallback;
  const size_t k = static_cast<size_t>(std::lround(fraction * static_cast<double>(values.size() - 1)));
  std::nth_element(values.begin(), values.begin() + static_cast<long>(k), values.end());
  return values[k];
}

// The value most of `values` lie within `tolerance` above (the first of the densest window of
// sorted values), or `fallback` when there are none.
double densest(std::vector<double> values, double tolerance, double fallback) {
  if (values.empty()) return fallback;
  std::sort(values.begin(), values.end());
  size_t best = 0, best_count = 0;
  for (size_t i = 0, j = 0; i < values.size(); ++i) {
    while (j < values.size() && values[j] - values[i] <= tolerance) ++j;
    if (j - i > best_count) best = i, best_count = j - i;
  }
  return values[best];
}

// The lowest line bottom of the page's text (body, table and contents lines above the footnote
// area), or -1 when it has none.
double text_bottom(const Page& page) {
  double bottom = -1;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kHeader || line.role == LineRole::kFooter ||
        line.role == LineRole::kFootnote || line.role == LineRole::kCover) {
      continue;
    }
    bottom = std::max(bottom, line.box.y1);
  }
  return bottom;
}

// Step 1b: the floor of each page.
std::vector<double> page_floors(const Doc& doc, double fraction) {
  if (fraction < 0) return {};
  std::vector<double> clearances, bottoms;
  for (const Page& page : doc.pages) {
    const double bottom = text_bottom(page);
    if (bottom < 0) continue;
    if (page.footnote_top >= 0) {
      clearances.push_back(page.footnote_top - bottom);
    } else {
      bottoms.push_back(bottom);
    }
  }
  const double clearance = percentile(clearances, fraction, 0);
  const double lowest = percentile(bottoms, 1 - fraction, 0);
  std::vector<double> floors;
  for (const Page& page : doc.pages) {
    floors.push_back(page.footnote_top >= 0 ? page.footnote_top - clearance
                                            : (bottoms.empty() ? page.height : lowest));
  }
  return floors;
}

// The number a footnote mark or a note's opening prints ("25"), or -1 when it is none.
int note_number(std::string_view text) {
  constexpr size_t kMaxDigits = 5;  // more is a figure of running text, not a note's number
  return text.size() > kMaxDigits ? -1 : decimal_int(text).value_or(-1);
}

// Step 1d: the height of each note a page's footnote area opens. A line opens note N when its
// first word prints N (raised or on the baseline: TeX and Word raise it, CSS engines may not);
// the note runs down to the line opening N + 1, so a line of a note that merely starts with a
// figure ("10 September 2016", a date wrapped under note 27) does not cut it short.
std::unordered_map<int, double> page_note_heights(const Page& page) {
  std::vector<const Line*> area;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kFootnote && !line.words.empty()) area.push_back(&line);
  }
  std::sort(area.begin(), area.end(),
            [](const Line* a, const Line* b) { return a->box.y0 < b->box.y0; });
  double bottom = 0;
  for (const Line* line : area) bottom = std::max(bottom, line->box.y1);
  std::string scratch;
  std::vector<std::pair<int, double>> openings;  // number, top
  for (const Line* line : area) {
    const int number = note_number(normalize_text(page.words[line->words.front()].text, scratch));
    if (number >= 0) openings.emplace_back(number, line->box.y0);
  }
  std::unordered_map<int, double> heights;
  for (size_t k = 0; k < openings.size(); ++k) {
    const auto [number, top] = openings[k];
    double end = bottom;
    for (size_t j = k + 1; j < openings.size(); ++j) {
      if (openings[j].first == number + 1) {
        end = openings[j].second;
        break;
      }
    }
    heights.try_emplace(number, end - top);
  }
  return heights;
}

// Adds the gaps between the words of `line` the PDF sets a space apart, in font-size units, but
// for gaps wider than space_max (a tab after a paragraph number, a table's column gap).
void add_spaces(const Page& page, const Line& line, const SegmentConfig& config,
                std::vector<double>& spaces) {
  for (size_t k = 0; k + 1 < line.words.size(); ++k) {
    const Word& word = page.words[line.words[k]];
    const Word& next = page.words[line.words[k + 1]];
    const double gap = (next.box.x0 - word.box.x1) / line.font_size;
    if (word.space_after && !word.raised && !next.raised && gap > 0 && gap <= config.space_max) {
      spaces.push_back(gap);
    }
  }
}

Metrics measure(const Doc& doc, const SegmentConfig& config) {
  Metrics m;
  m.body_size = doc.body_font_size;
  std::vector<double> pitches, rights, lefts, spaces;
  for (const Page& page : doc.pages) {
    const Line* previous = nullptr;
    for (const Line& line : page.lines) {
      // Body-size: the same size as the body by the stage's one measure, size_tolerance.
      if (line.role != LineRole::kBody ||
          std::abs(line.font_size - m.body_size) > config.size_tolerance * m.body_size) {
        previous = nullptr;
        continue;
      }
      rights.push_back(line.box.x1);
      lefts.push_back(line.box.x0);
      add_spaces(page, line, config, spaces);
      if (previous) {
        const double delta = line.baseline - previous->baseline;
        if (delta > config.pitch_min * m.body_size && delta < config.pitch_max * m.body_size) {
          pitches.push_back(delta);
        }
      }
      previous = &line;
    }
  }
  // Most gaps between words are plain spaces; tabs, stretched spaces of a justified line and
  // gaps beside marks are fewer.
  m.space = percentile(spaces, 0.5, config.space_width);
  // Lines inside a paragraph are the closest common distance; paragraph breaks only add to it.
  m.pitch = percentile(pitches, config.pitch_percentile, config.fallback_pitch * m.body_size);
  // Without body lines the text column is the whole page: its width, from its left edge.
  m.right = percentile(rights, 1 - config.column_percentile,
                       doc.pages.empty() ? 0 : doc.pages[0].width);
  m.margin = percentile(lefts, config.column_percentile, 0);
  // Justified or ragged, by the lines that reach the column's last few ems: a paragraph's last
  // line, a list item or a table's row ends anywhere in either, and a note of many such lines
  // (WeasyPrint, seed 2224: 883 body-size lines, 433 at the edge) read as ragged by all its lines.
  const double near = config.justified_tolerance * m.body_size;
  const double reach = config.justified_reach * m.body_size;
  int reaching = 0, at_right = 0;
  for (double x1 : rights) {
    if (x1 < m.right - reach) continue;
    ++reaching;
    if (std::abs(x1 - m.right) <= near) ++at_right;
  }
  m.justified = reaching > 0 && static_cast<double>(at_right) >=
                                    config.justified_share * static_cast<double>(reaching);
  return m;
}

bool is_bullet(const std::string& word, const SegmentConfig& config) {
  return std::find(config.bullets.begin(), config.bullets.end(), word) != config.bullets.end();
}

// A paragraph number printed with no gap before its text, which Poppler then reads as one word
// with it ("6.1.10The": LibreOffice, a number as wide as its hanging indent reaching the tab stop
// with under a point to spare): the word's leading digits and dots, when they read as a paragraph
// number and text follows (not a digit, dot or comma: "1.5%" is no number and its text).
// text_x is the left edge of the text's first character (Page::char_x); where extract kept none
// there is no reading. Whether it opens a paragraph the rescue of tight numbers decides by the
// note's sequence and its tab stop (tight_markers.cc), never the word alone ("2020The" reads as
// no number; "1.5million" at a line's start follows no number at the note's stop).
LineStart read_glued_number(const Page& page, const Word& first, const SegmentConfig& config) {
  LineStart start;
  const std::string& text = first.text;
  auto in_number = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; };
  size_t run = 0;
  while (run < text.size() && in_number(text[run])) ++run;
  if (run == 0 || run == text.size() || first.first_char < 0) return start;
  const unsigned char next = static_cast<unsigned char>(text[run]);
  if (next != '(' && next < 0x80 && !std::isalpha(next)) return start;
  const size_t edge = static_cast<size_t>(first.first_char) + run;
  if (edge >= page.char_x.size()) return start;
  std::vector<std::string> groups;
  if (!config.paragraph_number.full_match(text.substr(0, run), groups)) return start;
  start.kind = LineStart::Kind::kNumber;
  start.number = groups.empty() ? text.substr(0, run) : groups[0];
  start.marker = text.substr(0, run);
  start.marker_x = first.box.x0;
  start.text_x = start.marker_end = page.char_x[edge];
  start.glued = run;
  return start;
}

// What the line's first word would open (a number, a bullet, an ordered marker), gap aside.
LineStart read_opening(const Page& page, const SegLine& line, const SegmentConfig& config) {
  LineStart start;
  if (line.words.size() < 2) return start;
  const Word& first = page.words[line.words[0]];
  const std::string text = normalize_text(first.text);
  std::vector<std::string> groups;
  if (const LineStart glued = read_glued_number(page, first, config); glued.glued > 0) {
    return glued;
  } else if (config.paragraph_number.full_match(text, groups)) {
    start.kind = LineStart::Kind::kNumber;
    start.number = groups.empty() ? text : groups[0];
  } else if (is_bullet(text, config)) {
    start.kind = LineStart::Kind::kBullet;
  } else if (config.ordered_marker.full_match(text)) {
    start.kind = LineStart::Kind::kOrdered;
  } else {
    return start;
  }
  start.marker = text;
  start.marker_x = first.box.x0;
  start.marker_end = first.box.x1;
  start.text_x = page.words[line.words[1]].box.x0;
  return start;
}

// The median gap between the words of `line` after its second (the gap a marker's tab would
// take aside), or 0 when fewer than two such gaps; words printed with no space between them
// (a mark after its word) do not count.
double median_space(const Page& page, const SegLine& line) {
  std::vector<double> gaps;
  for (size_t k = 2; k < line.words.size(); ++k) {
    const double gap = page.words[line.words[k]].box.x0 - page.words[line.words[k - 1]].box.x1;
    if (page.words[line.words[k - 1]].space_after && gap > 0) gaps.push_back(gap);
  }
  return gaps.size() < 2 ? 0 : upper_median(std::move(gaps));
}

LineStart detect_start(const Page& page, const SegLine& line, const SegmentConfig& config) {
  LineStart start = line.opening;
  if (start.kind == LineStart::Kind::kNone) return start;
  const Word& first = page.words[line.words[0]];
  const bool symbol = start.kind == LineStart::Kind::kBullet &&
                      std::find(config.word_bullets.begin(), config.word_bullets.end(),
                                start.marker) == config.word_bullets.end();
  if (symbol) return start;
  const double gap = start.text_x - first.box.x1;
  // No gap threshold alone tells a tab from a space: XeLaTeX sets its labels exactly half an em
  // (\labelsep) from their text, and justification stretches spaces past that. A gap wider than
  // any unstretched space (marker_gap_min) is a tab when it stands out from the line's own
  // spaces (tab_over_space); one as wide as marker_gap is taken as a tab even where the line's
  // spaces are as wide, except after a word bullet: a justified line wraps a sentence's dash
  // to its start ("– especially in Occitanie.").
  if (gap < config.marker_gap_min * first.font_size) return LineStart{};
  const bool stands_out = gap > median_space(page, line) + config.tab_over_space * first.font_size;
  if (stands_out) return start;
  if (start.kind == LineStart::Kind::kBullet || gap < config.marker_gap * first.font_size) {
    return LineStart{};
  }
  return start;
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

// True when `word` is one no paragraph ends on: a word of running text ending in a lower-case
// letter ("in", "applied"), any word ending in a comma or semicolon, or a range broken after its
// dash ("(2019–" / "2024).": Word, TeX and CSS engines all break a line after an en or em dash
// glued to what it follows; XeLaTeX, seed 2011 p. 25, LibreOffice, seeds 2009 p. 70 and 2025
// p. 34). A web address or a file name ("www.gov.uk/guidance") is no such word: a paragraph may
// end on one unpunctuated.
bool ends_mid_sentence(const std::string& word) {
  if (word.empty()) return false;
  if (word.back() == ',' || word.back() == ';') return true;
  const char32_t last = last_code_point(word);
  const size_t dash_bytes = 3;  // U+2013 and U+2014 in UTF-8
  if ((last == U'\u2013' || last == U'\u2014') && word.size() > dash_bytes) return true;
  if (word.find_first_of("./@:") != std::string::npos) return false;
  std::string last_letter;
  append_utf8(last, last_letter);
  return opens_lower_case(last_letter);
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
  int last = -1;            // the last word that is not a footnote mark
  std::string normalized;  // scratch of normalize_text
  size_t printed = 0;      // the words' bytes and a space after each: what s.text will hold
  for (int w : line.words) printed += page.words[w].text.size() + 1;
  s.text.reserve(printed);
  s.opens_with_mark = !line.words.empty() && page.words[line.words.front()].raised;
  for (int w : line.words) {
    const Word& word = page.words[w];
    if (!s.text.empty()) s.text += ' ';
    s.text += normalize_text(word.text, normalized);
    if (word.raised) {
      s.marked = true;
      s.marks.push_back(note_number(normalize_text(word.text, normalized)));
      continue;
    }
    any = true;
    all_bold = all_bold && word.bold;
    last = w;
  }
  if (any) {
    const std::string last_word = normalize_text(page.words[last].text);
    s.ends_sentence = ends_sentence(last_word);
    s.ends_mid_sentence = ends_mid_sentence(last_word);
    s.leads_in = !last_word.empty() && last_word.back() == ':';
  }
  s.end = s.box.x1;
  // Marks printed left of the text they follow sit on the next printed line, alone there.
  if (any && page.words[line.words.back()].raised &&
      page.words[line.words.back()].box.x0 < page.words[last].box.x1) {
    s.end = page.words[line.words.back()].box.x1;
  }
  s.bold = any && all_bold;
  // The first unit a line break cannot part: the first word and what the PDF prints after it
  // with no space, footnote marks above all ("year.⁹⁸⁹⁹", LibreOffice, seed 20, p. 26).
  size_t unit_end = 0;
  while (unit_end + 1 < line.words.size() && !page.words[line.words[unit_end]].space_after) {
    ++unit_end;
  }
  s.first_width = page.words[line.words[unit_end]].box.x1 - page.words[line.words[0]].box.x0;
  return s;
}

// True when something printed (an image) sits between y0 and y1 on `page`.
// A figure (not a decoration: figure_min_size_pt) centred between y0 and y1.
bool image_between(const Page& page, double y0, double y1, const SegmentConfig& config) {
  return std::any_of(page.images.begin(), page.images.end(), [&](const Box& image) {
    const double mid = 0.5 * (image.y0 + image.y1);
    return mid > y0 && mid < y1 && image.width() >= config.figure_min_size_pt &&
           image.height() >= config.figure_min_size_pt;
  });
}

// Step 7: where numbered paragraphs wrap to, from each line opening with a paragraph number
// and the plain line a pitch below it (paragraph_gap) on its page.
double numbered_wrap(const std::vector<SegLine>& lines, const Metrics& metrics,
                     const SegmentConfig& config) {
  std::vector<double> lefts;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const SegLine& line = lines[i];
    const SegLine& next = lines[i + 1];
    if (line.start.kind != LineStart::Kind::kNumber || next.start.kind != LineStart::Kind::kNone ||
        next.page != line.page || next.interrupted) {
      continue;
    }
    const double delta = next.baseline - line.baseline;
    if (delta > 0 && delta <= metrics.pitch + config.paragraph_gap * line.size) {
      lefts.push_back(next.box.x0);
    }
  }
  return densest(std::move(lefts), config.indent_tolerance * metrics.body_size, -1);
}

// Step 1c: each word broken at a line end between syllables, with its narrowest first piece.
std::unordered_map<std::string, double> broken_words(const Doc& doc,
                                                     const std::vector<SegLine>& lines) {
  std::unordered_map<std::string, double> pieces;
  std::string scratch;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const SegLine& line = lines[i];
    const Word& piece = doc.pages[static_cast<size_t>(line.page - 1)].words[line.words.back()];
    if (piece.raised) continue;
    std::string word(normalize_text(piece.text, scratch));
    const size_t hyphen = trailing_hyphen(word);
    if (hyphen == 0 || hyphen == word.size()) continue;
    const unsigned char before = static_cast<unsigned char>(word[word.size() - hyphen - 1]);
    if (!std::isalpha(before) && before < 0x80) continue;  // a number's range ("225-" / "6")
    const SegLine& next = lines[i + 1];
    const std::string_view rest = bare_word(normalize_text(
        doc.pages[static_cast<size_t>(next.page - 1)].words[next.words.front()].text, scratch));
    if (!opens_lower_case(rest)) continue;
    word.resize(word.size() - hyphen);
    word += rest;
    const double width = piece.box.width() / line.size;
    const auto [it, fresh] = pieces.try_emplace(std::move(word), width);
    if (!fresh) it->second = std::min(it->second, width);
  }
  return pieces;
}

}  // namespace

std::string_view bare_word(std::string_view word) {
  while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) {
    word.remove_suffix(1);
  }
  return word;
}

std::vector<SegLine> collect_lines(const Doc& doc, const SegmentConfig& config, Metrics& metrics) {
  metrics = measure(doc, config);
  metrics.floor = page_floors(doc, config.page_fill_percentile);
  metrics.note_heights.reserve(doc.pages.size());
  for (const Page& page : doc.pages) metrics.note_heights.push_back(page_note_heights(page));
  // Step 6: an untagged document or an unsound tree leaves every owner at -1.
  const tree::ElementOwners& owners = tree::element_owners_of(doc);
  const bool sound =
      !doc.structure.empty() && tree::judge_soundness(doc, owners, config.tree).sound;
  std::vector<SegLine> out;
  for (const Page& page : doc.pages) {
    bool table_seen = false;
    bool first_on_page = true;
    // Where the page's text starts: below its running header, whose logo is no figure.
    double text_top = 0;
    for (const Line& line : page.lines) {
      if (line.words.empty()) continue;
      if (line.role == LineRole::kTable) table_seen = true;
      if (line.role == LineRole::kHeader) text_top = std::max(text_top, line.box.y1);
      const bool title_in_contents =
          line.role == LineRole::kContents &&
          line.font_size >= config.part_size_ratio * metrics.body_size;
      if (line.role != LineRole::kBody && line.role != LineRole::kBackToContents &&
          !title_in_contents) {
        continue;
      }
      SegLine s = make_line(page, line);
      if (title_in_contents) s.role = LineRole::kBody;
      // A figure at the top of a page comes between this line and the last of the page before
      // just as one in mid-page does.
      const double above = first_on_page || out.empty() ? text_top : out.back().box.y1;
      s.after_block = table_seen || (!out.empty() && image_between(page, above, s.box.y0, config));
      s.interrupted = first_on_page || s.after_block;
      s.opening = read_opening(page, s, config);
      s.start = detect_start(page, s, config);
      if (sound) s.owner = owners.owner_of_words(page, s.words, tree::Lens::kItem);
      out.push_back(std::move(s));
      table_seen = false;
      first_on_page = false;
    }
  }
  rescue_tight_markers(out, config);
  // Where numbered paragraphs' text starts: the note's paragraphs, not its quotations, which may
  // be most of its lines.
  std::vector<double> number_texts;
  for (const SegLine& s : out) {
    if (s.start.kind == LineStart::Kind::kNumber) number_texts.push_back(s.start.text_x);
  }
  metrics.text_left =
      densest(std::move(number_texts), config.indent_tolerance * metrics.body_size, -1);
  metrics.numbered_wrap = numbered_wrap(out, metrics, config);
  metrics.broken_words = broken_words(doc, out);
  return out;
}

double fit_width(const SegLine& next, const Metrics& metrics, const SegmentConfig& config) {
  return next.first_width + (metrics.space + config.fit_slack) * next.size;
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
