// Labels centred over the first body rows of a table whose cells above them are blank: read
// as centred where the note's tables centre their labels (opening_labels.cc).
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// True when some fragment has a cell spanning rows (header or body) whose first line
/// lies at least `centred_label_min_drop` font sizes below the first line of its first row's
/// other cells: the producer centres its labels over their rows.
bool centres_labels(const Doc& doc, const std::vector<Fragment>& fragments,
                    const TablesConfig& config);

/// In every fragment that opens a table (continues no fragment before it: table_join.h), a
/// label with blank cells over the body rows above it, read as spanning its own row and as
/// many below, spans those blank rows too when it is centred over all of them and the note
/// centres its labels (`centres_labels`). Fragments are in document order, cells filled.
void centre_opening_labels(const Doc& doc, std::vector<Fragment>& fragments,
                           const TablesConfig& config);

}  // namespace coi::tables
