// Ruled grids (ruled_grid.h): a row taller than the page, drawn with one horizontal border or none.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/rule_segments.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// True when `horizontal` (one segment) and `vertical` (two or more) are the borders of a row
/// that a page break cuts on the side the horizontal does not close: every vertical ends at it
/// and runs away from it on one side, past every body line of the page on that side
/// (grid_open_row.cc); or the side borders of rows cut on both sides: the verticals share one
/// extent, no body line lies above or below it, and `horizontal` is empty or crosses them.
bool open_row(const Page& page, const std::vector<Segment>& horizontal,
              const std::vector<Segment>& vertical, const TablesConfig& config);

}  // namespace coi::tables
