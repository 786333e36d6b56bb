// Step 5 of the flow (see lines.cc): paragraph numbers and ordered-list markers whose tab had
// little room left. Step 4 asks for a tab-sized gap after a number or marker, so that "2." inside
// a wrapped sentence opens nothing. But Word's tab after a long number ("10.1.10") or marker
// ("iii.") reaches the stop after a space's width or less, and the gap alone then looks like a
// space, or, with no gap at all, Poppler reads number and text as one word ("6.1.10The":
// glued_numbers.cc). Such a line still opens its paragraph or item when three things agree:
//
//   (a) its text starts at the stop its kind uses: for a number, the commonest text_x of step 4's
//       numbered paragraphs, or any text_x that tight_number_min_lines lines opening with a
//       paragraph number share (the stops where step 4 found none, as in a template whose
//       hanging indent is barely wider than the numbers, or that prints each number a space
//       from its text, one stop per number width: WeasyPrint, seed 1871, "1.1.1" and "10.1.1";
//       a second where the note's short numbers reach their stop tight and its long ones tab on
//       to the next: inline numbers under a 1.27 cm indent in 12 pt, "1.1.1" 5.5 pt from its
//       text, "1.1.10" far past it, LibreOffice, seed 1554); or past
//       that stop when the number itself leaves less than a tab's gap (marker_gap) before it:
//       a number too wide for its indent pushes its text on (XeLaTeX sets it a space from its
//       text, "11.1.10" under a 1 cm indent, seed 1542); for a marker, the text_x of the list's
//       previous item;
//   (b) the number or marker sits where theirs do (same marker_x, within indent_tolerance);
//   (c) it is the next in sequence: 4.1.9 -> 4.1.10, 4.2.1, 5.1.1 or 4.2; 4.1 -> 4.1.1; or,
//       before any, the note's first (1.1, 1.1.1);
//       ii. -> iii.; b) -> c); 2. -> 3. (the item before at the same stops: after a nested list,
//       "1." ... "a)" ... "2.", that is "1.")
//
// A number a sentence wraps to the start of a line meets all three only by chance. A marker that
// opens a sequence ("1.", "a)") has no item before it; it opens a list when the next marker of
// its sequence follows, at its stops, after lines at or right of its text (TeX and CSS engines
// set every marker a space's width from its text; opens_list), or a nested sequence opens under
// it, or when it is nested under the item before (its marker right of that item's text: "4. ..."
// then "a) ...", or at that text with its own next line hanging at its text: hangs_under). A
// bullet that is also a word ("o", "–") opens an item inside a list: nested under the item
// before, or where an earlier item of the same bullet stands (in_list), or at the text of the
// item before with its own next line hanging at its text and the line before ending a sentence
// (hangs_under, as for a marker: a justified line stretches its spaces as wide as the bullet's
// tab, LibreOffice, seed 2226 p. 26, "...agreement." then "o" at "iii."'s text, "Data
// limitations: ..." then "Lefèvre-Nguyen, ..." under "Data"); it opens a list as an ordered marker does, when its item's lines lead to another item
// of its bullet at its stops or to one nested under it, and the line before it ends a sentence
// (opens_bullet_list: TeX's and CSS's lists of dashes).
//
//   10.1.9 ⇥      The CADA ...     gap 11.5 pt: step 4
//   10.1.10⇥The CAES ...           gap 3.9 pt, text at the same stop, follows 10.1.9 -> numbered
//      ii.  ⇥ October 2025 ...     gap 7 pt: step 4
//      iii.⇥ October 2025 ...      gap 2 pt, text under ii.'s, follows ii. -> an item
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stages/segment/segment_internal.h"

