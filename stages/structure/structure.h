// The structure stage: compares the layout's verdicts with a tagged PDF's structure tree.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/structure/structure_config.h"

namespace coi {

/// Confirms headings, table headers, lists, paragraphs and footnotes from the structure tree
/// (Signal::kStructTree), lets a sound tree decide unnumbered heading levels and list nesting,
/// and reports every disagreement; does nothing on an untagged PDF.
Result<Doc> run_structure(Doc doc, const StructureConfig& config, Diagnostics& diag);

}  // namespace coi
