// Drawing ruled tables on hand-built pages, as Word and LibreOffice do: one stroked line per
// grid line across the whole table, or one segment per cell side where spans break them.
#pragma once

#include <vector>

#include "tests/support/doc_builder.h"

namespace coi::testing {

/// Draws every row border across the table and every column border down it.
inline void draw_grid(PageBuilder& page, const std::vector<double>& xs,
                      const std::vector<double>& ys) {
  for (double y : ys) page.rule(xs.front(), y, xs.back(), y);
  for (double x : xs) page.rule(x, ys.front(), x, ys.back());
}

}  // namespace coi::testing
