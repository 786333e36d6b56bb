// The page view of the HTML diff report: which pages of each version hold a change, and the
// images of those pages that the report embeds. diff/ knows no PDF: cli/page_images.cc renders
// the pages with Poppler and hands them over as encoded images; render_html.cc outlines each
// changed unit on them from its provenance (Place: page number and box in PDF points).
#pragma once

#include <map>
#include <set>
#include <string>

#include "diff/diff_report.h"

namespace coi {

/// One rendered page, ready to embed.
struct PageImage {
  double width_pt = 0, height_pt = 0;  ///< the page's size in PDF points (the boxes' unit)
  int width_px = 0, height_px = 0;     ///< the image's size in pixels
  std::string mime;                    ///< "image/png"
  std::string bytes;                   ///< the encoded image
};

/// The rendered pages of both versions, by 1-based page number.
struct PageImages {
  std::map<int, PageImage> old_pages, new_pages;
};

/// The pages of each version that hold a change: a unit of a changed paragraph group, a
/// changed heading, table cell, row, column or table, or a changed bibliography entry. A
/// deleted unit's pages are on the old side only, an inserted one's on the new side only.
struct ChangedPages {
  std::set<int> old_pages, new_pages;
};

/// Every page a change (anything but unchanged) is printed on, each once.
ChangedPages changed_pages(const DiffReport& report);

/// `bytes` in base64 (RFC 4648, padded), for data: URIs.
std::string base64(const std::string& bytes);

}  // namespace coi
