// Cell text as typed values, and the type of each column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// Parses a cell's plain text. `footnote_marked`: a footnote ref follows the text (sets
/// `marked`, as a printed "*" does). kNone when the text is no value (words, codes, dates).
TypedValue parse_value(std::string_view text, bool footnote_marked,
                       const TableValueConfig& config);

/// Sets every body cell's value (header cells are labels and keep none) and the table's
/// column_types: per grid column, the type most of its body cells share (see the config),
/// else kNone (a text column).
void type_table(Table& table, const TableValueConfig& config);

}  // namespace coi::tables
