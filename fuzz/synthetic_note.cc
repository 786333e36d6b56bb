#include "fuzz/synthetic_note.h"

#include <string>
#include <utility>
#include <vector>

namespace coi::fuzz {

namespace {

const char* const kTitles[] = {"Asylum applications", "Reception conditions", "Annual report",
                               "Mayors call for help", "Universal health protection", "Q&A #1"};
const char* const kPublishers[] = {"BBC", "GoF", "Forum Réfugiés", "Assurance Maladie", "UNHCR"};
const char* const kDates[] = {", 3 March 2025", ", no date", ", updated 5 Nov 2025", ", 2016",
                              " (page 7), June 2025", ""};

template <size_t N>
const char* pick(ByteReader& in, const char* const (&pool)[N]) {
  return pool[in.below(static_cast<int>(N))];
}

std::string url(ByteReader& in) { return "https://example.org/doc" + std::to_string(in.below(12)); }

Inline text(std::string s) { return Inline{InlineKind::kText, std::move(s), "", "", 0}; }

// A citation as footnotes and bibliography entries print it: "BBC, [title](url), 3 March 2025."
Inlines citation(ByteReader& in) {
  Inlines runs{text(std::string(pick(in, kPublishers)) + ", ")};
  if (in.below(4) != 0) {
    runs.push_back(Inline{InlineKind::kLink, pick(in, kTitles), url(in), "", 0});
  } else {
    runs.back().text += pick(in, kTitles);
  }
  std::string tail = pick(in, kDates);
  if (in.flag()) tail += ". Accessed: 27 November 2025";
  runs.push_back(text(tail));
  return runs;
}

// Running text with the inline kinds a paragraph holds.
Inlines sentence(ByteReader& in, int& next_footnote) {
  Inlines runs{text(in.phrase(20))};
  for (int n = in.below(4); n > 0; --n) {
    switch (in.below(4)) {
      case 0: runs.push_back(Inline{InlineKind::kStrong, in.phrase(3), "", "", 0}); break;
      case 1: runs.push_back(Inline{InlineKind::kLink, in.phrase(3), url(in), "", 0}); break;
      case 2: runs.push_back(Inline{InlineKind::kXref, in.phrase(2), "", in.word(), 0}); break;
      default: runs.push_back(Inline{InlineKind::kFootnoteRef, "", "", "", next_footnote++});
    }
    runs.push_back(text(" " + in.phrase(8)));
  }
  return runs;
}

Block heading(int level, std::string number, std::string title) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.level = level;
  b.number = std::move(number);
  b.inlines = {text(std::move(title))};
  return b;
}

// A table whose spans tile its grid, as the tables stage leaves them: cells covered by a span
// are absent from their rows.
Block table(ByteReader& in) {
  Block b;
  b.kind = BlockKind::kTable;
  const int rows = in.below(6) + 1, cols = in.below(4) + 1;
  b.table.header_rows = in.below(2);
  std::vector<std::vector<bool>> taken(static_cast<size_t>(rows),
                                       std::vector<bool>(static_cast<size_t>(cols)));
  for (int r = 0; r < rows; ++r) {
    std::vector<Cell> row;
    for (int c = 0; c < cols; ++c) {
      if (taken[static_cast<size_t>(r)][static_cast<size_t>(c)]) continue;
      Cell cell;
      cell.inlines = {text(in.phrase(3))};
      cell.header = r < b.table.header_rows;
      if (in.below(6) == 0) {
        int free = 1;  // columns free from c on (a rowspan from above may cut the run)
        while (c + free < cols && !taken[static_cast<size_t>(r)][static_cast<size_t>(c + free)]) {
          ++free;
        }
        cell.colspan = 1 + in.below(free);
        cell.rowspan = 1 + in.below(rows - r);
      }
      for (int dr = 0; dr < cell.rowspan; ++dr) {
        for (int dc = 0; dc < cell.colspan; ++dc) {
          taken[static_cast<size_t>(r + dr)][static_cast<size_t>(c + dc)] = true;
        }
      }
      row.push_back(std::move(cell));
    }
    b.table.rows.push_back(std::move(row));
  }
  return b;
}

// One block of a section's body.
Block body_block(ByteReader& in, const std::string& section, int& paragraph, int& next_footnote) {
  Block b;
  switch (in.below(8)) {
    case 0:
      b.kind = BlockKind::kList;
      b.ordered = in.flag();
      for (int n = in.below(4) + 1; n > 0; --n) {
        b.items.push_back(ListItem{sentence(in, next_footnote), in.below(2) + 1, {}});
      }
      return b;
    case 1:
      b.kind = BlockKind::kQuote;
      b.inlines = sentence(in, next_footnote);
      return b;
    case 2:
      return table(in);
    default:
      if (in.below(4) != 0) b.number = section + "." + std::to_string(++paragraph);
      b.inlines = sentence(in, next_footnote);
      return b;
  }
}

// Bibliography entries and publisher lines, drawn before the body so that footnotes can cite them.
std::vector<std::vector<Inlines>> bibliography_entries(ByteReader& in) {
  std::vector<std::vector<Inlines>> lists(2);
  for (std::vector<Inlines>& entries : lists) {
    for (int n = in.below(8); n > 0 && !in.done(); --n) {
      if (in.below(4) == 0) entries.push_back({text(std::string(pick(in, kPublishers)) + ",")});
      else entries.push_back(citation(in));
    }
  }
  return lists;
}

void add_bibliography(Doc& doc, std::vector<std::vector<Inlines>> lists) {
  doc.blocks.push_back(heading(1, "", "Bibliography"));
  const char* const titles[] = {"Sources cited", "Sources consulted but not cited"};
  for (size_t l = 0; l < lists.size(); ++l) {
    doc.blocks.push_back(heading(2, "", titles[l]));
    for (Inlines& entry : lists[l]) {
      Block b;
      b.inlines = std::move(entry);
      doc.blocks.push_back(std::move(b));
    }
  }
}

// A footnote: mostly a bibliography entry cited again, sometimes another citation or prose.
Inlines footnote_text(ByteReader& in, const std::vector<Inlines>& cited) {
  const int choice = in.below(5);
  if (choice < 3 && !cited.empty()) return cited[static_cast<size_t>(in.below(static_cast<int>(cited.size())))];
  if (choice == 3) return citation(in);
  return {text(in.phrase(10))};
}

// Numbers as a new version prints them: each section's numbered paragraphs counted afresh, so
// they increase through the note (paragraphs before the first numbered heading have none).
void renumber(Doc& doc) {
  std::string section;
  int count = 0;
  for (Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading && !b.number.empty()) {
      section = b.number;
      count = 0;
    } else if (b.kind == BlockKind::kParagraph && !b.number.empty()) {
      b.number = section.empty() ? "" : section + "." + std::to_string(++count);
    }
  }
}

