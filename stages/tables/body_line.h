// The lines of a page a table may hold: body lines above the footnote area.
#pragma once

#include "pipeline/model.h"

namespace coi::tables {

/// True when `line` is body text (not furniture) whose middle lies above the page's footnote
/// area, if it has one.
inline bool is_body_text(const Page& page, const Line& line) {
  if (line.role != LineRole::kBody) return false;
  return page.above_footnotes(line.box.centre_y());
}

}  // namespace coi::tables
