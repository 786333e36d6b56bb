// The lines of a page a table may hold: body lines above the footnote area.
#pragma once

#include "pipeline/model.h"

namespace coi::tables {

/// True when `line` is body text (not furniture) whose middle lies above the page's footnote
/// area, if it has one.
inline bool is_body_text(const Page& page, const Line& line) {
  if (line.role != LineRole::kBody) return false;
  const double cy = line.box.centre_y();
  return page.footnote_top < 0 || cy < page.footnote_top;
}

}  // namespace coi::tables
