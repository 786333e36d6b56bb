// The model's invariants as code. The runner checks them between stages when asked (tests do);
// a violation is a bug in the stage that just ran, reported as kInternal naming that stage.
//
// Checked: block IDs are non-empty and unique; numbered paragraphs' numbers strictly increase;
// every place lies on an existing page and inside it; table rows cover the same number of grid
// columns once spans are counted, and no two cells' spans overlap; footnote numbers are unique; every footnote mark and every
// footnote's source ID resolves once the stage producing the target has run.
#pragma once

#include <string>

#include "pipeline/model.h"
#include "pipeline/status.h"

namespace coi {

/// Checks the invariants that hold after `stage` has run.
Status validate_model(const Doc& doc, const std::string& stage);

}  // namespace coi
