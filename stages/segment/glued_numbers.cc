// Paragraph numbers printed glued to their text. Word's tab after a paragraph number runs to the
// hanging indent; a number about as wide as that indent ("6.1.10" in 11 pt DejaVu Sans under a
// 1.27 cm indent, LibreOffice) reaches it with under a point to spare, and Poppler, which ends a
// word only at a gap, reads number and first word as one: "6.1.10The". Lines step 4 reads such a
// word's leading number and the edge of its text (lines.cc, read_glued_number); the rescue of
// tight numbers (tight_markers.cc) lets it open a paragraph only where the note's own sequence
// and tab stop agree. This cuts the word there, in the model and in the line, so that the
// paragraph's text starts at "The" as it does under any other number:
//
//   6.1.9 ⇥ In 2012, ...        words "6.1.9" "In" "2012,"
//   6.1.10The Briefing: ...     words "6.1.10The" "Briefing:" -> "6.1.10" "The" "Briefing:"
//
// The cut words are running text, which the tables stage counted (Doc::vocabulary): the count
// is brought up to date over the pages cut.
#include <memory>

#include "pipeline/vocabulary.h"
#include "pipeline/word_cuts.h"
#include "stages/segment/segment_internal.h"

namespace coi::segment {

void cut_glued_numbers(Doc& doc, std::vector<SegLine>& lines) {
  bool any = false;
  for (const SegLine& line : lines) any = any || line.start.glued > 0;
  if (!any) return;
  const RunningWords counted(doc);
  for (SegLine& line : lines) {
    if (line.start.glued == 0) continue;
    Page& page = doc.pages[static_cast<size_t>(line.page - 1)];
    cut_word(page, line.words[0], line.start.glued);
    line.words.insert(line.words.begin() + 1, static_cast<int>(page.words.size() - 1));
    // The number is ASCII digits and dots, as many bytes as code points in the line's text.
    line.text = line.text.substr(0, line.start.glued) + ' ' + line.text.substr(line.start.glued);
  }
  if (doc.vocabulary != nullptr) {
    Vocabulary vocabulary = *doc.vocabulary;
    counted.update(vocabulary, doc);
    doc.vocabulary = std::make_shared<const Vocabulary>(std::move(vocabulary));
  }
}

}  // namespace coi::segment
