// The footnotes stage: reads the page-bottom footnotes and links every mark in the body to its note.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/footnotes/footnotes_config.h"

namespace coi {

/// reads the page-bottom footnotes and links every mark in the body to its note.
Result<Doc> run_footnotes(Doc doc, const FootnotesConfig& config, Diagnostics& diag);

}  // namespace coi
