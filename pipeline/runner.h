// Walks the stage table, moving the document through each stage.
#pragma once

#include <string>

#include "pipeline/stage.h"

namespace coi {

struct RunOptions {
  /// Stop after this stage (empty: run every stage). Must name a stage of the table.
  std::string stop_after;
  /// Check the model's invariants after every stage (tests turn this on).
  bool validate_between = false;
  /// Log each stage's wall time (spdlog, info level) once it finishes (`coi convert --timings`).
  bool log_timings = false;
};

/// Checks that `name` is a stage; otherwise a kUsage Status with a "did you mean" suggestion.
Status check_stage_name(const std::string& name);

/// Runs the pipeline over `doc` (whose source_path names the PDF). Findings are appended to
/// `diag` and also stored in the returned doc's `diagnostics`.
Result<Doc> run_pipeline(Doc doc, const Config& config, const RunOptions& options,
                         Diagnostics& diag);

/// Convenience: a Doc seeded for the PDF at `path`, run through the whole pipeline.
Result<Doc> convert_pdf(const std::string& path, const Config& config, const RunOptions& options,
                        Diagnostics& diag);

}  // namespace coi