namespace coi::segment {

namespace {

// "10.1.9" -> {10, 1, 9}.
std::vector<int> number_parts(const std::string& number) {
  std::vector<int> parts{0};
  for (char c : number) {
    if (c == '.') parts.push_back(0);
    else parts.back() = parts.back() * 10 + (c - '0');
  }
  return parts;
}

// True when `next` is the number after `previous` at some depth: 4.1.9 -> 4.1.10, 4.2.1, 5.1.1;
// across depths where a note numbers two and three levels deep: 4.1.9 -> 4.2 and 4.1 -> 4.1.1
// (a part missing from `previous` counts as 0, so its first child follows it).
bool follows(const std::string& previous, const std::string& next) {
  const std::vector<int> a = number_parts(previous), b = number_parts(next);
  auto part = [&a](size_t k) { return k < a.size() ? a[k] : 0; };
  for (size_t depth = 0; depth < b.size(); ++depth) {
    bool match = b[depth] == part(depth) + 1;
    for (size_t k = 0; k < depth && match; ++k) match = b[k] == part(k);
    for (size_t k = depth + 1; k < b.size() && match; ++k) match = b[k] == 1;
    if (match) return true;
  }
  return false;
}

// One reading of an ordered marker: its style ('1', 'a', 'A', 'i', 'I') and its value.
struct Ordinal {
  char style;
  int value;
};

std::optional<int> roman_value(const std::string& s) {
  static const std::map<char, int> kDigits = {{'i', 1}, {'v', 5}, {'x', 10}, {'l', 50}};
  int total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto it = kDigits.find(static_cast<char>(std::tolower(static_cast<unsigned char>(s[i]))));
    if (it == kDigits.end()) return std::nullopt;
    const auto next = i + 1 < s.size() ? kDigits.find(static_cast<char>(
                                             std::tolower(static_cast<unsigned char>(s[i + 1]))))
                                       : kDigits.end();
    total += next != kDigits.end() && next->second > it->second ? -it->second : it->second;
  }
  return total;
}

// The readings of "iii.", "(c)", "3.": "i." reads as roman one and as the letter i.
std::vector<Ordinal> ordinals(std::string marker) {
  while (!marker.empty() && (marker.back() == '.' || marker.back() == ')')) marker.pop_back();
  if (!marker.empty() && marker.front() == '(') marker.erase(marker.begin());
  std::vector<Ordinal> out;
  if (marker.empty()) return out;
  if (std::all_of(marker.begin(), marker.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    out.push_back({'1', std::stoi(marker.substr(0, 6))});
    return out;
  }
  const bool upper = std::isupper(static_cast<unsigned char>(marker[0]));
  if (const std::optional<int> roman = roman_value(marker)) out.push_back({upper ? 'I' : 'i', *roman});
  if (marker.size() == 1 && std::isalpha(static_cast<unsigned char>(marker[0]))) {
    out.push_back({upper ? 'A' : 'a', std::tolower(static_cast<unsigned char>(marker[0])) - 'a' + 1});
  }
  return out;
}

bool marker_follows(const std::string& previous, const std::string& next) {
  for (const Ordinal& a : ordinals(previous)) {
    for (const Ordinal& b : ordinals(next)) {
      if (a.style == b.style && b.value == a.value + 1) return true;
    }
  }
  return false;
}

bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

// (a) for numbers: the commonest text_x and marker_x of the numbered paragraphs step 4 found,
// and each text_x that at least `min_lines` of the lines opening with a paragraph number share
// (at their commonest marker_x). Each, not the commonest only: numbers printed a space from
// their text set it at one x per number width, and where the short numbers' ("1.1.1") text
// lies left of the long ones' ("10.1.1"), as many or fewer than those, it is no stop's
// "past" (WeasyPrint, seed 1871: inline numbers over a 1 cm indent they all overflow, text
// at 90.2 pt after "1.1.1" on 69 lines, at 97.9 pt after "10.1.1" on 82).
std::vector<LineStart> numbered_stops(const std::vector<SegLine>& lines, int min_lines) {
  std::vector<LineStart> out;
  for (const bool openings : {false, true}) {
    std::map<double, double> stops, markers;
    for (const SegLine& line : lines) {
      const LineStart& start = openings ? line.opening : line.start;
      // A bold line opening with "5.1" is a heading, whose tab stop may be its own.
      if (start.kind != LineStart::Kind::kNumber || line.bold) continue;
      stops[round_to(start.text_x, 1)] += 1;
      markers[round_to(start.marker_x, 1)] += 1;
    }
    if (stops.empty()) continue;
    LineStart stop;
    stop.marker_x = mode_of(markers, 0.0);
    if (!openings) {
      stop.text_x = mode_of(stops, 0.0);
      out.push_back(stop);
      continue;
    }
    for (const auto& [text_x, count] : stops) {
      if (count < min_lines) continue;
      stop.text_x = text_x;
      out.push_back(stop);
    }
  }
  return out;
}

// (a) for a number: its text at one of the stops, or past it where the number leaves less than
// `gap` before the stop, its marker where the stop's is.
bool at_number_stop(const LineStart& candidate, const std::vector<LineStart>& stops,
                    double tolerance, double gap) {
  return std::any_of(stops.begin(), stops.end(), [&](const LineStart& stop) {
    if (!near(candidate.marker_x, stop.marker_x, tolerance)) return false;
    return near(candidate.text_x, stop.text_x, tolerance) ||
           (candidate.text_x > stop.text_x && candidate.marker_end > stop.text_x - gap);
  });
}

// An ordered marker that opens a sequence ("1.", "a)", "i.") whose tab had no room has no item
// before it to follow: it opens a list when its own item's lines (at its text stop or right of
// it) lead to the next marker of the sequence, set where it is ("1." ... "2."), or to a marker
// opening a nested sequence at or right of its text ("1." ... "a)").
bool opens_sequence(const LineStart& candidate) {
  const std::vector<Ordinal> readings = ordinals(candidate.marker);
  return std::any_of(readings.begin(), readings.end(), [](const Ordinal& o) { return o.value == 1; });
}

bool opens_list(const std::vector<SegLine>& lines, size_t at, const LineStart& candidate,
                const SegmentConfig& config) {
  if (!opens_sequence(candidate)) return false;
  const double tolerance = config.indent_tolerance * lines[at].size;
  for (size_t k = at + 1; k < lines.size(); ++k) {
    const SegLine& line = lines[k];
    LineStart next = line.start;
    if (next.kind == LineStart::Kind::kNone) {
      // Only a tight ordered marker is looked for here: a wrapped line that starts with a dash
      // ("– especially in ...") is no bullet without its tab, so it is a line of the item.
      if (line.opening.kind == LineStart::Kind::kOrdered) next = line.opening;
    }
    if (next.kind == LineStart::Kind::kOrdered) {
      if (marker_follows(candidate.marker, next.marker)) {
        return near(next.text_x, candidate.text_x, tolerance) &&
               near(next.marker_x, candidate.marker_x, tolerance);
      }
      // A list nested under it opens at or right of its text ("1. ..." then "a) ..."): an
      // item whose sequence has one item at its level.
      return opens_sequence(next) && next.marker_x >= candidate.text_x - tolerance;
    }
    if (next.kind != LineStart::Kind::kNone || line.box.x0 < candidate.text_x - tolerance) {
      return false;
    }
  }
  return false;
}

// True when line `at` follows a line that ends a sentence, or a heading's, or an interruption: a
// word bullet ("–", "§") that a sentence wraps to the start of a line follows one that ends none
// ("...met quarterly under" / "§ 34 of the decree.", XeLaTeX, fixtures/generated-classes/
// tex-link-over-two-note-lines, p. 7).
bool follows_a_sentence_end(const std::vector<SegLine>& lines, size_t at,
                            const SegmentConfig& config) {
  if (at == 0 || lines[at].interrupted) return true;
  const SegLine& before = lines[at - 1];  // a heading's line ends no sentence either
  const bool heading = before.bold || before.size > (1 + config.size_tolerance) * lines[at].size;
  return before.ends_sentence || heading;
}

// A bullet that is also a word ("–", "o") and had no tab opens a list when its item's lines (at
// its text stop or right of it) lead to another item of the same bullet set at its stops, or to
// an item nested at or right of its text: a house style may mark a list's items with dashes,
// which TeX and CSS engines set half an em from their text. A dash that a sentence wraps to the
// start of a line follows a line that ends no sentence ("...respected this right in practice" /
// "– in particular in Mayotte."), and is followed by that sentence's lines, back at the
// paragraph's margin.
bool opens_bullet_list(const std::vector<SegLine>& lines, size_t at, const LineStart& candidate,
                       const SegmentConfig& config) {
  if (!follows_a_sentence_end(lines, at, config)) return false;
  const double tolerance = config.indent_tolerance * lines[at].size;
  for (size_t k = at + 1; k < lines.size(); ++k) {
    const SegLine& line = lines[k];
    const LineStart& next = line.start.kind != LineStart::Kind::kNone ? line.start : line.opening;
    if (next.kind == LineStart::Kind::kBullet && next.marker == candidate.marker &&
        near(next.text_x, candidate.text_x, tolerance) &&
        near(next.marker_x, candidate.marker_x, tolerance)) {
      return true;
    }
    if (next.kind != LineStart::Kind::kNone && next.marker_x >= candidate.text_x - tolerance &&
        next.marker != candidate.marker) {
      return true;  // an item nested under it
    }
    if (line.box.x0 < candidate.text_x - tolerance) return false;
  }
  return false;
}

// (c) for markers: the item the candidate must follow is the latest ordered item, or, after a
// nested list ("1." ... "a)" ... "2."), the latest item of the open list set at its stops.
bool follows_an_item(const std::vector<LineStart>& items,
                     const std::optional<LineStart>& last_item, const LineStart& candidate,
                     double tolerance) {
  auto at_stops = [&](const LineStart& item) {
    return near(item.text_x, candidate.text_x, tolerance) &&
           near(item.marker_x, candidate.marker_x, tolerance);
  };
  if (last_item && marker_follows(last_item->marker, candidate.marker) && at_stops(*last_item)) {
    return true;
  }
  for (auto it = items.rbegin(); it != items.rend(); ++it) {
    if (at_stops(*it)) {
      return it->kind == LineStart::Kind::kOrdered && marker_follows(it->marker, candidate.marker);
    }
  }
  return false;
}

// A marker opening a sequence, or a word bullet, at the text of the list's latest item (TeX sets
// a nested label barely right of it) is nested there when its own next line hangs at its text,
// right of the marker, opening nothing: a wrapped line of the item above would come back to that
// item's text instead, a dash a sentence wrapped to a line's start ("– especially in ...") among
// them; a line opening a marker there is an item of its own ("§ 34 of the decree." above "o As
// of January 2012, ...", whose "o" stands where "34" does). The next line may open the next
// page: a note's pages share one column, so it hangs there as it would below ("a) The ministry
// observed ... pro-" at the foot of p. 88, "gramme." at its text atop p. 89, XeLaTeX, seed
// 2414, whose label segment's [segment] marker_gap_min now reads as a marker before this rule
// runs: no render of held18-21 is decided here across a page); a table or image between leaves
// it no line of the item.
bool hangs_under(const std::vector<SegLine>& lines, size_t at, const LineStart& item,
                 const LineStart& candidate, double tolerance) {
  if (at + 1 >= lines.size() || candidate.marker_x < item.text_x - tolerance) return false;
  const SegLine& next = lines[at + 1];
  return !next.after_block && next.start.kind == LineStart::Kind::kNone &&
         next.opening.kind == LineStart::Kind::kNone &&
         near(next.box.x0, candidate.text_x, tolerance) &&
         next.box.x0 > item.text_x + tolerance;
}

// A bullet that is also a word ("o", "–": word_bullets) and had no tab opens an item inside a
// list (`items`: the items since the last line that was neither an item nor a line of the latest
// one) when it is nested under the item before (its marker right of that item's text, where no
// line of that item starts) or repeats an earlier item's bullet at that item's stops.
bool in_list(const std::vector<LineStart>& items, const LineStart& candidate, double tolerance,
             double space) {
  if (items.empty()) return false;
  // The lines of an item start at its text, flush: a marker a space or more right of it is none.
  if (candidate.marker_x > items.back().text_x + space) return true;
  return std::any_of(items.begin(), items.end(), [&](const LineStart& item) {
    return item.marker == candidate.marker && near(item.marker_x, candidate.marker_x, tolerance) &&
           near(item.text_x, candidate.text_x, tolerance);
  });
}

}  // namespace

void rescue_tight_markers(std::vector<SegLine>& lines, const SegmentConfig& config) {
  const std::vector<LineStart> number_stops = numbered_stops(lines, config.tight_number_min_lines);
  std::string last_number;
  std::optional<LineStart> last_item;  // the latest ordered item, numbered paragraphs end lists
  std::vector<LineStart> items;        // the items of the list open here, bullets too
  for (size_t at = 0; at < lines.size(); ++at) {
    SegLine& line = lines[at];
    const double tolerance = config.indent_tolerance * line.size;
    if (line.start.kind == LineStart::Kind::kNumber) {
      last_number = line.start.number, last_item.reset(), items.clear();
    }
    if (line.start.kind == LineStart::Kind::kOrdered) last_item = line.start;
    if (line.start.kind == LineStart::Kind::kOrdered || line.start.kind == LineStart::Kind::kBullet) {
      items.push_back(line.start);
    }
    if (line.start.kind != LineStart::Kind::kNone) continue;
    const LineStart& candidate = line.opening;
    // follows("", n): n is a note's first number ("1.1", "1.1.1").
    if (candidate.kind == LineStart::Kind::kNumber && follows(last_number, candidate.number) &&
        at_number_stop(candidate, number_stops, tolerance, config.marker_gap * line.size)) {
      // A numbered paragraph ends the list open before it, as one step 4 found does: left open,
      // a heading read as an ordered item ("1. Judiciary", its text at the numbers' tab) took
      // a dash that a quotation wrapped to a line's start ("– notably in Mayotte.") for an
      // item nested under it (LibreOffice, seed 1829 p. 6: numbers a space from their text).
      line.start = candidate;
      last_number = candidate.number;
      last_item.reset();
      items.clear();
    } else if (candidate.kind == LineStart::Kind::kOrdered &&
               follows_an_item(items, last_item, candidate, tolerance)) {
      line.start = candidate;
      last_item = candidate;
      items.push_back(candidate);
    } else if (candidate.kind == LineStart::Kind::kOrdered &&
               (opens_list(lines, at, candidate, config) ||
                (opens_sequence(candidate) && !items.empty() &&
                 (candidate.marker_x > items.back().text_x + config.space_width * line.size ||
                  hangs_under(lines, at, items.back(), candidate, tolerance))))) {
      line.start = candidate;
      last_item = candidate;
      items.push_back(candidate);
    } else if (candidate.kind == LineStart::Kind::kBullet &&
               (in_list(items, candidate, tolerance, config.space_width * line.size) ||
                (!items.empty() && follows_a_sentence_end(lines, at, config) &&
                 hangs_under(lines, at, items.back(), candidate, tolerance)) ||
                opens_bullet_list(lines, at, candidate, config))) {
      line.start = candidate;
      items.push_back(candidate);
    }
    // A line that opens nothing and starts left of the latest item's text ends the list.
    if (line.start.kind == LineStart::Kind::kNone && !items.empty() &&
        line.box.x0 < items.back().text_x - tolerance) {
      items.clear();
    }
  }
}

}  // namespace coi::segment
