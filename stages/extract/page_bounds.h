// What a page shows is what lies on it: producers sometimes leave text, rules or image boxes
// outside the media box (a text box dragged off the page, a bleed, a rounding error), and every
// stage after extract may assume boxes lie within their page. No Poppler here, so the fuzz
// generators (fuzz/synthetic_pages.cc) hand the later stages pages held to the same contract.
#pragma once

#include "pipeline/model.h"

namespace coi::extract {

/// Drops the words, rules and images of `page` wholly outside it (no viewer shows them) and
/// clips those partly outside, and link areas, to the page. Returns the number of words dropped.
int keep_inside_page(Page& page);

}  // namespace coi::extract
