// Diagnostics: the findings stages report. Warnings are data; stages never log. The runner stamps
// each finding with the stage that made it and hands the list to the model and to the CLI.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model.h"

namespace coi {

/// Collects findings during a run.
class Diagnostics {
 public:
  /// Records a warning: something was odd but output was still produced.
  void warn(std::string code, std::string message, int page = 0, std::string block = {});
  /// Records an informational finding (e.g. which signal decided a block).
  void info(std::string code, std::string message, int page = 0, std::string block = {});

  /// The stage name stamped on findings from now on (set by the runner).
  void set_stage(std::string stage) { stage_ = std::move(stage); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic> take() { return std::move(items_); }
  int warning_count() const;

 private:
  void add(Severity severity, std::string code, std::string message, int page, std::string block);
  std::vector<Diagnostic> items_;
  std::string stage_;
};

}  // namespace coi
