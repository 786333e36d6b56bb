#include "stages/resolve/resolve.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_resolve(Doc doc, const ResolveConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
