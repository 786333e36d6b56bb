// The nightly report people read in a browser (`coi links --html FILE`): one self-contained
// page (inline style and script, nothing fetched) with the summary, the change since the last
// run, and per note the broken, soft-404, blocked and moved links with the footnotes,
// paragraphs and sources citing them; sortable and filterable, readable on a phone, printable.
#pragma once

#include <string>

#include "links/links_run.h"

namespace coi {

/// The HTML page of `run` (which took `seconds`); docs/FORMAT.md, "HTML report".
std::string render_links_html(const LinksRun& run, double seconds);

}  // namespace coi
