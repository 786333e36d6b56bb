#include "stages/metadata/metadata.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_metadata(Doc doc, const MetadataConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
