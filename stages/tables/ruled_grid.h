// Table fragments from the page's rules (cell borders): the grid, and spans from missing borders.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// The ruled table fragments of `page`, top to bottom, with their cells' boxes and spans (no
/// words yet). Rules in the footnote area are never used.
std::vector<Fragment> find_ruled_fragments(const Page& page, const TablesConfig& config);

}  // namespace coi::tables
