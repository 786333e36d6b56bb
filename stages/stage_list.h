// The stages of `coi convert`, in order: the stage order is data, this list. The runner
// (pipeline/runner.h) walks it; `--stop-after` names a row.
#pragma once

#include <string>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/runner.h"
#include "pipeline/stage.h"
#include "stages/stages_config.h"

namespace coi {

/// Every stage bound to its section of `config`, which must outlive the list. Emitters whose
/// format `config.emit.formats` leaves out are marked skipped.
StageList stage_list(const StagesConfig& config);

/// The stages' names, in order (for --help and error messages).
std::vector<std::string> stage_names();

/// The PDF at `path` through the whole stage list (or up to `options.stop_after`).
Result<Doc> convert_pdf(const std::string& path, const StagesConfig& config,
                        const RunOptions& options, Diagnostics& diag);

}  // namespace coi
