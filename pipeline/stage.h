// The one shape of a stage: it takes the document by value, appends findings to `diag`, and
// returns the extended document or a Status. No hidden state, no logging. The pipeline knows no
// concrete stage: the stage list (stages/stage_list.h) binds each stage to its settings and hands
// the runner the result.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"

namespace coi {

/// A stage bound to its own settings.
using StageFn = std::function<Result<Doc>(Doc doc, Diagnostics& diag)>;

/// One row of a stage list.
struct Stage {
  std::string name;                ///< as used by --stop-after, e.g. "layout"
  std::string summary;             ///< one line for --help and docs
  std::vector<std::string> needs;  ///< stages that must have run before this one
  StageFn run;
  bool skipped = false;            ///< an emitter whose format was not asked for
};

/// The stages of one conversion, in the order the runner walks them.
using StageList = std::vector<Stage>;

}  // namespace coi
