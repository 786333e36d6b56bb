// `coi diff`: what changed between two versions of a note, paragraph by paragraph.
// The engine sees only the model (Doc); loading PDFs or JSON is the CLI's business.
#pragma once

#include "diff/diff_config.h"
#include "diff/diff_report.h"
#include "pipeline/model.h"

namespace coi {

/// Compares two versions of a note. Deterministic; never fails (any two models compare).
DiffReport diff_docs(const Doc& old_doc, const Doc& new_doc, const DiffConfig& config);

}  // namespace coi
