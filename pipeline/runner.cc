#include "pipeline/runner.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <new>

#include "pipeline/edit_distance.h"
#include "pipeline/validate.h"

namespace coi {

namespace {

// Runs one stage; an allocation failure (the [limits] memory budget) becomes a kLimit Status,
// and any other exception (a bug: a stage met input it did not expect) a kInternal one naming
// the stage, rather than an exception escaping the pipeline and ending the process with no word
// of which note it was reading.
Result<Doc> run_stage(const Stage& stage, Doc doc, const LimitsConfig& limits, Diagnostics& diag) {
  try {
    return stage.run(std::move(doc), diag);
  } catch (const std::bad_alloc&) {
    return Status(StatusCode::kLimit,
                  "memory limit of " + std::to_string(limits.max_memory_mb) +
                      " MB exceeded in stage " + stage.name + " (limits.max_memory_mb)");
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal,
                  "internal error in stage " + stage.name + ": " + e.what());
  }
}

Status check_time(const LimitsConfig& limits, std::chrono::steady_clock::time_point started,
                  const std::string& stage) {
  if (limits.max_seconds_per_note <= 0) return Status::ok();
  const std::chrono::duration<double> spent = std::chrono::steady_clock::now() - started;
  if (spent.count() <= limits.max_seconds_per_note) return Status::ok();
  char seconds[32];
  std::snprintf(seconds, sizeof(seconds), "%g", limits.max_seconds_per_note);
  return Status(StatusCode::kLimit, std::string("time limit of ") + seconds +
                                        " s exceeded after stage " + stage +
                                        " (limits.max_seconds_per_note)");
}

}  // namespace

Status check_stage_name(const std::string& name, const StageList& stages) {
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const Stage& stage : stages) {
    if (stage.name == name) return Status::ok();
    const size_t d = edit_distance(name, stage.name);
    if (d < best_distance) best_distance = d, best = stage.name;
  }
  std::string message = "unknown stage '" + name + "'";
  if (best_distance <= 3) message += "; did you mean '" + best + "'?";
  return Status(StatusCode::kUsage, message);
}

Result<Doc> run_pipeline(Doc doc, const StageList& stages, const RunOptions& options,
                         Diagnostics& diag) {
  if (!options.stop_after.empty()) {
    if (Status s = check_stage_name(options.stop_after, stages); !s.is_ok()) return s;
  }
  const auto started = std::chrono::steady_clock::now();
  for (const Stage& stage : stages) {
    if (stage.skipped) continue;
    diag.set_stage(stage.name);
    const auto start = std::chrono::steady_clock::now();
    Result<Doc> next = run_stage(stage, std::move(doc), options.limits, diag);
    if (!next.is_ok()) return next.status();
    if (Status s = check_time(options.limits, started, stage.name); !s.is_ok()) return s;
    doc = std::move(next).value();
    if (options.log_timings) {
      const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
      spdlog::info("{}: {} took {:.1f} ms", doc.source_name, stage.name, took.count());
    }
    if (options.validate_between) {
      if (Status s = validate_model(doc, stage.name); !s.is_ok()) return s;
    }
    if (stage.name == options.stop_after) break;
  }
  return doc;
}

Doc doc_for_pdf(const std::string& path) {
  Doc doc;
  doc.source_path = path;
  doc.source_name = std::filesystem::path(path).filename().string();
  return doc;
}

}  // namespace coi
