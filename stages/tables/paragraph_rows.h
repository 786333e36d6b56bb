// Tables ruled with horizontal lines only (hrule_tables.h), step 4e: a tall cell's paragraphs
// that step 4 read as rows of their own, under blank cells, joined back into their row.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/hrule_config.h"
#include "stages/tables/hrule_lines.h"
#include "stages/tables/hrule_rows.h"
#include "stages/tables/rule_segments.h"

namespace coi::tables::hrule {

/// Joins into the row above each row of `rows` that is the next paragraph of that row's tallest
/// cells (paragraph_rows.cc). Leaves `rows` alone where step 4b found labels between rows.
/// `open_bottom`: the region runs onto the page's foot with no rule under it (hrule_regions.h).
void join_paragraph_rows(const Page& page, const std::vector<TextLine>& lines,
                         const std::vector<LineColumns>& split_lines,
                         const std::vector<Segment>& inner, bool open_bottom,
                         const HRulesConfig& config, Rows& rows);

}  // namespace coi::tables::hrule
