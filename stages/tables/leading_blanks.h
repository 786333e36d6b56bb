// Tables ruled with horizontal lines only (hrule_tables.h), step 4c: blank leading cells that
// continue the label above them, as a cell set top-aligned over the rows it spans prints.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/hrule_columns.h"
#include "stages/tables/hrule_lines.h"
#include "stages/tables/hrule_rows.h"
#include "stages/tables/rule_segments.h"

namespace coi::tables::hrule {

/// Adds to `rows.spans` the labels of every column but the last over the blank leading cells
/// that continue them (hrule_tables.cc, step 4c).
void span_leading_blanks(const Page& page, const std::vector<TextLine>& lines,
                         const std::vector<LineColumns>& split_lines,
                         const std::vector<Column>& columns, const std::vector<Segment>& inner,
                         Rows& rows);

}  // namespace coi::tables::hrule
