// The metadata stage: reads kind, title, country, version and dates from the cover and front matter.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/metadata/metadata_config.h"

namespace coi {

/// reads kind, title, country, version and dates from the cover and front matter.
Result<Doc> run_metadata(Doc doc, const MetadataConfig& config, Diagnostics& diag);

}  // namespace coi
