// The model's invariants as code. The runner checks them between stages when asked (tests do);
// a violation is a bug in the stage that just ran, reported as kInternal naming that stage.
//
// Checked: every word's font is one of its page's fonts; block IDs are non-empty and unique; numbered paragraphs' numbers strictly increase;
// every block's places lie on an existing page and inside it (when the model has pages); table
// rows cover the same number of grid columns once spans are counted, and no two cells' spans
// overlap; footnote numbers are unique; every footnote's source ID names a source; the model's
// vocabulary, once counted, still counts its words (no stage changed one since). Not checked:
// footnote marks naming a footnote (a missing one is the `orphan-footnote-mark` diagnostic, not
// a bug), the places of items, cells and footnotes, and the block IDs in `cited_by`.
#pragma once

#include <string>

#include "pipeline/model.h"
#include "pipeline/status.h"

namespace coi {

/// Checks the invariants that hold after `stage` has run.
Status validate_model(const Doc& doc, const std::string& stage);

}  // namespace coi
