// What each chunk is: heading (and its level), numbered paragraph, list item or plain text.
//
// Assumptions: headings are bold, or in a plain weight markedly larger than the body
// (plain_heading_size_ratio: Word's built-in heading styles and many house templates are not
// bold), one to three lines, never smaller than the body text, and start at the margin; part
// titles are markedly larger (part_size_ratio); a number printed before a heading is text ("4.",
// "5.1"), not hidden numbering. "Bold" below means that look.
//
// Step 1: the sizes of the note's numbered levels are measured from the bold chunks whose first
//         word is a section number ("4.": level 2) or a subsection number ("5.1": level 3).
//         Producers and templates set heading sizes their own way (a 12 pt level-4 heading is
//         body-sized in a 12 pt note, larger than the body in a 10 pt one), so an unnumbered
//         heading's level comes from where its size falls among the note's own numbered levels,
//         never from its ratio to the body alone.
// Step 2: a bold chunk is a heading when
//         a. its first word is a subsection number ("5.1" -> level 3) or a section number
//            ("4." -> level 2), it is larger than the body or starts at the margin, and text
//            follows the number; a number that could also open a paragraph ("1.1" in a note
//            numbered two levels deep) needs a title's look: a body-sized chunk that ends a
//            sentence is a bold paragraph (step 3), not a heading;
//         b. it is part-sized (level 1), and larger than the numbered level-2 headings, or
//            the contents list's own title (the chunk last above layout's kToc block);
//         c. its text is an unnumbered contents entry (or a bookmark where there is no contents
//            list): level 1 for a part, else 2;
//         d. it is larger than the body: level 2 at level-2 size, 3 at level-3 size, else 4
//            (3 where the note numbers no heading);
//         e. it is body-sized, short and does not end like a lead-in ("Clearance", "a. PASS"):
//            level 4.
// Step 3: any other chunk opening with a paragraph number is a numbered paragraph, provided the
//         number follows the previous one (a number out of order is reported and kept as text);
//         one opening with a bullet or ordered marker is a list item ("1.", "i.", "a." open a
//         new sequence); the rest are paragraphs.
//
//   "4. Asylum/refugee law" (14 pt bold)  -> heading {level 2, number "4"}
//   "About the country information" (14 pt bold, in the contents list) -> heading {level 2}
//   "a. PASS" (12 pt bold, not in contents) -> heading {level 4, number ""}
#include <algorithm>
#include <cmath>
#include <map>

#include "pipeline/paragraph_number.h"
#include "stages/segment/segment_internal.h"

namespace coi::segment {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Unnumbered heading texts the contents list names, with their level; the outline stands in
// when there is no contents list (its depth is less telling: Word nests a level-4 heading
// directly under its part when the levels between are absent).
std::map<std::string, int> named_headings(const Doc& doc) {
  std::map<std::string, int> named;
  for (const Block& block : doc.blocks) {
    if (block.kind != BlockKind::kToc) continue;
    for (const TocEntry& entry : block.toc) {
      if (entry.number.empty()) named[lower(normalize_text(entry.text))] = entry.level;
    }
  }
  if (!named.empty()) return named;
  for (const OutlineEntry& entry : doc.outline) {
    named.emplace(lower(normalize_text(entry.title)), entry.level);
  }
  return named;
}

// The text of a chunk without its first `skip` words.
std::string chunk_text(const std::vector<SegLine>& lines, const Chunk& chunk, int skip) {
  std::string text;
  for (int i : chunk.lines) {
    if (!text.empty()) text += ' ';
    text += lines[i].text;
  }
  for (int k = 0; k < skip; ++k) {
    const size_t space = text.find(' ');
    text = space == std::string::npos ? "" : text.substr(space + 1);
  }
  return text;
}

std::string first_word(const std::string& text) { return text.substr(0, text.find(' ')); }

class Classifier {
 public:
  Classifier(const Doc& doc, const std::vector<SegLine>& lines, const Metrics& metrics,
             const SegmentConfig& config)
      : lines_(lines), metrics_(metrics), config_(config), named_(named_headings(doc)) {}

