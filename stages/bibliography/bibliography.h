// The bibliography stage: parses the Sources cited / consulted lists into sources with stable IDs.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/bibliography/bibliography_config.h"

namespace coi {

/// parses the Sources cited / consulted lists into sources with stable IDs.
Result<Doc> run_bibliography(Doc doc, const BibliographyConfig& config, Diagnostics& diag);

}  // namespace coi
