#include "stages/footnotes/footnotes.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_footnotes(Doc doc, const FootnotesConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