  // Step 1. The size of each numbered level (its largest heading).
  void measure_level_sizes(const std::vector<Chunk>& chunks) {
    std::vector<std::string> groups;
    for (const Chunk& chunk : chunks) {
      const SegLine& first = lines_[chunk.lines.front()];
      if (!heading_look(chunk) || first.size <= bigger_than_body()) continue;
      const std::string word = first_word(first.text);
      if (config_.section_number.full_match(word, groups)) {
        section_size_ = std::max(section_size_, first.size);
      } else if (config_.subsection_number.full_match(word, groups)) {
        subsection_size_ = std::max(subsection_size_, first.size);
      }
    }
  }

  // Step 2; false when the chunk is no heading.
  bool classify_heading(Chunk& chunk, bool contents_title) const {
    const SegLine& first = lines_[chunk.lines.front()];
    const double tolerance = config_.size_tolerance * metrics_.body_size;
    if (!heading_look(chunk) || static_cast<int>(chunk.lines.size()) > config_.heading_max_lines ||
        first.size < metrics_.body_size - tolerance) {
      return false;
    }
    const std::string text = chunk_text(lines_, chunk, 0);
    const std::string word = first_word(text);
    const bool has_rest = word.size() < text.size();
    const bool at_margin =
        first.box.x0 <= metrics_.margin + config_.indent_tolerance * metrics_.body_size;
    std::vector<std::string> groups;
    if (has_rest && (first.size > bigger_than_body() || at_margin)) {
      for (auto [pattern, level] : {std::pair{&config_.subsection_number, 3},
                                    std::pair{&config_.section_number, 2}}) {
        if (pattern->full_match(word, groups)) {
          if (reads_as_paragraph(chunk, word)) return false;
          return set_heading(chunk, level, groups.empty() ? word : groups[0], 1);
        }
      }
    }
    const bool section_sized = section_size_ > 0 && first.size >= section_size_ - tolerance;
    const bool above_sections = section_size_ == 0 || first.size > section_size_ + tolerance;
    // The contents list's own title is a part's, whatever its size beside the sections': a
    // template may set parts and sections in one size (16 pt plain and 16 pt bold: LibreOffice,
    // seeds 1542 and 1555; XeLaTeX, seeds 1549 and 1556).
    if (first.size >= config_.part_size_ratio * metrics_.body_size &&
        (above_sections || contents_title)) {
      return set_heading(chunk, 1, "", 0);
    }
    if (auto it = named_.find(lower(text)); it != named_.end()) {
      return set_heading(chunk, std::min(it->second, 2), "", 0);
    }
    if (first.size > bigger_than_body()) {
      return set_heading(chunk, section_sized ? 2 : unnumbered_level(first.size), "", 0);
    }
    const bool lead_in = !text.empty() &&
                         config_.minor_heading_bad_endings.find(text.back()) != std::string::npos;
    if (static_cast<int>(text.size()) > config_.minor_heading_max_chars || lead_in) return false;
    return set_heading(chunk, 4, "", 0);
  }

  // Step 3.
  void classify_text(Chunk& chunk, Diagnostics& diag) {
    const SegLine& first = lines_[chunk.lines.front()];
    switch (first.start.kind) {
      case LineStart::Kind::kNumber:
        if (last_number_.empty() || number_precedes(last_number_, first.start.number)) {
          chunk.kind = ChunkKind::kNumbered;
          chunk.number = last_number_ = first.start.number;
          chunk.skip_words = 1;
        } else {
          diag.warn("paragraph-number-out-of-order",
                    "paragraph number " + first.start.number + " follows " + last_number_ +
                        "; kept as text",
                    first.page, first.start.number);
        }
        break;
      case LineStart::Kind::kBullet:
      case LineStart::Kind::kOrdered:
        chunk.kind = ChunkKind::kItem;
        chunk.ordered = first.start.kind == LineStart::Kind::kOrdered;
        if (chunk.ordered) chunk.restart = opens_sequence(first_word(first.text));
        chunk.marker_x = first.start.marker_x;
        chunk.skip_words = 1;
        break;
      case LineStart::Kind::kNone:
        break;
    }
    chunk.text = chunk_text(lines_, chunk, chunk.skip_words);
  }

