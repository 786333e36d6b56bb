// The footnotes stage: the notes of the page-bottom footnote areas, and the body marks that point
// at them. footnote_notes.cc reads the notes (one note per number, even across a page break) and
// the PDF's mark-to-note links; footnote_marks.cc walks the marks, splits those printed side by
// side ("78" -> 7, 8) and fills each note's cited_by.
#include "stages/footnotes/footnotes.h"

#include "stages/footnotes/footnotes_parts.h"

namespace coi {

Result<Doc> run_footnotes(Doc doc, const FootnotesConfig& config, Diagnostics& diag) {
  doc.footnotes = read_footnotes(doc, config, diag);
  MarkSplits splits = linked_mark_splits(doc, doc.footnotes, config);
  link_marks(doc, std::move(splits), config, diag);
  return doc;
}

}  // namespace coi
