// The metadata stage: what the note is, from its cover and its own words.
//
// Step 1: the cover (kCover lines): a line matching `version`, `kind`, `publisher` or `date`
//         gives that field; the other lines, consecutive ones of one size joined (a title over
//         two lines), are title candidates, and the largest is the title. The document info
//         title stands in when the cover has none, its author for the publisher.
// Step 2: the country is the title before its colon (`title_country`).
// Step 3: version (when the cover has none), valid-from and cut-off dates are searched in the
//         blocks' text in reading order (front matter and version control): the first match wins;
//         the cut-off patterns are tried in their configured order.
// Step 4: a field left empty is reported ("metadata-missing"), never invented.
//
//   cover: "Home Office" | "Country Information Note" | "France: Safe third country" |
//          "Version 2.0" | "February 2026"
//   -> publisher, kind, title (country "France"), version "2.0", date "February 2026"
#include "stages/metadata/metadata.h"

#include <re2/re2.h>

#include <cmath>

#include "stages/text/inline_runs.h"

namespace coi {

namespace {

struct CoverGroup {
  std::string text;
  double size = 0;
};

std::vector<CoverGroup> cover_lines(const Doc& doc) {
  std::vector<CoverGroup> lines;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kCover || line.words.empty()) continue;
      std::string text;
      for (int w : line.words) {
        if (!text.empty()) text += ' ';
        text += normalize_text(page.words[w].text);
      }
      lines.push_back({text, line.font_size});
    }
  }
  return lines;
}

// The first group of `pattern`'s leftmost match in `text` (RE2::PartialMatch's), into `value`;
// false when there is none or the pattern has no group. Found without PartialMatch: to give the
// groups of an unanchored match, RE2 first builds the pattern's reverse program to find where the
// match starts, which for the date patterns (a letter class) costs as much as compiling them (4 M
// instructions each, on every note that has the field). Here a match without groups says whether
// there is one, and anchored matches (which see the text before them, for \b) from each byte on
// find where the leftmost starts: the same match, RE2 trying starts byte by byte too.
bool find(const Pattern& pattern, const std::string& text, std::string& value) {
  if (!pattern.valid() || pattern.re().NumberOfCapturingGroups() < 1) return false;
  const re2::RE2& re = pattern.re();
  const re2::StringPiece input(text);
  if (!re.Match(input, 0, input.size(), re2::RE2::UNANCHORED, nullptr, 0)) return false;
  re2::StringPiece groups[2];
  for (size_t start = 0; start <= input.size(); ++start) {
    if (re.Match(input, start, input.size(), re2::RE2::ANCHOR_START, groups, 2)) {
      value = groups[1].data() ? std::string(groups[1]) : std::string();
      return true;
    }
  }
  return false;
}

// Fills the field `line` names, if any; false for a line that names none (part of the title).
bool read_field(const MetadataConfig& config, const std::string& line, Meta& meta) {
  const std::pair<const Pattern*, std::string*> fields[] = {{&config.version, &meta.version},
                                                            {&config.kind, &meta.kind},
                                                            {&config.publisher, &meta.publisher},
                                                            {&config.date, &meta.date}};
  for (const auto& [pattern, value] : fields) {
    std::string found;
    if (find(*pattern, line, found)) {
      if (value->empty()) *value = found;
      return true;
    }
  }
  return false;
}

void read_cover(const Doc& doc, const MetadataConfig& config, Meta& meta) {
  // Lines naming no field, consecutive and of one size, are one group (a title over two lines).
  std::vector<CoverGroup> groups;
  bool joinable = false;
  for (const CoverGroup& line : cover_lines(doc)) {
    if (read_field(config, line.text, meta)) {
      joinable = false;
    } else if (joinable && std::abs(groups.back().size - line.size) < 0.5) {
      groups.back().text += " " + line.text;
    } else {
      groups.push_back(line);
      joinable = true;
    }
  }
  double title_size = 0;
  for (const CoverGroup& group : groups) {
    if (group.size > title_size) meta.title = group.text, title_size = group.size;
  }
  if (meta.title.empty()) meta.title = doc.info.title;
  if (meta.publisher.empty()) meta.publisher = doc.info.author;
}

// Texts of the blocks in reading order: headings, paragraphs, quotes and list items.
std::vector<std::string> block_texts(const Doc& doc) {
  std::vector<std::string> texts;
  for (const Block& block : doc.blocks) {
    if (!block.inlines.empty()) texts.push_back(plain_text(block.inlines));
    for (const ListItem& item : block.items) texts.push_back(plain_text(item.inlines));
  }
  return texts;
}

void read_text(const Doc& doc, const MetadataConfig& config, Meta& meta) {
  const std::vector<std::string> texts = block_texts(doc);
  for (const std::string& text : texts) {
    if (meta.version.empty()) find(config.version, text, meta.version);
    if (meta.valid_from.empty()) find(config.valid_from, text, meta.valid_from);
  }
  for (const Pattern& pattern : config.cutoff) {
    for (const std::string& text : texts) {
      if (find(pattern, text, meta.cutoff)) return;
    }
  }
}

}  // namespace

Result<Doc> run_metadata(Doc doc, const MetadataConfig& config, Diagnostics& diag) {
  Meta meta;
  read_cover(doc, config, meta);
  find(config.title_country, meta.title, meta.country);
  read_text(doc, config, meta);
  const std::pair<const char*, const std::string*> fields[] = {
      {"kind", &meta.kind},       {"title", &meta.title},   {"country", &meta.country},
      {"publisher", &meta.publisher}, {"version", &meta.version}, {"date", &meta.date},
      {"valid_from", &meta.valid_from}, {"cutoff", &meta.cutoff}};
  for (const auto& [name, value] : fields) {
    if (value->empty()) diag.warn("metadata-missing", std::string("no ") + name + " found");
  }
  doc.meta = std::move(meta);
  return doc;
}

}  // namespace coi
