// What every use of Poppler in the extract stage goes through, from whichever thread: its global
// state made once, its messages routed to the thread that caused them, the memory it may need
// checked first, and a PDF opened with coi's one-line errors. Private to stages/extract.
#pragma once

#include <poppler/PDFDoc.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/status.h"
#include "stages/extract/extract_config.h"

namespace coi::extract {

/// Makes Poppler's process-wide state once, whichever thread asks first: GlobalParams, the error
/// callback, and the colour profiles its first GfxState builds (held in unguarded statics, so
/// they must exist before two threads read pages). Thread-safe.
void init_poppler();

/// Throws std::bad_alloc when less than `margin_mb` of address space is left under the process's
/// cap ([limits] max_memory_mb). Poppler cannot report an allocation that fails (it prints "Out
/// of memory" and aborts), so each step that lets it allocate is checked first and fails the way
/// an allocation does: the runner reports the memory limit (exit 5).
void ensure_memory_for_poppler(int margin_mb);

/// Routes the Poppler messages of this thread into `sink` while it lives (Poppler has one
/// process-wide callback; each thread collects its own messages).
class ErrorScope {
 public:
  explicit ErrorScope(std::vector<std::string>* sink);
  ~ErrorScope();
  ErrorScope(const ErrorScope&) = delete;
  ErrorScope& operator=(const ErrorScope&) = delete;

 private:
  std::vector<std::string>* saved_;
};

/// Adds `messages` to this thread's sink, as if Poppler had said them now: what it said once, on
/// the first copy, while resolving something a page then uses (NamedDestinations).
void report_poppler_messages(const std::vector<std::string>& messages);

/// Opens the PDF at `path` with `password` (empty: none). Missing, empty, non-PDF, encrypted and
/// damaged files become their Status; `errors` (Poppler's messages while opening, collected by
/// an ErrorScope) names the damage. `on_repair` runs whenever Poppler rebuilds the document's
/// cross-reference table (it does so when it first meets a broken object, at open or later).
Result<std::unique_ptr<PDFDoc>> open_pdf(const std::string& path, const std::string& password,
                                         const std::vector<std::string>& errors,
                                         const std::function<void()>& on_repair);

}  // namespace coi::extract
