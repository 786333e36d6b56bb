// Ruled grids (ruled_grid.h): a bottom-row cell's last lines printed across or below the grid's
// bottom border.
#pragma once

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// Takes into grid `f` the page's body lines below it when they go on with the text of one
/// bottom-row cell, at its left edge and its line pitch (grid_overflow_lines.cc); leaves `f` as
/// it is otherwise.
void take_overflow_lines(const Page& page, const TablesConfig& config, Fragment& f);

}  // namespace coi::tables
