// The passes of the layout stage, private to stages/layout (the essay is in layout.cc).
#pragma once

#include <cstddef>
#include <string>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/layout/layout_config.h"

namespace coi::layout {

/// Step 1-2: fills `page.lines` (reading order) and marks raised words.
void build_lines(Page& page, const LayoutConfig& config);
/// Step 2b: the body font size, for Doc::body_font_size: the largest line font size carrying
/// body_min_prose_share of the characters of prose lines (running text, not a table's), else the
/// size carrying the most characters; 0 when no line has any.
double measure_body_font_size(const Doc& doc, const LayoutConfig& config);
/// The text of a line: its words joined, with a space where the PDF had one or a gap shows one.
std::string line_text(const Page& page, const Line& line, const LayoutConfig& config);
/// No gap between two of `line`'s words from its word `from` on is wider than prose_max_gap of
/// its font size: running text, as a paragraph's or a note's lines are, not a table's row parted
/// by its columns' gaps.
bool without_column_gap(const Page& page, const Line& line, const LayoutConfig& config,
                        size_t from = 0);
/// True when `line` is within the configured tolerance of the document's body font size.
bool is_body_size(const Line& line, const Doc& doc, const LayoutConfig& config);
/// True when words `a` and `b` are printed over each other: their widths overlap by at least
/// overprint_min_cover of the narrower's (layout_lines.cc).
bool printed_over(const Word& a, const Word& b, const LayoutConfig& config);

/// Step 3: running headers and footers, page numbers, "Back to Contents".
void mark_furniture(Doc& doc, const LayoutConfig& config);
/// Step 4: the cover page.
void mark_cover(Doc& doc, const LayoutConfig& config);
/// Step 5: the contents list; appends the toc block to doc.blocks.
void mark_contents(Doc& doc, const LayoutConfig& config, Diagnostics& diag);
/// Step 6: the footnote area of each page.
void mark_footnotes(Doc& doc, const LayoutConfig& config);
/// Step 7: footnote marks a line break left alone on the next line rejoin the line above.
void rejoin_wrapped_marks(Doc& doc, const LayoutConfig& config);
/// Step 8: a web link broken over a page whose annotation ran on over a footnote's text: the
/// footnote loses the URL, and the link's text on the next page gets it back where the note
/// prints the same URL's text elsewhere (layout_broken_links.cc).
void mend_links_broken_over_pages(Doc& doc, Diagnostics& diag);
/// True when `lone`, the line after `above`, has the shape of marks broken off `above`'s end:
/// numbers only, at a mark's size, less than a line's pitch below, within its left half. Step 7
/// also asks the page's notes to open with those numbers; step 6 takes the shape alone as
/// evidence that a mark was printed.
bool shaped_as_broken_off_marks(const Page& page, const Line& lone, const Line& above,
                                const Doc& doc, const LayoutConfig& config);

}  // namespace coi::layout
