// The resolve stage: decides which bibliography source each footnote cites, with method and confidence.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/resolve/resolve_config.h"

namespace coi {

/// decides which bibliography source each footnote cites, with method and confidence.
Result<Doc> run_resolve(Doc doc, const ResolveConfig& config, Diagnostics& diag);

}  // namespace coi
