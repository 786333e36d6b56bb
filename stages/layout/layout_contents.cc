// Step 5 of the layout stage (see layout.cc): the contents list and its kToc block.
#include <algorithm>
#include <cmath>

#include "stages/layout/layout_parts.h"

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

// Reads entries until a line is neither an entry nor the first half of a wrapped one.
std::vector<Entry> read_entries(const Doc& doc, const std::vector<Position>& candidates,
                                const LayoutConfig& config) {
  std::vector<Entry> entries;
  std::string pending;           // first line(s) of a wrapped entry
  std::vector<Position> pending_lines;
  std::vector<std::string> groups;
  for (const Position& at : candidates) {
    const Page& page = doc.pages[at.page];
    const Line& line = page.lines[at.line];
    // Entries share one type size; the heading after the list does not.
    if (!entries.empty() && std::fabs(line.font_size - entries[0].font_size) >
                                config.body_size_tolerance * entries[0].font_size) {
      break;
    }
    const std::string text = line_text(page, line, config);
    bool is_entry = config.toc_entry.full_match(text, groups);
    // The title filled its line(s); the leaders and page number wrapped onto this one.
    const bool leaders_only =
        !is_entry && !pending.empty() && config.toc_leaders.full_match(text, groups);
    if (leaders_only) groups = {"", groups[0]}, is_entry = true;
    is_entry = is_entry && std::stoi(groups[1]) <= static_cast<int>(doc.pages.size());
    if (!is_entry) {
      if (!pending.empty()) break;  // two lines without a page number: the list has ended
      pending = text;
      pending_lines.push_back(at);
      continue;
    }
    Entry entry;
    entry.lines = pending_lines;
    entry.lines.push_back(at);
    const Line& first = doc.pages[entry.lines[0].page].lines[entry.lines[0].line];
    entry.indent = first.box.x0;
    entry.font_size = first.font_size;
    entry.toc.text = pending.empty() ? groups[0] : leaders_only ? pending : pending + " " + groups[0];
    entry.toc.page = std::stoi(groups[1]);
    std::vector<std::string> number;
    if (config.toc_number.full_match(entry.toc.text, number)) {
      entry.toc.number = number[0];
      entry.toc.text = number[1];
    }
    entries.push_back(std::move(entry));
    pending.clear();
    pending_lines.clear();
  }
  return entries;
}

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
  std::vector<Entry> entries = read_entries(doc, lines_after(doc, title), config);
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
