// Expectations on a converted table against the model's, for the table tests that compare whole
// grids (several suites check the same thing: the grid slot for slot, and the spanning cells).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/table_text.h"

namespace coi::testing {

/// The model's table `id` and the table of `ours` holding its last row (whatever header the
/// tables print, another table of the note may print it too) are the same table: the same
/// expanded grid, slot for slot, and the same spanning cells.
inline void expect_table_and_spans(const Doc& model, const Doc& ours, const std::string& id) {
  const Table* want = table_by_id(model, id);
  ASSERT_NE(want, nullptr);
  const std::vector<std::vector<std::string>> want_grid = grid_texts(*want);
  ASSERT_FALSE(want_grid.empty());
  const Table* got = table_holding(ours, want_grid.back());
  ASSERT_NE(got, nullptr);
  const std::vector<std::vector<std::string>> got_grid = grid_texts(*got);
  ASSERT_EQ(got_grid.size(), want_grid.size());
  for (size_t r = 0; r < want_grid.size(); ++r) {
    EXPECT_EQ(got_grid[r], want_grid[r]) << "row " << r + 1;
  }
  EXPECT_EQ(spans_of(*got), spans_of(*want));
}

}  // namespace coi::testing
