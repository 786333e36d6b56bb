// Step 5 of the layout stage (see layout.cc): the contents list and its kToc block.
//
// The Contents part runs from its title to the next part, and everything in it is contents
// entries, whatever their shape. Producers print entries in many shapes, all of which occur in
// one list: "Title ..... 12" (leaders), "Title   12" (a right tab, no leaders), a title that
// wraps with its page number on its last line, a title that fills its line so that the page
// number stands alone on the next (with leaders on the first line, or none at all), indents
// for four levels or more, and type sizes that differ by level (Word's TOC 1 is often bold or
// larger than TOC 2). So the end of the list is found from the note, not from the entries:
//
// 1. Title: a body line matching `contents_title` on one of the first pages.
// 2. End: the first body line after the title that is the next part's heading, by the first of
//    a. the outline: the nearest bookmark destination below the title (the next heading);
//    b. size: a line as large as the title (a part heading) when the title is larger than the
//       body;
//    c. text: a line, without a page number, repeating an entry read so far (the heading that
//       entry names: "About this note" after "About this note ..... 6");
//    d. a last resort where none of those speaks: more than `toc_max_title_lines` lines in a
//       row without a page number are not a title; the list ends before them.
// 3. Entries: the lines up to the end, grouped; an entry closes with a line ending in a page
//    number (`toc_entry`, or `toc_page_alone` after lines without one); leaders closing a
//    line without a page number (`toc_open_leaders`) are dropped. A title left open when the
//    part ends is an entry without a page (0). Leaders printed over a word of the line (a dot
//    over a page number's digit, `toc_leader`) are no text of it.
// 4. Levels: each distinct left edge of an entry's first line is one level (or the depth of the
//    number when all entries share one edge).
//
//   Contents                                          <- title (18 pt)
//   Executive summary ........................ 2      <- entry, level 1
//     6.8  Detention for the purpose of the asylum
//          procedure                                  <- entry, level 3 (title wraps)...
//                                             13      <- ...page number alone
//   About this note                                   <- next page: the heading (a, b, c): end
#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>

#include "pipeline/decimal.h"
#include "stages/layout/layout_parts.h"
#include "stages/text/inline_runs.h"

namespace coi::layout {

namespace {

struct Position {
  size_t page, line;
};

struct Entry {
  TocEntry toc;
  double indent = 0;    ///< left edge of the entry's first line
  double font_size = 0;
  std::vector<Position> lines;
};

// The contents title line: a body line on one of the first pages.
bool find_title(const Doc& doc, const LayoutConfig& config, Position& at) {
  const size_t limit = std::min(doc.pages.size(), static_cast<size_t>(config.contents_search_pages));
  for (size_t p = 0; p < limit; ++p) {
    const Page& page = doc.pages[p];
    for (size_t l = 0; l < page.lines.size(); ++l) {
      if (page.lines[l].role != LineRole::kBody) continue;
      if (config.contents_title.full_match(line_text(page, page.lines[l], config))) {
        at = Position{p, l};
        return true;
      }
    }
  }
  return false;
}

// The body lines after the title, in order, across pages (furniture skipped).
std::vector<Position> lines_after(const Doc& doc, const Position& title) {
  std::vector<Position> out;
  for (size_t p = title.page; p < doc.pages.size(); ++p) {
    const std::vector<Line>& lines = doc.pages[p].lines;
    for (size_t l = p == title.page ? title.line + 1 : 0; l < lines.size(); ++l) {
      if (lines[l].role == LineRole::kBody) out.push_back(Position{p, l});
    }
  }
  return out;
}

// Whether a word is one of leaders (`toc_leader`), asked once per distinct text: XeLaTeX and
// WeasyPrint print a contents line's leaders as tens of words, nearly all "." or a run of dots,
// and RE2 costs some 480 instructions a call (2,309 calls on held20 note-2430 weasyprint.pdf).
class LeaderWords {
 public:
  explicit LeaderWords(const Pattern& toc_leader) : toc_leader_(toc_leader) {}

  bool is_leaders(const std::string& word) const {
    auto [it, added] = answers_.try_emplace(word, false);
    if (added) it->second = toc_leader_.full_match(word);
    return it->second;
  }

