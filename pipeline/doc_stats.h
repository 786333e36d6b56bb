// The counts a reader checks first: the CLI's one-line summary and the JSON "stats" object both
// report them, so they are counted in one place.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"

namespace coi {

/// Counts over a finished model.
struct DocStats {
  int blocks = 0;
  int paragraphs = 0;
  int numbered_paragraphs = 0;
  int headings = 0;
  int lists = 0;
  int tables = 0;
  int footnotes = 0;
  int footnotes_resolved = 0;  ///< footnotes with a source ID
  int sources = 0;
  int warnings = 0;  ///< findings above info
};

/// Counts `doc`'s blocks, footnotes and sources, and the warnings among the run's `findings`.
DocStats count_stats(const Doc& doc, const Diagnostics& findings);

}  // namespace coi