// IDs as segment gives them: from the number where there is one, else by position.
void assign_ids(Doc& doc) {
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    b.id = b.number.empty() ? "b" + std::to_string(i)
                            : (b.kind == BlockKind::kHeading ? "sec-" : "para-") + b.number;
  }
}

bool is_paragraph(const Block& b) { return b.kind == BlockKind::kParagraph; }

// A random paragraph's index, or -1 after a few misses.
int any_paragraph(const Doc& doc, ByteReader& in) {
  for (int tries = 0; tries < 4 && !doc.blocks.empty(); ++tries) {
    const int i = in.below(static_cast<int>(doc.blocks.size()));
    if (is_paragraph(doc.blocks[static_cast<size_t>(i)])) return i;
  }
  return -1;
}

void edit_paragraph(Doc& doc, ByteReader& in, size_t i) {
  auto at = doc.blocks.begin() + static_cast<std::ptrdiff_t>(i);
  switch (in.below(7)) {
    case 0: doc.blocks.erase(at); break;
    case 1: doc.blocks.insert(at, *at); break;
    case 2: {  // moved
      Block moved = std::move(*at);
      doc.blocks.erase(at);
      const size_t to = static_cast<size_t>(in.below(static_cast<int>(doc.blocks.size()) + 1));
      doc.blocks.insert(doc.blocks.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
      break;
    }
    case 3: {  // split after its first run
      if (at->inlines.size() < 2) break;
      Block tail = *at;
      tail.number.clear();
      tail.inlines.erase(tail.inlines.begin());
      at->inlines.resize(1);
      doc.blocks.insert(at + 1, std::move(tail));
      break;
    }
    case 4:  // merged with the next block when that is a paragraph too
      if (i + 1 < doc.blocks.size() && is_paragraph(doc.blocks[i + 1])) {
        Inlines& runs = at->inlines;
        runs.insert(runs.end(), (at + 1)->inlines.begin(), (at + 1)->inlines.end());
        doc.blocks.erase(at + 1);
      }
      break;
    case 5: at->number = at->number.empty() ? "9.9." + std::to_string(i) : ""; break;
    default: {  // reworded, or a link given another URL
      if (at->inlines.empty()) break;
      Inline& run = at->inlines[static_cast<size_t>(in.below(static_cast<int>(at->inlines.size())))];
      if (run.kind == InlineKind::kLink && in.flag()) run.url = url(in);
      else run.text += " " + in.word();
    }
  }
}

// A cell reworded, or a row of plain cells added at the bottom (the grid stays tiled).
void edit_table(Block& b, ByteReader& in) {
  if (b.table.rows.empty()) return;
  auto& row = b.table.rows[static_cast<size_t>(in.below(static_cast<int>(b.table.rows.size())))];
  if (!in.flag()) {
    if (!row.empty()) row.front().inlines = {text(in.phrase(2))};
    return;
  }
  int columns = 0;  // the first row has no spans from above: its colspans add up to the width
  for (const Cell& cell : b.table.rows.front()) columns += cell.colspan;
  std::vector<Cell> added(static_cast<size_t>(columns));
  for (Cell& cell : added) cell.inlines = {text(in.phrase(2))};
  b.table.rows.push_back(std::move(added));
}

}  // namespace

