// Walks a stage list, moving the document through each stage, within the note's limits.
#pragma once

#include <string>

#include "pipeline/limits_config.h"
#include "pipeline/stage.h"

namespace coi {

struct RunOptions {
  /// Stop after this stage (empty: run every stage). Must name a stage of the table.
  std::string stop_after;
  /// Check the model's invariants after every stage (tests turn this on).
  bool validate_between = false;
  /// Log each stage's wall time (spdlog, info level) once it finishes (`coi convert --timings`).
  bool log_timings = false;
  /// Time and memory budgets (config [limits]).
  LimitsConfig limits;
};

/// Checks that `name` is a stage of `stages`; otherwise a kUsage Status with a "did you mean"
/// suggestion.
Status check_stage_name(const std::string& name, const StageList& stages);

/// Runs `stages` over `doc`. Findings are appended to `diag`, their one home: the emitters
/// write them from there, and the caller reads them there.
Result<Doc> run_pipeline(Doc doc, const StageList& stages, const RunOptions& options,
                         Diagnostics& diag);

/// An empty Doc for the PDF at `path` (source_path and source_name set), ready for extract.
Doc doc_for_pdf(const std::string& path);

}  // namespace coi
