// The two halves of the footnotes stage (see stages/footnotes/footnotes.cc for the algorithm).
#pragma once

#include <map>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/footnotes/footnotes_config.h"

namespace coi {

/// Reads the notes of every page's footnote area (LineRole::kFootnote lines), in order.
std::vector<Footnote> read_footnotes(const Doc& doc, const FootnotesConfig& config,
                                     Diagnostics& diag);

/// Marks printed as one word but linked to several notes: printed number -> the notes, in order,
/// one list per occurrence in reading order ("78" linked to notes 7 and 8 -> {78: [[7, 8]]}).
using MarkSplits = std::map<int, std::vector<std::vector<int>>>;

/// Finds raised digit words of the body whose internal link areas point at several notes.
MarkSplits linked_mark_splits(const Doc& doc, const std::vector<Footnote>& notes,
                              const FootnotesConfig& config);

/// Walks the marks of `doc.blocks` in reading order: splits adjacent marks, fills cited_by,
/// reports orphan marks, unmarked notes and marks out of sequence.
void link_marks(Doc& doc, MarkSplits splits, const FootnotesConfig& config, Diagnostics& diag);

}  // namespace coi