 private:
  // Bold, or plain and markedly larger than the body: a heading's weight or size sets it off.
  bool heading_look(const Chunk& chunk) const {
    return chunk.bold || lines_[chunk.lines.front()].size >=
                             config_.plain_heading_size_ratio * metrics_.body_size;
  }

  double bigger_than_body() const {
    return metrics_.body_size * (1 + config_.size_tolerance);
  }

  // A number both patterns read ("1.1": a subsection heading, or a paragraph of a note numbered
  // two levels deep) opens a paragraph when the page shows one: body-sized text whose last line
  // ends a sentence. Headings are titles; they end without a full stop.
  bool reads_as_paragraph(const Chunk& chunk, const std::string& word) const {
    const SegLine& first = lines_[chunk.lines.front()];
    return config_.paragraph_number.full_match(word) && first.size <= bigger_than_body() &&
           lines_[chunk.lines.back()].ends_sentence;
  }

  // Step 2d below level-2 size. A note that numbers its sections numbers its subsections too
  // (one outline numbering), so an unnumbered heading smaller than both is a named
  // sub-subsection: level 3 only at the numbered subsections' size, or where the note numbers
  // no heading to compare with.
  int unnumbered_level(double size) const {
    const double tolerance = config_.size_tolerance * metrics_.body_size;
    if (subsection_size_ > 0 && size >= subsection_size_ - tolerance) return 3;
    return section_size_ > 0 || subsection_size_ > 0 ? 4 : 3;
  }

  bool opens_sequence(const std::string& marker) const {
    std::vector<std::string> groups;
    if (!config_.ordered_marker.full_match(marker, groups) || groups.empty()) return false;
    const std::string& core = groups[0];
    return core == "1" || core == "i" || core == "I" || core == "a" || core == "A";
  }

  bool set_heading(Chunk& chunk, int level, std::string number, int skip) const {
    chunk.kind = ChunkKind::kHeading;
    chunk.level = level;
    chunk.number = std::move(number);
    chunk.skip_words = skip;
    chunk.text = chunk_text(lines_, chunk, skip);
    return true;
  }

  const std::vector<SegLine>& lines_;
  const Metrics& metrics_;
  const SegmentConfig& config_;
  std::map<std::string, int> named_;
  double section_size_ = 0;     // largest numbered level-2 heading (pt); 0 when none
  double subsection_size_ = 0;  // largest numbered level-3 heading (pt); 0 when none
  std::string last_number_;
};

}  // namespace

// The chunk printed last above the contents list (layout's kToc block) on its first page: the
// list's own title; chunks.size() when there is no list or nothing above it.
size_t contents_title_chunk(const Doc& doc, const std::vector<SegLine>& lines,
                            const std::vector<Chunk>& chunks) {
  const auto toc = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                                [](const Block& b) { return b.kind == BlockKind::kToc; });
  if (toc == doc.blocks.end() || toc->where.empty()) return chunks.size();
  const Place& top = toc->where.front();
  size_t title = chunks.size();
  for (size_t k = 0; k < chunks.size(); ++k) {
    const SegLine& last = lines[chunks[k].lines.back()];
    if (last.page == top.page && last.box.y1 <= top.box.y0) title = k;
  }
  return title;
}

void classify_chunks(const Doc& doc, const std::vector<SegLine>& lines, const Metrics& metrics,
                     const SegmentConfig& config, std::vector<Chunk>& chunks, Diagnostics& diag) {
  Classifier classifier(doc, lines, metrics, config);
  classifier.measure_level_sizes(chunks);
  const size_t contents_title = contents_title_chunk(doc, lines, chunks);
  for (size_t k = 0; k < chunks.size(); ++k) {
    Chunk& chunk = chunks[k];
    if (lines[chunk.lines.front()].role == LineRole::kBackToContents) {
      chunk.kind = ChunkKind::kBackToContents;
      continue;
    }
    if (!classifier.classify_heading(chunk, k == contents_title)) {
      classifier.classify_text(chunk, diag);
    }
  }
}

}  // namespace coi::segment
