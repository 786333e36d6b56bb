// Table comparison (internal to diff/). See table_diff.cc.
#pragma once

#include <map>
#include <vector>

#include "diff/diff_config.h"
#include "diff/diff_report.h"
#include "diff/units.h"

namespace coi::diff_internal {

/// Cell, row, column and whole-table changes between the tables of two versions.
std::vector<TableChange> diff_tables(const Doc& old_doc, const std::map<int, Citation>& old_cites,
                                     const Doc& new_doc, const std::map<int, Citation>& new_cites,
                                     const DiffConfig& config);

}  // namespace coi::diff_internal