 private:
  const Pattern& toc_leader_;
  mutable std::unordered_map<std::string, bool> answers_;
};

// A contents line's text without the leaders printed over its other words: XeLaTeX fills the
// line with dots on a fixed grid, and one may land on the first digit of a page number, so that
// "104" reads "1 . 04" (held19 seed 2318, p. 5). A word of leaders covering much of a word beside
// it (as `printed_over` measures) is dropped; the digits either side then abut and join.
std::string entry_text(const Page& page, const Line& line, const LeaderWords& leader_words,
                       const LayoutConfig& config) {
  const auto word = [&](int i) -> const Word& { return page.words[static_cast<size_t>(i)]; };
  // Each word is matched once: XeLaTeX prints a line's leaders as tens of words, and matching
  // them pair by pair made the contents a fifth of a short note's run.
  std::vector<int> leaders, others;
  for (int i : line.words) {
    (leader_words.is_leaders(word(i).text) ? leaders : others).push_back(i);
  }
  std::vector<int> dropped;
  for (int i : leaders) {
    if (std::any_of(others.begin(), others.end(),
                    [&](int j) { return printed_over(word(i), word(j), config); })) {
      dropped.push_back(i);
    }
  }
  if (dropped.empty()) return line_text(page, line, config);
  Line kept = line;
  kept.words.clear();
  for (int i : line.words) {
    if (std::find(dropped.begin(), dropped.end(), i) == dropped.end()) kept.words.push_back(i);
  }
  return line_text(page, kept, config);
}

// Lower case, NFC, ligatures undone, one space between words: how an entry and its heading
// compare whatever the producer did to either.
std::string comparable(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : normalize_text(text)) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;  // std::tolower, no locale
  }
  return out;
}

// Step 2a: the nearest outline destination below the title, as (0-based page, y); y is -1
// when the bookmark names only the page. Absent when the PDF has no outline after the title.
std::optional<std::pair<size_t, double>> next_bookmark(const Doc& doc, const Position& title) {
  const Line& line = doc.pages[title.page].lines[title.line];
  std::optional<std::pair<size_t, double>> best;
  for (const OutlineEntry& entry : doc.outline) {
    if (entry.page < 1 || entry.page > static_cast<int>(doc.pages.size())) continue;
    const size_t page = static_cast<size_t>(entry.page - 1);
    const bool below = page > title.page || (page == title.page && entry.y > line.box.y1);
    if (!below) continue;
    const std::pair<size_t, double> at{page, entry.y};
    if (!best || at < *best) best = at;
  }
  return best;
}

// Reads the Contents part (steps 2 and 3).
class PartReader {
 public:
  PartReader(const Doc& doc, const Position& title, const LayoutConfig& config)
      : doc_(doc),
        config_(config),
        leader_words_(config.toc_leader),
        bookmark_(next_bookmark(doc, title)) {
    const Line& line = doc.pages[title.page].lines[title.line];
    // Step 2b applies only when the title is set apart from the body by its size.
    if (!is_body_size(line, doc, config) && line.font_size > doc.body_font_size) {
      part_size_ = line.font_size * (1 - config.body_size_tolerance);
    }
  }

  std::vector<Entry> read(const std::vector<Position>& candidates) {
    for (const Position& at : candidates) {
      const Page& page = doc_.pages[at.page];
      const Line& line = page.lines[at.line];
      const std::string text = entry_text(page, line, leader_words_, config_);
      if (is_next_part(at, line, text)) break;
      if (!take(at, text)) break;
    }
    // A title left open by the end of the part is still an entry of it, without a page.
    if (!open_.empty()) close(open_text_, 0);
    return std::move(entries_);
  }

 private:
  // Step 2a-c: `line` is the heading of the part after the contents.
  bool is_next_part(const Position& at, const Line& line, const std::string& text) const {
    if (bookmark_) {
      const auto& [page, y] = *bookmark_;
      // The destination lies at the heading's top or baseline, both above its bottom.
      if (at.page > page || (at.page == page && (y < 0 || line.box.y1 > y))) return true;
    }
    if (part_size_ > 0 && line.font_size >= part_size_) return true;
    // Between two entries only: inside an open entry a short line can be any words of a title.
    return open_.empty() && titles_.count(comparable(text)) > 0;
  }

