// Links drawn for the text of another pagination, moved onto their words once every page is
// read (link_pages.cc). Private to stages/extract.
#pragma once

#include <vector>

#include "stages/extract/extract_config.h"
#include "stages/extract/page_workers.h"

namespace coi::extract {

/// Moves the web links of each page that no word carries onto the words of that page, or of
/// one up to `link_page_reach` before or after it, where at least `link_shift_min_links` of them
/// fit their words exactly at one distance; the moved rectangles join their new
/// page's links, the findings that reported them off their words give way to one "link-moved"
/// (info) per page and distance.
void relink_across_pages(std::vector<PageRead>& reads, const ExtractConfig& config);

}  // namespace coi::extract
