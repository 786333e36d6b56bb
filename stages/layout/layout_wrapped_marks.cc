// Step 7 of the layout stage: footnote marks a line break left alone on the next line.
//
// Word and TeX keep a footnote mark on the line of the word it follows. A CSS engine may break
// the line before the footnote call when the line is full (WeasyPrint does), so the mark opens
// the next line on its own, at the text's left edge, with nothing beside it to be raised above:
//
//   8.1.3  ... considered that mental-health services were overstretched in the north-east.
//          ¹²³                                                     <- a line of its own
//
// Such a line is the line above's last word. It is one when every word of it is a number at a
// footnote's size (no larger than raised_max_size_ratio of the body size), the line above is
// body text, its baseline is less than a line's pitch below that line's, it starts within that
// line's left half, and footnotes of the page's area (or the next page's, where a note the
// mark calls may have moved, or an earlier page's, where a note cited again stands) open with
// that number, or with the numbers its digits run together ("910": marks 9 and 10 side by side;
// "405194": note 405 of the page and note 194 cited again, WeasyPrint seed 515; "10" alone, note
// 10 of page 6 cited again on page 14, WeasyPrint seed 216). The words then join the line above,
// raised.
#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <string_view>

#include "pipeline/ascii_digits.h"
#include "stages/layout/layout_parts.h"

namespace coi::layout {

namespace {

using Numbers = std::set<std::string, std::less<>>;

// The numbers a page's marks may call: those opening the footnotes of the pages up to it and of
// the next page. Two sets looked up in turn, so that no page copies the note's growing set.
struct NoteNumbers {
  const Numbers& to_here;
  Numbers next;
  bool contains(std::string_view number) const {
    return to_here.contains(number) || next.contains(number);
  }
};

// True when the digits of `text` from `at` read as numbers of `notes` side by side: adjacent
// marks print as one word ("910": notes 9 and 10).
bool reads_as_notes(std::string_view text, size_t at, const NoteNumbers& notes) {
  if (at == text.size()) return true;
  for (size_t length = 1; at + length <= text.size(); ++length) {
    if (notes.contains(text.substr(at, length)) && reads_as_notes(text, at + length, notes)) {
      return true;
    }
  }
  return false;
}

// The numbers that open the page's footnote lines.
void add_note_numbers(const Page& page, Numbers& numbers) {
  for (const Line& line : page.lines) {
    if (line.role != LineRole::kFootnote || line.words.empty()) continue;
    const std::string& first = page.words[static_cast<size_t>(line.words.front())].text;
    if (all_ascii_digits(first)) numbers.insert(first);
  }
}

// True when `lone` is a line of marks broken off the end of `above`.
bool broke_off(const Page& page, const Line& lone, const Line& above,
               const NoteNumbers& notes, const Doc& doc, const LayoutConfig& config) {
  if (!shaped_as_broken_off_marks(page, lone, above, doc, config)) return false;
  return std::all_of(lone.words.begin(), lone.words.end(), [&](int i) {
    return reads_as_notes(page.words[static_cast<size_t>(i)].text, 0, notes);
  });
}

}  // namespace

bool shaped_as_broken_off_marks(const Page& page, const Line& lone, const Line& above,
                                const Doc& doc, const LayoutConfig& config) {
  if (lone.words.empty() || lone.role != LineRole::kBody || above.role != LineRole::kBody) {
    return false;
  }
  if (!is_body_size(above, doc, config)) return false;
  if (lone.font_size > config.raised_max_size_ratio * above.font_size) return false;
  const double drop = lone.baseline - above.baseline;
  if (drop <= 0 || drop > config.wrapped_mark_max_drop * above.font_size) return false;
  const double middle = 0.5 * (above.box.x0 + above.box.x1);
  if (lone.box.x0 < above.box.x0 - config.wrapped_mark_indent_tolerance * above.font_size ||
      lone.box.x0 > middle) {
    return false;
  }
  return std::all_of(lone.words.begin(), lone.words.end(), [&](int i) {
    return all_ascii_digits(page.words[static_cast<size_t>(i)].text);
  });
}

void rejoin_wrapped_marks(Doc& doc, const LayoutConfig& config) {
  Numbers to_here;  // the numbers opening the footnotes of the pages done and this one
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    Page& page = doc.pages[p];
    add_note_numbers(page, to_here);
    NoteNumbers notes{to_here, {}};
    if (p + 1 < doc.pages.size()) add_note_numbers(doc.pages[p + 1], notes.next);
    if (to_here.empty() && notes.next.empty()) continue;
    for (size_t k = 1; k < page.lines.size(); ++k) {
      Line& lone = page.lines[k];
      Line& above = page.lines[k - 1];
      if (lone.words.empty() || !broke_off(page, lone, above, notes, doc, config)) continue;
      for (int i : lone.words) {
        page.words[static_cast<size_t>(i)].raised = true;
        above.words.push_back(i);
      }
      lone.words.clear();
    }
    std::erase_if(page.lines, [](const Line& line) { return line.words.empty(); });
  }
}

}  // namespace coi::layout