Doc synthetic_note(ByteReader& in) {
  Doc doc;
  doc.source_name = "fuzz.pdf";
  doc.meta.version = in.flag() ? "2.0" : "2.1";
  std::vector<std::vector<Inlines>> bibliography = bibliography_entries(in);
  doc.blocks.push_back(heading(1, "", "Country information"));
  int next_footnote = 1;
  for (int s = 1, sections = in.below(5) + 1; s <= sections && !in.done(); ++s) {
    const std::string section = std::to_string(s) + "." + std::to_string(in.below(3) + 1);
    doc.blocks.push_back(heading(in.flag() ? 2 : 3, section, in.phrase(4)));
    int paragraph = 0;
    for (int n = in.below(8) + 1; n > 0 && !in.done(); --n) {
      doc.blocks.push_back(body_block(in, section, paragraph, next_footnote));
    }
  }
  for (int n = 1; n < next_footnote + in.below(3); ++n) {
    doc.footnotes.push_back(Footnote{n, footnote_text(in, bibliography[0]), {}, "",
                                     ResolveMethod::kNone, 0, {}, Signal::kLayout});
  }
  add_bibliography(doc, std::move(bibliography));
  assign_ids(doc);
  return doc;
}

Doc edited_version(Doc doc, ByteReader& in) {
  for (int edits = in.below(12); edits > 0 && !in.done(); --edits) {
    const int i = any_paragraph(doc, in);
    if (i >= 0 && in.flag()) {
      edit_paragraph(doc, in, static_cast<size_t>(i));
    } else if (!doc.blocks.empty()) {
      Block& b = doc.blocks[static_cast<size_t>(in.below(static_cast<int>(doc.blocks.size())))];
      if (b.kind == BlockKind::kTable) edit_table(b, in);
      else if (b.kind == BlockKind::kHeading) b.inlines = {text(in.phrase(4))};
    }
    if (in.below(4) == 0 && !doc.footnotes.empty()) {
      Footnote& note = doc.footnotes[static_cast<size_t>(
          in.below(static_cast<int>(doc.footnotes.size())))];
      note.inlines = citation(in);
    }
  }
  renumber(doc);
  assign_ids(doc);
  return doc;
}

std::pair<Doc, Doc> note_versions(const uint8_t* data, size_t size) {
  const size_t edits = size / 4;
  ByteReader note_bytes(data, size - edits), edit_bytes(data + size - edits, edits);
  Doc note = synthetic_note(note_bytes);
  Doc edited = edited_version(note, edit_bytes);
  return {std::move(note), std::move(edited)};
}

}  // namespace coi::fuzz
