// Ruled grids (ruled_grid.h): the label of a cell spanning rows that a page break cuts, printed
// below the grid.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/rule_segments.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// Takes into grid `f` (from the rules `horizontal`) the page's last body line when it is the
/// text of a bottom-row cell whose bottom border is not drawn, printed below the grid
/// (grid_escaped_label.cc); leaves `f` as it is otherwise.
void take_escaped_label(const Page& page, const std::vector<Segment>& horizontal,
                        const TablesConfig& config, Fragment& f);

}  // namespace coi::tables
