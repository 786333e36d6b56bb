// Borderless tables: fragments found from the alignment of text columns alone.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// Borderless table fragments of `page` from runs of body lines whose words form the same
/// aligned columns; regions overlapping `ruled` (the page's ruled fragments) are skipped. Cells
/// have boxes, no words yet.
std::vector<Fragment> find_aligned_fragments(const Page& page, const std::vector<Fragment>& ruled,
                                             const TablesConfig& config);

}  // namespace coi::tables
