#include "stages/extract/extract.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_extract(Doc doc, const ExtractConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
