// The segment stage: body lines -> headings, paragraphs, lists, quotes, figures and
// "Back to Contents" blocks, interleaved with the blocks earlier stages placed (contents list,
// tables). The work is split by step, each file opening with its own account:
//   lines.cc     the flow of lines and the document's typographic metrics
//   tight_markers.cc, glued_numbers.cc  numbers and markers with little or no gap after them
//   chunks.cc    where one printed paragraph (or heading, item...) ends and the next begins
//   headings.cc  headings, parts and levels; numbered paragraphs; list items
//   assemble.cc  lists and their nesting, item paragraphs, quotes, figures
//   finish.cc    inline runs and cross-references, interleaving, parts, stable IDs
#include "stages/segment/segment.h"

#include <algorithm>

#include "pipeline/vocabulary.h"
#include "pipeline/word_cuts.h"
#include "stages/segment/segment_internal.h"

namespace coi {

Result<Doc> run_segment(Doc doc, const SegmentConfig& config, Diagnostics& diag) {
  segment::Metrics metrics;
  std::vector<segment::SegLine> lines = segment::collect_lines(doc, config, metrics);
  segment::cut_glued_numbers(doc, lines);
  release_char_edges(doc);  // no stage cuts a word after this one
  metrics.lone_lines = segment::leaves_lone_lines(lines, metrics, config);
  metrics.room_left_unfilled = segment::leaves_room_unfilled(lines, metrics, config);
  std::vector<segment::Chunk> chunks = segment::split_chunks(lines, metrics, config, diag);
  segment::classify_chunks(doc, lines, metrics, config, chunks, diag);
  std::vector<segment::Draft> drafts = segment::assemble(lines, chunks, metrics, config);
  // The words are final from here on: the tables stage's count of them (it cut the last),
  // else counted now, for this stage's line-end hyphens and footnotes'.
  doc.vocabulary = vocabulary_of(doc);
  std::vector<Block> placed = std::move(doc.blocks);  // tables' and the contents' blocks
  doc.blocks = segment::finish_blocks(doc, std::move(placed), std::move(drafts), metrics, config,
                                      diag);
  const bool numbered = std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) {
    return b.kind == BlockKind::kParagraph && !b.number.empty();
  });
  if (config.require_numbered_paragraphs && !numbered) {
    return Status(StatusCode::kNotANote, "not a COI note: no numbered paragraphs found",
                  doc.source_path);
  }
  return doc;
}

}  // namespace coi
