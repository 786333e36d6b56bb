#include "stages/segment/segment.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_segment(Doc doc, const SegmentConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
