#include "pipeline/doc_stats.h"

namespace coi {

DocStats count_stats(const Doc& doc, const Diagnostics& findings) {
  DocStats s;
  s.blocks = static_cast<int>(doc.blocks.size());
  for (const Block& b : doc.blocks) {
    s.paragraphs += b.kind == BlockKind::kParagraph;
    s.numbered_paragraphs += b.kind == BlockKind::kParagraph && !b.number.empty();
    s.headings += b.kind == BlockKind::kHeading;
    s.lists += b.kind == BlockKind::kList;
    s.tables += b.kind == BlockKind::kTable;
  }
  s.footnotes = static_cast<int>(doc.footnotes.size());
  for (const Footnote& f : doc.footnotes) s.footnotes_resolved += !f.source_id.empty();
  s.sources = static_cast<int>(doc.sources.size());
  s.warnings = findings.warning_count();
  return s;
}

}  // namespace coi
