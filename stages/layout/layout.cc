#include "stages/layout/layout.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_layout(Doc doc, const LayoutConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
