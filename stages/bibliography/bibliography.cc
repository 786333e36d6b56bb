#include "stages/bibliography/bibliography.h"

namespace coi {

// Placeholder until the stage lands: passes the document through unchanged.
Result<Doc> run_bibliography(Doc doc, const BibliographyConfig& config, Diagnostics& diag) {
  (void)config;
  (void)diag;
  return doc;
}

}  // namespace coi
