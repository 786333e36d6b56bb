// The tables stage: finds tables from ruling and alignment, rejoins tables split over pages, reads cells with spans and typed values.
#pragma once

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"
#include "stages/tables/tables_config.h"

namespace coi {

/// finds tables from ruling and alignment, rejoins tables split over pages, reads cells with spans and typed values.
Result<Doc> run_tables(Doc doc, const TablesConfig& config, Diagnostics& diag);

}  // namespace coi
