#include "stages/emit/emit.h"

namespace coi {

// Placeholder until the XML emitter lands.
Result<Doc> run_emit_xml(Doc doc, const EmitConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
