// The page images of `coi diff OLD.pdf NEW.pdf --html FILE`: the pages that hold a change,
// rendered by Poppler's own rasteriser (Splash) in grey, reduced to a few grey levels and
// stored as PNG of 1-8 bits a pixel (text stays sharp, unlike JPEG; a page of text is about
// 50-60 KB at 100 dpi in 16 levels). Poppler's renderer lives here, above the diff engine,
// because diff/ knows no PDF; libpng is used only here.
#pragma once

#include <map>
#include <set>
#include <string>

#include "diff/diff_config.h"
#include "diff/page_view.h"
#include "pipeline/status.h"

namespace coi {

/// Renders `pages` (1-based) of the PDF at `path`, each once, at `config.page_dpi` with
/// `config.page_grey_levels` grey levels, PNG-compressed at `config.page_png_compression`. A
/// page number the PDF lacks is an error.
Result<std::map<int, PageImage>> render_page_images(const std::string& path,
                                                    const std::set<int>& pages,
                                                    const DiffConfig& config);

}  // namespace coi
