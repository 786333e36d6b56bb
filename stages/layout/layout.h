// The layout stage: groups words into lines in reading order, recognises page furniture, the cover, the contents list and the footnote area.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/layout/layout_config.h"

namespace coi {

/// groups words into lines in reading order, recognises page furniture, the cover, the contents list and the footnote area.
Result<Doc> run_layout(Doc doc, const LayoutConfig& config, Diagnostics& diag);

}  // namespace coi
