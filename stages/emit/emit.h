// The emitters: the last stages. Each walks the finished model and the run's findings (`diag`,
// every stage's so far) and adds a Rendering; the CLI writes renderings to disk atomically. Only emit_xml.cc includes libxml2.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/emit/emit_config.h"

namespace coi {

/// Adds the "json" rendering: the versioned JSON form of the model (pipeline/model_json.h).
Result<Doc> run_emit_json(Doc doc, const EmitConfig& config, Diagnostics& diag);

/// Adds the "xml" rendering (docs/FORMAT.md, schema in docs/coi.rng).
Result<Doc> run_emit_xml(Doc doc, const EmitConfig& config, Diagnostics& diag);

}  // namespace coi
