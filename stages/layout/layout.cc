// The layout stage: from the words of each page to lines in reading order, each with its role.
//
// Assumptions: notes are one-column documents made in Word (or similar) and exported to PDF;
// body text has one dominant font size; page furniture (running headers and footers, page
// numbers) repeats across pages in bands at the top and bottom; footnotes sit at the page
// bottom in a smaller font, usually under a short separator rule, each starting with a raised
// number. Tables are not detected here: the tables stage claims their lines later from the
// word geometry, so the lines only need to be right and in top-to-bottom order. Nothing below
// uses absolute coordinates: lengths are font-size units or fractions of the page size, except
// for drawn rules, which producers draw in points whatever the size of the text.
//
// Step 1, lines (layout_lines.cc). Words are taken top to bottom; a word joins the open line it
//   overlaps vertically the most (by at least `line_min_overlap` of the smaller height), else it
//   starts a line. Overlap rather than equal baselines keeps superscripts on their line. Words
//   of a line standing on baselines `overprint_baseline_gap` apart in sizes of their own, on
//   one baseline in sizes of their own covering each other's width (`overprint_min_cover`), or
//   covering a raised number that opens the others, are two lines printed over each other (a
//   TeX table cell or row label run down over the footnotes) and part, each raised word going
//   with the words it stands beside. A line's font size and baseline are those of the size
//   carrying most characters; a word markedly smaller with its baseline above the line's is
//   `raised` (footnote marks).
// Step 2, reading order: lines sorted by top, then left edge. The body font size is the largest
//   line font size carrying at least `body_min_prose_share` of the characters of the document's
//   prose lines (as wide as `prose_min_width` of the page, no gap between words wider than
//   `prose_max_gap`: not a table's rows or cells), the dominant size of all lines when there is
//   no prose; measured here once (Doc::body_font_size) and read by the passes below and by later
//   stages. The most common size would be the footnotes' or the tables' in a note citing
//   heavily or made mostly of tables.
// Step 3, furniture (layout_furniture.cc): in the top and bottom bands, lines matching a page
//   number pattern, or whose text (digits masked) recurs at the same height on enough pages,
//   are kHeader/kFooter; "Back to Contents" lines anywhere are kBackToContents.
// Step 4, cover: page 1 is the cover when it holds no paragraph text (no body-size line at
//   least `cover_paragraph_min_width` of the page wide) and not the contents title. A cover is
//   all big type and short lines; any template's first page of prose fails the test.
// Step 5, contents (layout_contents.cc): the Contents part, from a line matching
//   `contents_title` (on one of the first pages) to the next part heading (found from the
//   outline, the type size or the entries' own titles), is all contents entries, whatever their
//   shape: lines up to one ending in a page number (after leaders or not, or alone) are one
//   entry. Its lines are kContents; the entries become one kToc block; levels come from the
//   indent clusters (or the depth of the number when all entries share one indent).
// Step 6, footnote area (layout_footnotes.cc): either (a) a short, isolated horizontal rule (as
//   [rules] defines one, stages/rules/rule_shape.h) with a smaller-font line just below it, below
//   `footnote_rule_min_y` or, higher up, over the note expected next, or (b) without such a
//   rule, the run of smaller-font lines at the page bottom from its first line that starts with
//   a raised number. Everything below that point except furniture is kFootnote, but lines set
//   larger than the area's notes that open none (body text printed over the area). Table
//   borders are long or meet vertical rules, and table cells do not start with raised numbers,
//   so a table at the page bottom stays body.
// Step 7, marks broken off (layout_wrapped_marks.cc): a line holding only numbers at a note's
//   size, just under a body line and within its left half, each number opening a footnote of
//   the page (or the next), is that line's footnote marks, put on a line of their own by a CSS
//   engine's line break before the footnote call: its words join the line above, raised.
// Step 8, links broken over a page (layout_broken_links.cc): a body link still open at the foot
//   of a page, whose annotation the producer let run over a footnote's title, is taken off the
//   footnote and goes on over its text on the next page as far as the note prints it elsewhere;
//   a footnote's link still open at the foot of a page, whose annotation ran on over the next
//   page's first lines, is taken off them and goes on over the note's continuation alike.
//
// Example (A4, body 12 pt, notes 10 pt):
//
//   +--------------------------------------+
//   | 4.1.5 The principle ... signatory⁷⁸. |  kBody ("7", "8" raised words of this line)
//   |                     Back to Contents |  kBackToContents
//   | ______                               |  separator rule -> footnote_top
//   | ⁶ EC, Legislative files ...          |  kFootnote
//   | ⁷ EUFRA, Scope of the principle ...  |  kFootnote
//   |            Page 11 of 103            |  kFooter
//   +--------------------------------------+
#include "stages/layout/layout.h"

#include "stages/layout/layout_parts.h"

namespace coi {

Result<Doc> run_layout(Doc doc, const LayoutConfig& config, Diagnostics& diag) {
  for (Page& page : doc.pages) layout::build_lines(page, config);
  doc.body_font_size = layout::measure_body_font_size(doc, config);
  layout::mark_furniture(doc, config);
  layout::mark_cover(doc, config);
  layout::mark_contents(doc, config, diag);
  layout::mark_footnotes(doc, config);
  layout::rejoin_wrapped_marks(doc, config);
  layout::mend_links_broken_over_pages(doc, diag);
  return doc;
}

}  // namespace coi
