// The extract stage: reads the PDF with Poppler: words with fonts and boxes, vector rules, link annotations, images, outline and document info.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/extract/extract_config.h"

namespace coi {

/// reads the PDF with Poppler: words with fonts and boxes, vector rules, link annotations, images, outline and document info.
Result<Doc> run_extract(Doc doc, const ExtractConfig& config, Diagnostics& diag);

}  // namespace coi
