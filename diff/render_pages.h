// The page view inside the HTML diff report (internal to diff/): for one paragraph change, the
// old and the new pages side by side with the changed units' boxes outlined; and the style
// sheet that holds each page image once, however many changes show it.
#pragma once

#include <string>

#include "diff/diff_report.h"
#include "diff/page_view.h"

namespace coi::diff_internal {

/// Where one change is printed in each version: its units' (or heading's) places.
struct ChangePlaces {
  Places old_places, new_places;
};

/// The places of a paragraph group's old and new units.
ChangePlaces change_places(const DiffReport& r, const ParagraphChange& p);

/// `<div class="pages">` with a figure per page of each side that holds a place, each box a
/// `<div class="box k-CHANGE" data-side data-page data-box="x0,y0,x1,y1">` placed in percent
/// of the page; empty when neither side has a rendered page for the change.
std::string pages_html(const ChangePlaces& places, const std::string& change,
                       const PageImages& images);

/// One CSS rule per rendered page: `.pg-o12{background-image:url(data:image/png;base64,...)}`
/// (`o` old, `n` new).
std::string page_images_css(const PageImages& images);

}  // namespace coi::diff_internal
