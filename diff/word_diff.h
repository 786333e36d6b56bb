// Word-level comparison of two token sequences (internal to diff/).
#pragma once

#include <vector>

#include "diff/diff_report.h"
#include "diff/units.h"

namespace coi::diff_internal {

/// Runs of kept, deleted and inserted tokens turning `a` into `b`: a longest common
/// subsequence after trimming the common prefix and suffix. When the middle parts would need
/// more than `max_cells` comparisons, the middle is shown as deleted then inserted.
std::vector<WordOp> word_diff(const std::vector<Token>& a, const std::vector<Token>& b,
                              int max_cells);

}  // namespace coi::diff_internal
