// The segment stage: turns body lines into headings, numbered paragraphs, lists, quotes and figures with inline runs.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/segment/segment_config.h"

namespace coi {

/// turns body lines into headings, numbered paragraphs, lists, quotes and figures with inline runs.
Result<Doc> run_segment(Doc doc, const SegmentConfig& config, Diagnostics& diag);

}  // namespace coi
