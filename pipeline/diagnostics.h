// Diagnostics: the findings stages report, and the one place a run keeps them. Warnings are
// data; stages never log. The runner stamps each finding with the stage that made it; the
// emitters write them into the renderings, the CLI logs and counts them, and tests read them, all
// from here. The Doc holds none: findings are about a run, the Doc is the note.
#pragma once

#include <string>
#include <vector>

namespace coi {

/// How serious a finding is.
enum class Severity { kInfo, kWarning, kError };

/// A finding a stage reports: warnings are data, stages do not log.
struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string code;       ///< stable machine name, e.g. "orphan-footnote-mark"
  std::string message;    ///< one human-readable line
  std::string stage;      ///< the stage that reported it (set by the runner)
  int page = 0;           ///< 0 when not tied to a page
  std::string block;      ///< block ID or paragraph number, when tied to one
};

/// The findings of one run (or of one model JSON read back).
class Diagnostics {
 public:
  /// Records a warning: something was odd but output was still produced.
  void warn(std::string code, std::string message, int page = 0, std::string block = {});
  /// Records an informational finding (e.g. which signal decided a block).
  void info(std::string code, std::string message, int page = 0, std::string block = {});
  /// Records a finding as it was stamped before (read back from a model JSON).
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

  /// The stage name stamped on findings from now on (set by the runner).
  void set_stage(std::string stage) { stage_ = std::move(stage); }
  /// Every finding, in the order reported.
  const std::vector<Diagnostic>& items() const { return items_; }
  /// Findings above info.
  int warning_count() const;

 private:
  void record(Severity severity, std::string code, std::string message, int page,
              std::string block);
  std::vector<Diagnostic> items_;
  std::string stage_;
};

}  // namespace coi