  // Step 3: adds the line to the open entry, or closes it; false when the line ends the list
  // (step 2d).
  bool take(const Position& at, const std::string& text) {
    std::vector<std::string> groups;
    if (config_.toc_entry.full_match(text, groups) && fits(groups[1])) {
      open_.push_back(at);
      close(open_text_.empty() ? groups[0] : open_text_ + " " + groups[0], *decimal_int(groups[1]));
      return true;
    }
    if (!open_.empty() && config_.toc_page_alone.full_match(text, groups) && fits(groups[0])) {
      open_.push_back(at);
      close(open_text_, *decimal_int(groups[0]));
      return true;
    }
    if (static_cast<int>(open_.size()) >= config_.toc_max_title_lines) {
      open_.clear();  // not a title: these lines stay body text
      open_text_.clear();
      return false;
    }
    std::string title = text;
    if (config_.toc_open_leaders.full_match(text, groups)) title = groups[0];
    open_text_ = open_text_.empty() ? title : open_text_ + " " + title;
    open_.push_back(at);
    return true;
  }

  // A page number beyond the last page is a number ending a title ("... in 2012").
  bool fits(const std::string& page) const {
    const std::optional<int> number = decimal_int(page);
    return number && *number <= static_cast<int>(doc_.pages.size());
  }

  void close(const std::string& text, int page) {
    Entry entry;
    entry.lines = std::move(open_);
    const Line& first = doc_.pages[entry.lines[0].page].lines[entry.lines[0].line];
    entry.indent = first.box.x0;
    entry.font_size = first.font_size;
    entry.toc.text = normalize_text(text);  // as the segment stage gives the headings' text
    entry.toc.page = page;
    titles_.insert(comparable(text));
    std::vector<std::string> number;
    if (config_.toc_number.full_match(entry.toc.text, number)) {
      entry.toc.number = number[0];
      entry.toc.text = number[1];
      titles_.insert(comparable(number[1]));
    }
    entries_.push_back(std::move(entry));
    open_.clear();
    open_text_.clear();
  }

  const Doc& doc_;
  const LayoutConfig& config_;
  LeaderWords leader_words_;
  std::optional<std::pair<size_t, double>> bookmark_;
  double part_size_ = 0;  ///< lines at least this large are part headings; 0: no such test
  std::vector<Entry> entries_;
  std::set<std::string> titles_;  ///< comparable texts of the entries read, with and without number
  std::vector<Position> open_;    ///< lines of the entry being read
  std::string open_text_;
};

int number_depth(const std::string& number) {
  return number.empty() ? 1 : 1 + static_cast<int>(std::count(number.begin(), number.end(), '.'));
}

// Levels from indent clusters: each distinct left edge (within the tolerance) is one level.
void assign_levels(std::vector<Entry>& entries, const LayoutConfig& config) {
  std::vector<double> indents;
  for (const Entry& e : entries) indents.push_back(e.indent);
  std::sort(indents.begin(), indents.end());
  std::vector<double> levels;  // the smallest indent of each cluster
  for (size_t i = 0; i < indents.size(); ++i) {
    const double tolerance = config.toc_indent_tolerance * entries[0].font_size;
    if (levels.empty() || indents[i] - indents[i - 1] >= tolerance) levels.push_back(indents[i]);
  }
  for (Entry& e : entries) {
    if (levels.size() < 2) {
      e.toc.level = number_depth(e.toc.number);
      continue;
    }
    const auto it = std::upper_bound(levels.begin(), levels.end(),
                                     e.indent + config.toc_indent_tolerance * e.font_size / 2);
    e.toc.level = static_cast<int>(it - levels.begin());
  }
}

}  // namespace

void mark_contents(Doc& doc, const LayoutConfig& config, Diagnostics& diag) {
  Position title;
  if (!find_title(doc, config, title)) return;
  std::vector<Entry> entries = PartReader(doc, title, config).read(lines_after(doc, title));
  if (entries.empty()) {
    diag.warn("empty-contents", "the contents title is followed by no entries",
              static_cast<int>(title.page) + 1);
    return;
  }
  assign_levels(entries, config);
  Block block;
  block.kind = BlockKind::kToc;
  block.id = "toc";
  block.part = "contents";
  for (Entry& e : entries) {
    for (const Position& at : e.lines) {
      Line& line = doc.pages[at.page].lines[at.line];
      line.role = LineRole::kContents;
      add_place(block.where, doc.pages[at.page].number, line.box);
    }
    block.toc.push_back(std::move(e.toc));
  }
  doc.blocks.push_back(std::move(block));
}

}  // namespace coi::layout
