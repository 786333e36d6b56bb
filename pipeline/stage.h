// The one shape of a stage: it takes the document by value, reads its settings, appends findings
// to `diag`, and returns the extended document or a Status. No hidden state, no logging.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pipeline/config.h"
#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"

namespace coi {

/// A stage as the runner sees it: the whole Config in, the stage picks its own section.
using StageFn = std::function<Result<Doc>(Doc doc, const Config& config, Diagnostics& diag)>;

/// One row of the stage table.
struct StageInfo {
  std::string name;                ///< as used by --stop-after, e.g. "layout"
  std::string summary;             ///< one line for --help and docs
  std::vector<std::string> needs;  ///< stages that must have run before this one
  StageFn run;
  bool emitter = false;            ///< output stage: skipped when its format is not requested
};

/// The stages of `coi convert`, in order. The runner walks this table.
const std::vector<StageInfo>& stage_table();

}  // namespace coi
