#include "stages/tables/tables.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_tables(Doc doc, const TablesConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
