// The middle of a set of measures (line steps, font sizes, gaps, positions), as the stages read a
// usual spacing, size or place: an outlier (a rule's extra space, a heading's size) does not
// move it.
#pragma once

#include <algorithm>
#include <vector>

namespace coi {

/// The upper median of `values` (the middle one, or the higher of the two middle ones); the
/// vector must not be empty.
inline double upper_median(std::vector<double> values) {
  const auto middle = values.begin() + static_cast<long>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

}  // namespace coi
